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
}

export interface ResolvedLayout {
  readonly tableRowLimit: number;
  readonly maxSheetRows: number;
  /**
   * Awaited every few hundred streamed rows, so the zip and the file catch up instead of the
   * whole sheet piling up in memory (Node passes one; the document writer needs none).
   */
  readonly breathe?: () => Promise<void>;
  readonly exceljsRows: boolean;
}

export const resolveLayout = (layout: ConsolidatedLayout = {}): ResolvedLayout => ({
  tableRowLimit: layout.tableRowLimit ?? TABLE_ROW_LIMIT,
  maxSheetRows: Math.min(layout.maxSheetRows ?? EXCEL_MAX_ROWS, EXCEL_MAX_ROWS),
  exceljsRows: layout.exceljsRows === true,
});
