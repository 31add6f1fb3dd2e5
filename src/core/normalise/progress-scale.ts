import type { Grid } from "../cell";
import { columnLetter } from "../address";

/** How a progress column writes its numbers: fractions (0.6 = 60 %), percent (60 = 60 %), or no telling. */
export type ProgressScale = "fraction" | "percent" | "unknown";

export interface ColumnScale {
  readonly scale: ProgressScale;
  /** The column mixes both: the cells whose reading depends on the scale (a bare 1: 1 % or 100 %?). */
  readonly mixed: readonly string[] | null;
}

/** A number format that shows percent: a "%" outside quoted text and escapes ("0%", not "0\"%\""). */
export const isPercentFormat = (format: string | undefined): boolean =>
  format?.replace(/"[^"]*"|\\./g, "").includes("%") === true;

/**
 * Decides once per column, from all its numbers (formula results included), whether progress is
 * written as fractions or as percent: percent-formatted cells and values strictly between 0 and 1
 * speak for fractions, values above 1 for percent. In a column of fractions a 1 is 100 %.
 */
export const progressScale = (grid: Grid, headerOffset: number, column: number): ColumnScale => {
  let fraction = 0,
    percent = 0;
  const ones: string[] = [];
  for (let offset = headerOffset + 1; offset < grid.rows.length; offset++) {
    const cell = grid.rows[offset]?.[column - grid.left];
    if (!cell || typeof cell.value !== "number" || !Number.isFinite(cell.value)) continue;
    const v = cell.value;
    if (isPercentFormat(cell.format) || (v > 0 && v < 1)) fraction++;
    else if (v > 1 && v <= 100) percent++;
    else if (v === 1) ones.push(`${columnLetter(column)}${grid.top + offset}`);
  }
  if (fraction > 0 && percent > 0) return { scale: "unknown", mixed: ones };
  return { scale: fraction > 0 ? "fraction" : percent > 0 ? "percent" : "unknown", mixed: null };
};
