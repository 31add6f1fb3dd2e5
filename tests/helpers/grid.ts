import type { CellValue, Grid, RawCell } from "../../src/core";

/** A cell given as a bare value, or as a RawCell with a number format / formula flag. */
export type CellInput = CellValue | RawCell | undefined;

const isRawCell = (c: CellInput): c is RawCell => typeof c === "object" && c !== null && "value" in c;

/** Builds a Grid from rows of values, as an adapter would; undefined and null become empty cells. */
export const grid = (
  rows: readonly (readonly CellInput[])[],
  options: { sheet?: string; top?: number; left?: number; date1904?: boolean } = {},
): Grid => ({
  sheet: options.sheet ?? "Maßnahmen",
  top: options.top ?? 1,
  left: options.left ?? 1,
  ...(options.date1904 ? { date1904: true } : {}),
  rows: rows.map((r) => r.map((c) => (c === undefined || c === null ? null : isRawCell(c) ? c : { value: c }))),
});
