import type ExcelJS from "exceljs";
import { isSpaceCode } from "../core";

/**
 * Layout every written workbook shares: row heights for wrapped text and how a sheet prints. One
 * module, so the consolidated lists, the templates and the Rückmeldung cannot drift apart.
 *
 * exceljs does not measure text, and LibreOffice and Excel on the web show a fixed row height as
 * overlapping or cut text; so heights are estimated here from the text and the column width.
 */

/** Points per line of 11 pt Calibri (Carlito in LibreOffice), with the leading both programs add. */
const LINE_POINTS = 15;
/** Excel caps a row at 409 points. */
const MAX_ROW_POINTS = 409;
/**
 * Characters of average German text per unit of column width. A width unit is the width of "0"
 * (7 px); most letters are narrower, but capitals, "m", "w" and bold are wider: 1.0 errs towards a
 * row too tall, never one that cuts text.
 */
const CHARS_PER_UNIT = 1.0;
const BOLD_FACTOR = 0.88;

/** How many lines `text` takes in a column `width` units wide, wrapped at spaces and hyphens as Excel does. */
export const wrappedLines = (text: string, width: number, bold = false): number => {
  const capacity = Math.max(1, Math.floor((width - 1) * CHARS_PER_UNIT * (bold ? BOLD_FACTOR : 1)));
  // Most cells of a long list are short: one line, without splitting them into words (a tenth of a merge's write).
  if (text.length <= capacity && !text.includes("\n")) return 1;
  return text.length > MEMO_LONGEST ? countLines(text, capacity) : rememberedLines(text, capacity);
};

/**
 * Line counts of texts that repeat (a finding's message in every row of the Prüfbericht, the same
 * goal beside each of its measures), by capacity: the count depends on nothing else. Bounded, and
 * started over when full, so a million distinct texts do not stay in memory.
 */
const MEMO_LONGEST = 2_000;
const MEMO_LIMIT = 20_000;
const linesByCapacity = new Map<number, Map<string, number>>();
let remembered = 0;

const rememberedLines = (text: string, capacity: number): number => {
  let memo = linesByCapacity.get(capacity);
  if (memo === undefined) linesByCapacity.set(capacity, (memo = new Map()));
  let lines = memo.get(text);
  if (lines === undefined) {
    lines = countLines(text, capacity);
    if (remembered >= MEMO_LIMIT) {
      for (const m of linesByCapacity.values()) m.clear();
      remembered = 0;
    }
    memo.set(text, lines);
    remembered++;
  }
  return lines;
};

const countLines = (text: string, capacity: number): number => {
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    lines++;
    let start = 0;
    for (const end of wordEnds(paragraph)) {
      const length = trimmedLength(paragraph, start, end);
      if (line > 0 && line + length > capacity) {
        lines++;
        line = 0;
      }
      if (length > capacity) {
        // A word longer than the line breaks inside itself.
        lines += Math.ceil(length / capacity) - 1;
        line = length - (Math.ceil(length / capacity) - 1) * capacity;
      } else line += end - start;
      start = end;
    }
  }
  return lines;
};

/**
 * Where each word ends: after a space or a hyphen, as Excel wraps. One pass with two cursors:
 * splitting with a lookbehind, /(?<=[ -])/, was the slow part of a long list's write.
 */
export const wordEnds = (paragraph: string): number[] => {
  const ends: number[] = [];
  const n = paragraph.length;
  let space = paragraph.indexOf(" ");
  let hyphen = paragraph.indexOf("-");
  for (let start = 0; start < n; ) {
    if (space >= 0 && space < start) space = paragraph.indexOf(" ", start);
    if (hyphen >= 0 && hyphen < start) hyphen = paragraph.indexOf("-", start);
    const end = Math.min(space < 0 ? n : space + 1, hyphen < 0 ? n : hyphen + 1);
    ends.push(end);
    start = end;
  }
  return ends;
};

/**
 * The word's length without the white space String.prototype.trimEnd would remove (line breaks are
 * split off before). By character code: a one-character string and a pattern test per word were a
 * fifth of the row-height estimate.
 */
export const trimmedLength = (paragraph: string, start: number, end: number): number => {
  let to = end;
  while (to > start && isSpaceCode(paragraph.charCodeAt(to - 1))) to--;
  return to - start;
};

/** A cell as the row-height estimate sees it: its text, its column's width, whether it wraps. */
export interface MeasuredCell {
  readonly text: string;
  readonly width: number;
  readonly wrap: boolean;
  readonly bold?: boolean;
}

/** Points a row needs so that its tallest wrapped cell shows every line; null when one line is enough. */
export const rowHeightFor = (cells: readonly MeasuredCell[]): number | null => {
  let lines = 1;
  for (const c of cells) if (c.wrap && c.text !== "") lines = Math.max(lines, wrappedLines(c.text, c.width, c.bold));
  return lines === 1 ? null : Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 3);
};

/** A value as its cell shows it, for measuring (dates and numbers are short and never wrap). */
export const shownText = (v: unknown): string =>
  typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);

/**
 * Column widths wide enough for each header's longest word in bold: a word that does not fit is
 * broken mid-word ("Umsetzungszeitr-aum") by LibreOffice and cut by Excel. Longer labels wrap at
 * spaces and hyphens, and fitHeaderRow gives them the lines they need.
 */
