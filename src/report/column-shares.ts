import type { ReportTable } from "./report-document";

/** Longest word of a text, in characters (the width a column needs before it must hyphenate). */
const longestWord = (text: string): number => Math.max(0, ...text.split(/\s+/).map((w) => [...w].length));

// Widths in points at the report's 9 pt table text. The character widths are DejaVu Sans', which
// stands in for Arial on Linux and runs wider, so the estimate holds for both.
/** The text width of the page: A4 less 15 mm margins on either side. */
const PAGE = 510;
const CHAR = 5.2;
const BOLD_CHAR = 6.3;
/** Both paddings and the borders of a cell. */
const PADDING = 9;
/** What a narrow column may ask for (about 14 characters); a longer word hyphenates. */
const CAP = 82;
/** Below this a wide text column (measure, Sachstand) gets too few words a line. */
const MIN_WIDE = 80;

/**
 * Each column's share of a table's width, in percent, for a fixed layout on A4. A browser's automatic
 * layout gives a long text column what it wants and squeezes a column of office names into slivers
 * (or, without break points, pushes the table off the page). Here every narrow column gets room for
 * its longest word (a bold header word or a cell's; a number cell never wraps, so it counts whole),
 * and the wide text columns share the rest.
 */
export const columnShares = (t: ReportTable): number[] => {
  const needs = t.columns.map((c, i) => {
    const unit = c.numeric ? (s: string) => [...s].length : longestWord;
    const cells = Math.max(0, ...t.rows.map((r) => unit(r[i] ?? ""))) * CHAR;
    return Math.min(CAP, Math.max(cells, longestWord(c.header) * BOLD_CHAR)) + PADDING;
  });
  const wide = t.columns.filter((c) => c.wide).length;
  const narrow = needs.reduce((sum, n, i) => sum + (t.columns[i]!.wide ? 0 : n), 0);
  const perWide = wide === 0 ? 0 : Math.max(MIN_WIDE, (PAGE - narrow) / wide);
  const widths = needs.map((n, i) => (t.columns[i]!.wide ? perWide : n));
  // Too many columns for the page: everything shrinks alike, and long words hyphenate.
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => Math.round((w / total) * 1000) / 10);
};
