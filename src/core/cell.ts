import { germanDate } from "./german-date";
import { isSpaceCode } from "./space-code";
/**
 * The one cell model both shells produce (exceljs in Node/browser, Office.js in the task pane).
 * Adapters translate their own representations into this before the core sees anything.
 */

/** A calendar date (or date-time) as ISO text, e.g. "2024-12-31" or "2024-12-31T08:30:00". */
export interface CellDate {
  readonly date: string;
}

/** An Excel error value such as "#REF!" or "#DIV/0!". */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellDate | CellError;

export interface RawCell {
  readonly value: CellValue;
  /** Excel number format, e.g. "0%", "dd.mm.yyyy", "@" (text). Tells progress 1 from 100 %, a year from a serial. */
  readonly format?: string;
  /** True when the cell held a formula; `value` is then its cached result (formulas are never carried). */
  readonly formula?: boolean;
}

/** A merged range in physical 1-based Excel positions, inclusive (A1:A3 → top 1, left 1, bottom 3, right 1). */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A rectangular block of cells from one sheet. `rows[0][0]` is the cell at (`top`, `left`),
 * both 1-based physical Excel positions, so issues name the cell a user sees.
 */
export interface Grid {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly (RawCell | null)[])[];
  /** The workbook uses the 1904 date system (old Mac Excel); numeric date serials shift by 1462 days. */
  readonly date1904?: boolean;
  /**
   * Merged ranges of the sheet, as Excel holds them: the value sits in the top-left cell only, the
   * other cells of the range are blank. Readers that know them fill this; absent means unknown.
   */
  readonly merges?: readonly CellRange[];
}

export const isCellDate = (v: CellValue): v is CellDate =>
  typeof v === "object" && v !== null && "date" in v && typeof (v as CellDate).date === "string";

export const isCellError = (v: CellValue): v is CellError =>
  typeof v === "object" && v !== null && "error" in v && typeof (v as CellError).error === "string";

/** Blank means nothing a user would see: null or only whitespace (incl. non-breaking spaces). */
// A test, not a replace: this runs on every cell of every row, and building a copy of each text cost time.
const BLANK_TEXT = /^[\s\u00a0\u2007\u202f]*$/;
// Every character of the pattern is a \s: a text that does not start with one is not blank, and
// that one comparison spares nearly every filled cell the pattern (run about three times per cell).
export const isBlankValue = (v: CellValue): boolean =>
  v === null || (typeof v === "string" && (v.length === 0 || (isSpaceCode(v.charCodeAt(0)) && BLANK_TEXT.test(v))));

/** The text a reader of a sheet sees in a cell, or null when it is blank. */
export const textOrNull = (v: CellValue | undefined): string | null =>
  v === null || v === undefined || isBlankValue(v) ? null : cellText(v);

/** Plain text of a value for messages and reports (dates as ISO, errors as their code). */
/** A cell as the clerk sees it in German Excel: dates TT.MM.JJJJ (03.02.2001, not 2001-02-03). */
export const shownText = (v: CellValue): string => (isCellDate(v) ? germanDate(v.date.slice(0, 10)) : cellText(v));

export const cellText = (v: CellValue): string => {
  if (v === null) return "";
  if (isCellDate(v)) return v.date;
  if (isCellError(v)) return v.error;
  return String(v);
};
