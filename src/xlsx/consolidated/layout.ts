import type { RowRenderer } from "./batched-rows";

/** Excel's row limit per sheet (2^20). */
export const EXCEL_MAX_ROWS = 1_048_576;

/**
 * Lists up to this many rows become Excel tables, written by exceljs' document writer. Longer
 * lists are streamed (from Node), and exceljs' streaming writer cannot write tables: they get an
 * autofilter instead. The city's round (about 12,000 measures) already streams: the document
 * writer needs several seconds and a heap several times the file for it.
 */
export const TABLE_ROW_LIMIT = 5_000;

export interface ConsolidatedLayout {
  /** Longest list written as an Excel table (default TABLE_ROW_LIMIT); tests set it low. */
  readonly tableRowLimit?: number;
  /** Rows a sheet may hold (default Excel's limit); tests set it low. */
  readonly maxSheetRows?: number;
  /** Streamed rows through exceljs' row objects, not as direct XML: the reference tests compare with. */
  readonly exceljsRows?: boolean;
  /** Renders long lists' rows elsewhere; Node's file writer starts a thread of its own when none is given. */
  readonly renderRows?: RowRenderer;
  /** Shortest list whose rows another thread renders, when there is one (default RENDER_ELSEWHERE_ROWS); tests set it low. */
  readonly renderElsewhereRows?: number;
  /** Told each list sheet before it is written (the command line's progress lines). */
  readonly onSheet?: (sheet: string, rows: number) => void;
}

/**
 * Lists from this length on are rendered by the layout's renderRows: a shorter one does not pay
 * for the hand-over and the other thread's start (the city set's longest list has ~12,000 rows).
 */
export const RENDER_ELSEWHERE_ROWS = 20_000;

export interface ResolvedLayout {
  readonly tableRowLimit: number;
  readonly maxSheetRows: number;
  /**
   * Awaited every few hundred streamed rows, so the zip and the file catch up instead of the
   * whole sheet piling up in memory (Node passes one; the document writer needs none).
   */
  readonly breathe?: () => Promise<void>;
  /** Renders long lists' rows in another thread (Node passes one when it has a worker script). */
  readonly renderRows?: RowRenderer;
  readonly renderElsewhereRows: number;
  readonly exceljsRows: boolean;
  readonly onSheet?: (sheet: string, rows: number) => void;
}

export const resolveLayout = (layout: ConsolidatedLayout = {}): ResolvedLayout => ({
  tableRowLimit: layout.tableRowLimit ?? TABLE_ROW_LIMIT,
  maxSheetRows: Math.min(layout.maxSheetRows ?? EXCEL_MAX_ROWS, EXCEL_MAX_ROWS),
  exceljsRows: layout.exceljsRows === true,
  renderElsewhereRows: layout.renderElsewhereRows ?? RENDER_ELSEWHERE_ROWS,
  ...(layout.renderRows ? { renderRows: layout.renderRows } : {}),
  ...(layout.onSheet ? { onSheet: layout.onSheet } : {}),
});