export const headerWidths = (labels: readonly string[], widths: readonly number[]): number[] =>
  widths.map((w, i) => {
    const longest = Math.max(0, ...(labels[i] ?? "").split(/(?<=[ -])/).map((word) => word.trimEnd().length));
    return Math.max(w, Math.ceil(longest / (CHARS_PER_UNIT * BOLD_FACTOR)) + 2);
  });

/** Sets a header row tall enough for its longest (bold, wrapped) label. */
export const fitHeaderRow = (row: ExcelJS.Row, labels: readonly string[], widths: readonly number[]): void => {
  const h = rowHeightFor(labels.map((text, i) => ({ text, width: widths[i] ?? 10, wrap: true, bold: true })));
  row.height = h ?? LINE_POINTS + 3;
};

/** A data row's height from its wrapped cells; null (Excel's default) when one line fits. */
export const dataRowHeight = (
  values: readonly unknown[],
  widths: readonly number[],
  wrap: readonly boolean[],
): number | null => {
  // Only wrapped cells can need more than one line: no measuring objects for the others (most of them).
  const cells: MeasuredCell[] = [];
  for (let i = 0; i < values.length; i++)
    if (wrap[i] === true) cells.push({ text: shownText(values[i]), width: widths[i] ?? 10, wrap: true });
  return rowHeightFor(cells);
};

/** Sets a data row's height from its wrapped cells (left to Excel's default when one line fits). */
export const fitDataRow = (
  row: ExcelJS.Row,
  values: readonly unknown[],
  widths: readonly number[],
  wrap: readonly boolean[],
): void => {
  const h = dataRowHeight(values, widths, wrap);
  if (h !== null) row.height = h;
};

/** A4 landscape with the default margins (0.7" left and right): about 987 px, a width unit is 7 px. */
const PAGE_UNITS = { landscape: 987 / 7, portrait: 690 / 7 } as const;
/** Shrinking below this makes 11 pt text smaller than 7 pt: print several pages wide instead. */
export const MIN_FIT_SCALE = 0.7;
/** The scale of a sheet printed several pages wide: a little smaller than on screen, still easy to read. */
const WIDE_SCALE = 85;
/** Repeated columns may take at most this share of a page, or nothing else would fit beside them. */
const MAX_TITLE_SHARE = 0.5;

export interface PrintSpec {
  readonly orientation?: "landscape" | "portrait";
  /** The header row (1-based) repeated on every page; null for a sheet without one. */
  readonly headerRow: number | null;
  readonly widths: readonly number[];
  /**
   * Leading columns that name a row (ID, title), repeated on every page when the sheet prints
   * several pages wide; the first alone when all of them would take more than half a page.
   */
  readonly titleColumns: number;
  /** Header text: plan and round (the sheet name and page number are added). */
  readonly plan: string;
  readonly round?: string | null;
  /** A print area, e.g. "A1:F40"; several joined with "&&" (exceljs' notation). */
  readonly printArea?: string;
}

/** "&" starts a code in Excel's header/footer language: a literal one is written twice. */
const hf = (s: string): string => s.replace(/&/g, "&&");

/** Whether the columns fit one page wide at a legible scale. */
export const fitsPageWidth = (
  widths: readonly number[],
  orientation: "landscape" | "portrait" = "landscape",
): boolean => {
  const total = widths.reduce((n, w) => n + w + 5 / 7, 0);
  return PAGE_UNITS[orientation] / total >= MIN_FIT_SCALE;
};

const letter = (n: number): string => {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/**
 * A4, one page wide when that stays legible, otherwise several pages wide at a fixed scale with the
 * title columns and the header row on every page; header with plan and round, footer with sheet
 * and page number.
 */
export const printOptions = (
  spec: PrintSpec,
): { pageSetup: Partial<ExcelJS.PageSetup>; headerFooter: Partial<ExcelJS.HeaderFooter> } => {
  const orientation = spec.orientation ?? "landscape";
  const fits = fitsPageWidth(spec.widths, orientation);
  let titles = 0;
  if (!fits && spec.titleColumns > 0) {
    const page = PAGE_UNITS[orientation] / (WIDE_SCALE / 100);
    const share = (n: number) => spec.widths.slice(0, n).reduce((a, b) => a + b, 0) / page;
    titles = share(spec.titleColumns) <= MAX_TITLE_SHARE ? spec.titleColumns : 1;
  }
  const pageSetup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9,
    orientation,
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    // exceljs writes fitToPage only when no scale is given: a fitted sheet has none.
    ...(fits ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: WIDE_SCALE }),
    ...(spec.headerRow !== null ? { printTitlesRow: `${spec.headerRow}:${spec.headerRow}` } : {}),
    ...(titles > 0 ? { printTitlesColumn: `A:${letter(titles)}` } : {}),
    // exceljs puts "$" before each corner's column only; LibreOffice needs the rows absolute too.
    ...(spec.printArea ? { printArea: spec.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
  };
  const left = hf([spec.plan, spec.round].filter(Boolean).join(" – "));
  return { pageSetup, headerFooter: { oddHeader: `&L${left}`, oddFooter: "&L&A&RSeite &P von &N" } };
};

/** The same for a sheet that exists already (a document worksheet; a streamed one takes printOptions when added). */
export const applyPrintLayout = (ws: ExcelJS.Worksheet, spec: PrintSpec): void => {
  const { pageSetup, headerFooter } = printOptions(spec);
  ws.pageSetup = { ...ws.pageSetup, ...pageSetup };
  ws.headerFooter = { ...ws.headerFooter, ...headerFooter };
};
