import type ExcelJS from "exceljs";
import type { Grid, RawCell } from "../core";
import { cellFromExceljs } from "./cell-from-exceljs";
import { HiddenLines, type LineSpan } from "./hidden-lines";

export interface GridCaps {
  /** Physical rows beyond this are not read: a sheet of a million filled rows must not blow up memory. */
  readonly maxRows: number;
  readonly maxColumns: number;
}

export const DEFAULT_GRID_CAPS: GridCaps = { maxRows: 100_000, maxColumns: 500 };

/** How far a sheet reaches and what it hides, as every reader reports it beside the sheet's cells. */
export interface SheetExtent {
  /** Values lay beyond the row/column caps and were not read; `lastRow`/`lastColumn` say how far. */
  readonly truncated: boolean;
  /** The last row and column holding a value, counted before the caps, to say how much was cut. */
  readonly lastRow: number;
  readonly lastColumn: number;
  /**
   * Rows and columns the file hides (Excel's hidden and filtered-out rows, LibreOffice's collapsed
   * and filtered ones), as spans within the caps. Noted, not skipped: a hidden row is still read,
   * its cells count like any other (README, "Ausgeblendete Zeilen und Spalten").
   */
  readonly hiddenRows: readonly LineSpan[];
  readonly hiddenColumns: readonly LineSpan[];
}

export interface SheetGrid extends SheetExtent {
  readonly grid: Grid;
}

/**
 * The used area of one worksheet as a Grid: from the first to the last cell that holds a value
 * (styled but empty cells do not count), so `top`/`left` place a title block or an indented
 * table where Excel shows it. Hidden rows and columns are read like any other: their values count.
 */
export const gridFromWorksheet = (
  ws: ExcelJS.Worksheet,
  date1904: boolean,
  caps: GridCaps = DEFAULT_GRID_CAPS,
): SheetGrid => {
  const cells: { r: number; c: number; cell: RawCell }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  let lastRow = 0;
  let lastColumn = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (excelCell, c) => {
      const cell = cellFromExceljs(excelCell, date1904);
      if (cell === null) return;
      lastRow = Math.max(lastRow, r);
      lastColumn = Math.max(lastColumn, c);
      if (r > caps.maxRows || c > caps.maxColumns) return;
      cells.push({ r, c, cell });
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    });
  });
  const truncated = lastRow > caps.maxRows || lastColumn > caps.maxColumns;
  const flag = date1904 ? { date1904 } : {};
  const info = { truncated, lastRow, lastColumn, ...hiddenOf(ws, caps) };
  if (cells.length === 0) return { grid: { sheet: ws.name, top: 1, left: 1, rows: [], ...flag }, ...info };
  const rows = Array.from({ length: bottom - top + 1 }, () => new Array<RawCell | null>(right - left + 1).fill(null));
  for (const { r, c, cell } of cells) rows[r - top]![c - left] = cell;
  return { grid: { sheet: ws.name, top, left, rows, ...flag }, ...info };
};

/** exceljs keeps a row object for every `<row>` (with or without cells) and a column for every `<col>` it spans. */
const hiddenOf = (ws: ExcelJS.Worksheet, caps: GridCaps) => {
  const rows = new HiddenLines();
  for (let r = 1; r <= Math.min(ws.rowCount, caps.maxRows); r++) if (ws.findRow(r)?.hidden) rows.add(r, r);
  const columns = new HiddenLines();
  (ws.columns ?? []).forEach((col, i) => {
    if (col.hidden) columns.add(i + 1, i + 1);
  });
  return { hiddenRows: rows.within(caps.maxRows), hiddenColumns: columns.within(caps.maxColumns) };
};
