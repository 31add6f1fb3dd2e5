import type ExcelJS from "exceljs";
import {
  columnIndex,
  isCellDate,
  isCellError,
  isoToSerial,
  SEVERITY_COLOR,
  SEVERITY_RANK,
  type CellValue,
  type Grid,
  type Severity,
} from "../../core";
import { safeText, SEVERITY_DE } from "../consolidated/sheet-kit";
import type { FeedbackIssue } from "./report-input";

/** ARGB fills (opaque) of the core's severity colours. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: `FF${SEVERITY_COLOR.error}`,
  warning: `FF${SEVERITY_COLOR.warning}`,
  info: `FF${SEVERITY_COLOR.info}`,
};

/** Where an issue points on the copied table: its cell, or for a row-level finding the row's first cell. */
export const issueTarget = (i: FeedbackIssue, grid: Grid): { row: number; column: number } | null => {
  if (i.sheet !== grid.sheet || i.row === null) return null;
  const column = i.column === null ? grid.left : columnIndex(i.column);
  return Number.isNaN(column) ? null : { row: i.row, column };
};

/**
 * A cell's value as the office's file holds it. Dates go back as the serial Excel stores (exceljs'
 * Date conversion is off by a day before March 1900); text stays text, so a value starting with "="
 * is never written as a formula, and a formula contributes only the value it showed.
 */
const toExcel = (v: CellValue): ExcelJS.CellValue => {
  if (v === null) return null;
  if (isCellDate(v)) return isoToSerial(v.date) ?? v.date;
  if (isCellError(v)) return { error: v.error as ExcelJS.ErrorValue };
  return typeof v === "string" ? (safeText(v) as string) : v;
};

const dateFormat = (v: CellValue): string | null =>
  isCellDate(v) ? (v.date.length > 10 ? "dd.mm.yyyy hh:mm:ss" : "dd.mm.yyyy") : null;

/**
 * The office's measure table as read, at the same addresses (so "F7" in the list is F7 here), with
 * each problem cell filled by its worst severity and a note holding the German messages.
 */
export const writeCopySheet = (ws: ExcelJS.Worksheet, grid: Grid, issues: readonly FeedbackIssue[]): void => {
  // Widths and marks are worked out first and the rows then written in order, each committed when
  // done: a streamed sheet needs its columns before the first row and its rows in order.
  const widths = new Map<number, number>();
  grid.rows.forEach((cells, _r) =>
    cells.forEach((raw, c) => {
      if (raw === null) return;
      const length = typeof raw.value === "string" ? Math.max(...raw.value.split("\n").map((l) => l.length)) : 10;
      widths.set(grid.left + c, Math.max(widths.get(grid.left + c) ?? 8, Math.min(60, length + 2)));
    }),
  );
  for (const [column, width] of widths) ws.getColumn(column).width = width;
  const byCell = new Map<string, { row: number; column: number; worst: Severity; lines: string[] }>();
  for (const i of issues) {
    const at = issueTarget(i, grid);
    if (at === null) continue;
    const key = `${at.row}:${at.column}`;
    const entry = byCell.get(key) ?? { ...at, worst: i.severity, lines: [] };
    if (SEVERITY_RANK[i.severity] < SEVERITY_RANK[entry.worst]) entry.worst = i.severity;
    entry.lines.push(`${SEVERITY_DE[i.severity]}: ${i.message}`);
    byCell.set(key, entry);
  }
  const marksByRow = new Map<number, { row: number; column: number; worst: Severity; lines: string[] }[]>();
  for (const e of byCell.values()) {
    const list = marksByRow.get(e.row);
    if (list) list.push(e);
    else marksByRow.set(e.row, [e]);
  }
  const rows = new Set<number>(marksByRow.keys());
  grid.rows.forEach((cells, r) => cells.some((c) => c !== null) && rows.add(grid.top + r));
  for (const r of [...rows].sort((a, b) => a - b)) {
    (grid.rows[r - grid.top] ?? []).forEach((raw, c) => {
      if (raw === null) return;
      const cell = ws.getCell(r, grid.left + c);
      cell.value = toExcel(raw.value);
      const format = raw.format && raw.format !== "General" ? raw.format : dateFormat(raw.value);
      if (format) cell.numFmt = format;
    });
    for (const e of marksByRow.get(r) ?? []) {
      const cell = ws.getCell(e.row, e.column);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[e.worst] } };
      cell.note = e.lines.join("\n\n");
    }
    ws.getRow(r).commit();
  }
};
