import type ExcelJS from "exceljs";
import type { LayoutColumn } from "../../core";

/** The master columns an office needs beside its white reporting columns, on screen and on paper. */
const KEPT: ReadonlySet<string> = new Set(["measureId", "measure"]);

/** Whether a template column is folded away: a grey master column other than ID and measure. */
export const isFolded = (c: LayoutColumn): boolean => c.master && !KEPT.has(c.key);

/**
 * Folds the grey master columns other than ID and measure into a column group, collapsed, so that
 * the template prints only ID, measure and the white reporting columns. Excel has no "do not print
 * this column": a print area is one rectangle (several print on separate pages), and reordering
 * would leave the canonical layout every other part of the tool writes and reads. A collapsed group
 * is hidden on screen too, one click on "+" above the columns shows it (and it then prints).
 * Returns the widths as printed: a folded column takes no room on the page.
 */
export const foldMasterColumns = (
  ws: ExcelJS.Worksheet,
  layout: readonly LayoutColumn[],
  widths: readonly number[],
): number[] => {
  layout.forEach((c, i) => {
    if (!isFolded(c)) return;
    const column = ws.getColumn(i + 1);
    column.outlineLevel = 1;
    column.hidden = true;
  });
  ws.properties.outlineLevelCol = 1;
  return widths.map((w, i) => (isFolded(layout[i]!) ? 0 : w));
};
