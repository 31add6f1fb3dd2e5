import { isBlankValue, type Grid, type RawCell } from "./cell";

/**
 * Gives the value of each vertically merged range to every row it spans, in the given physical
 * columns only (the plan marks which: a Handlungsfeld or federführend merged over the rows of its
 * measures is a layout offices use). Excel holds the value in the top-left cell alone, so without
 * this every row but the first would lack a required field. Only ranges below `belowRow` (the
 * header) count, only blank cells are filled, and the work is bounded by the grid's size, so
 * overlapping or huge ranges from a hostile file cannot make it run long.
 */
export const fillMergedDown = (grid: Grid, columns: ReadonlySet<number>, belowRow: number): Grid => {
  if (!grid.merges || grid.merges.length === 0 || columns.size === 0) return grid;
  const lastRow = grid.top + grid.rows.length - 1;
  let budget = grid.rows.length * columns.size;
  let rows: (readonly (RawCell | null)[])[] | null = null;
  const copied = new Set<number>();
  for (const m of grid.merges) {
    if (m.bottom <= m.top || m.top <= belowRow || !columns.has(m.left) || m.top < grid.top || m.top > lastRow) continue;
    const c = m.left - grid.left;
    const source = grid.rows[m.top - grid.top]?.[c];
    if (source === null || source === undefined || isBlankValue(source.value)) continue;
    rows ??= [...grid.rows];
    for (let r = m.top + 1; r <= Math.min(m.bottom, lastRow) && budget > 0; r++, budget--) {
      const o = r - grid.top;
      const have = rows[o]?.[c];
      if (have !== null && have !== undefined && !isBlankValue(have.value)) continue;
      if (!copied.has(o)) {
        const row = [...(rows[o] ?? [])];
        while (row.length <= c) row.push(null);
        rows[o] = row;
        copied.add(o);
      }
      (rows[o] as (RawCell | null)[])[c] = source;
    }
  }
  return rows ? { ...grid, rows } : grid;
};
