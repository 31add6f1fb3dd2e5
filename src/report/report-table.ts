/** A table of the report document: columns declared once, rows turned into cell texts. */

export interface ReportColumn<T> {
  readonly header: string;
  readonly cell: (row: T) => string;
  /** Numbers are right-aligned. */
  readonly numeric?: boolean;
  /** Sachstand and measure texts wrap and get the room; narrow columns do not. */
  readonly wide?: boolean;
}

/** A table with its rows already turned into cell texts, so renderers need no generics. */
export interface ReportTable {
  readonly caption: string;
  readonly columns: readonly { readonly header: string; readonly numeric: boolean; readonly wide: boolean }[];
  readonly rows: readonly (readonly string[])[];
  /** The first cell of each row heads it (the tally table's field names). */
  readonly rowHeader: boolean;
  /** Many columns: a renderer lays this table out landscape or smaller. */
  readonly className?: string;
}

/** A table block from typed rows: each column says how its cell reads. */
export const table = <T>(
  caption: string,
  columns: readonly ReportColumn<T>[],
  rows: readonly T[],
  options: { rowHeader?: boolean; className?: string } = {},
): { readonly kind: "table"; readonly table: ReportTable } => ({
  kind: "table",
  table: {
    caption,
    columns: columns.map((c) => ({ header: c.header, numeric: c.numeric ?? false, wide: c.wide ?? false })),
    rows: rows.map((r) => columns.map((c) => c.cell(r))),
    rowHeader: options.rowHeader ?? false,
    ...(options.className !== undefined ? { className: options.className } : {}),
  },
});
