import type { Grid, RawCell } from "../src/core";
import type { SynthSheet, SynthValue } from "./synthetic-sheet";

const rawCell = (v: SynthValue, format: string | undefined): RawCell | null => {
  if (v === null) return null;
  if (typeof v === "string") return { value: v };
  if (typeof v === "number") return format === undefined ? { value: v } : { value: v, format };
  // What the exceljs adapter gives for a date-formatted cell: ISO text plus the format.
  return { value: { date: v.iso }, format: format ?? "dd.mm.yyyy" };
};

/**
 * The grid readWorkbookGrids would produce for this sheet (used area from A1, rectangular,
 * empty cells null), built without any file: the core scenario measures validation alone.
 */
export const gridFromSynth = (s: SynthSheet): Grid => {
  const width = s.header.length;
  const line = (values: readonly SynthValue[], formats: readonly (string | undefined)[]): (RawCell | null)[] =>
    Array.from({ length: width }, (_, c) => rawCell(values[c] ?? null, formats[c]));
  const rows = [...s.titleRows.map((r) => line(r, [])), line(s.header, []), ...s.rows.map((r) => line(r, s.formats))];
  return { sheet: s.sheet, top: 1, left: 1, rows };
};
