import type { ColumnKey, Grid, LayoutColumn, TableReport } from "../core";
import type { StructurePlan } from "./excel-port";

/** Drop-down lists by column key, for the hidden list sheet. */
export const listsOf = (layout: readonly LayoutColumn[]): Map<string, readonly string[]> =>
  new Map(layout.filter((c) => c.list !== null).map((c) => [c.key, c.list!]));

/**
 * What "Tabelle strukturieren" will do, decided before anything is written: rename recognised
 * headers to the canonical label in place (the office's formulas may point at these columns, so
 * nothing moves), keep unknown columns where they are, and append canonical columns that are missing.
 */
export const planStructure = (
  report: TableReport,
  grid: Grid,
  layout: readonly LayoutColumn[],
): StructurePlan | null => {
  if (!report.header) return null;
  const byKey = new Map<ColumnKey, LayoutColumn>(layout.map((c) => [c.key, c]));
  const lastColumn = grid.left + Math.max(0, ...grid.rows.map((r) => r.length)) - 1;
  const lastRow = grid.top + grid.rows.length - 1;
  const present = new Set(report.header.columns.map((c) => c.key).filter((k): k is ColumnKey => k !== null));
  const renames = report.header.columns
    .filter((c) => c.key !== null && byKey.get(c.key)!.label !== c.header)
    .map((c) => ({ column: c.column, label: byKey.get(c.key!)!.label }));
  const append = layout.filter((c) => !present.has(c.key));
  const columns = [
    ...report.header.columns
      .filter((c) => c.key !== null)
      .map((c) => ({ column: c.column, layout: byKey.get(c.key!)! })),
    ...append.map((layoutColumn, i) => ({ column: lastColumn + 1 + i, layout: layoutColumn })),
  ];
  return {
    headerRow: report.header.row,
    firstColumn: grid.left,
    lastColumn,
    lastRow: Math.max(lastRow, report.header.row + 1),
    renames,
    append,
    columns,
  };
};

/** The plan for a new, empty canonical sheet: header in row 1, one empty data row for the table body. */
export const templateStructure = (layout: readonly LayoutColumn[]): StructurePlan => ({
  headerRow: 1,
  firstColumn: 1,
  lastColumn: layout.length,
  lastRow: 2,
  renames: [],
  append: [],
  columns: layout.map((c, i) => ({ column: i + 1, layout: c })),
});
