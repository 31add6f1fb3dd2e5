import type { ListSheet } from "./list-sheet";
import type { OutColumn, OutValue } from "./sheet-kit";

/** One column of a list and how an item fills it: header and value side by side, so they cannot drift apart. */
export interface ItemColumn<T> extends OutColumn {
  readonly cell: (item: T) => OutValue;
}

/**
 * A list sheet's columns, count and rows from one table of columns and its items, each item made
 * when its row is written (`item(i)`): a list whose items are not held as objects stays so.
 */
export const lazyItemColumns = <T>(
  columns: readonly ItemColumn<T>[],
  count: number,
  item: (i: number) => T,
): Pick<ListSheet, "columns" | "count" | "row"> => ({
  columns: columns.map(({ cell, ...column }) => column),
  count,
  row: (i) => {
    const it = item(i);
    return columns.map((c) => c.cell(it));
  },
});

/** A list sheet's columns, count and rows from its items and one table of columns. */
export const itemColumns = <T>(
  columns: readonly ItemColumn<T>[],
  items: readonly T[],
): Pick<ListSheet, "columns" | "count" | "row"> => lazyItemColumns(columns, items.length, (i) => items[i]!);
