import { cellAddress, textOrNull, type CellValue, type Grid } from "../../core";

/** A register sheet read as a table: header in its first row, one record per following row. */
export interface SheetTable {
  readonly sheet: string;
  /** Header text → 1-based column; the first of two equal headers wins. */
  readonly columns: ReadonlyMap<string, number>;
  /** Header texts in column order (blank headers skipped). */
  readonly headers: readonly { readonly text: string; readonly column: number }[];
  /** Physical row numbers of the data rows that hold anything. */
  readonly rows: readonly number[];
  readonly value: (row: number, column: number) => CellValue;
  /** The cell's number format, if any (a progress typed as 80 % is 0.8 with a percent format). */
  readonly format: (row: number, column: number) => string | undefined;
  /** The A1 address a user finds the cell at. */
  readonly address: (row: number, column: number) => string;
}

const valueAt = (g: Grid, row: number, column: number): CellValue =>
  g.rows[row - g.top]?.[column - g.left]?.value ?? null;

/** Reads the table from a grid; the header is the sheet's first row (the writers put it there). */
export const sheetTable = (g: Grid): SheetTable => {
  const width = Math.max(0, ...g.rows.map((r) => r.length));
  const headers: { text: string; column: number }[] = [];
  const columns = new Map<string, number>();
  for (let c = g.left; c < g.left + width; c++) {
    const text = textOrNull(valueAt(g, 1, c));
    if (text === null) continue;
    headers.push({ text, column: c });
    if (!columns.has(text)) columns.set(text, c);
  }
  const rows: number[] = [];
  for (let r = Math.max(2, g.top); r < g.top + g.rows.length; r++)
    if ((g.rows[r - g.top] ?? []).some((cell) => textOrNull(cell?.value) !== null)) rows.push(r);
  return {
    sheet: g.sheet,
    columns,
    headers,
    rows,
    value: (row, column) => valueAt(g, row, column),
    format: (row, column) => g.rows[row - g.top]?.[column - g.left]?.format,
    address: (row, column) => cellAddress(row, column),
  };
};

/**
 * Finds a header object's columns in the table, trying its spellings in turn: the plan's labels
 * first, then those an earlier version wrote, so an older register is still read.
 */
export const headerColumns =
  <K extends string>(t: SheetTable, spellings: readonly Readonly<Record<K, string>>[]) =>
  (key: K): number | undefined => {
    for (const s of spellings) {
      const c = t.columns.get(s[key]);
      if (c !== undefined) return c;
    }
    return undefined;
  };
