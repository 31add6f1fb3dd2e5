import { isDateFormat, serialToIso, type CellValue, type RawCell } from "../core";

/** What the conversion reads from an exceljs cell; an exceljs `Cell` fits, tests pass plain objects. */
export interface ExceljsCellLike {
  readonly value: unknown;
  /**
   * exceljs' `cell.result`. Needed because `cell.value` of a formula copies only truthy fields:
   * a cached 0, false or "" is missing from `value.result` but present here.
   */
  readonly result?: unknown;
  readonly numFmt?: string | undefined;
}

const DAY_MS = 86_400_000;
/** exceljs' own epoch arithmetic (utils.dateToExcel): serial 25569 is 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * The serial Excel stored, recovered from exceljs' Date. Rounded to 1e-9 days because exceljs
 * already rounded to whole milliseconds (1.2e-8 days) and the subtraction leaves float noise.
 */
const serialOf = (d: Date, date1904: boolean): number =>
  Math.round((UNIX_EPOCH_SERIAL + d.getTime() / DAY_MS - (date1904 ? DAYS_1900_TO_1904 : 0)) * 1e9) / 1e9;

/**
 * exceljs turns a number into a Date whenever its format has any of d m y h s (so "hh:mm" and an
 * escaped unit like 0\ \m too), and dates before 1 March 1900 come out a day early (it ignores
 * Excel's phantom 29 Feb 1900). Going back to the serial and letting the core decide gives the
 * date Excel displays, and the same cell the Office.js shell produces from the same serial.
 */
const fromDate = (d: Date, format: string | undefined, date1904: boolean): CellValue => {
  if (Number.isNaN(d.getTime())) return null;
  const serial = serialOf(d, date1904);
  if (format !== undefined && !isDateFormat(format)) return serial;
  const iso = serialToIso(serial, date1904);
  return iso === null ? serial : { date: iso };
};

const richText = (v: unknown): string | null =>
  isObject(v) && Array.isArray(v.richText)
    ? v.richText.map((run: unknown) => (isObject(run) && typeof run.text === "string" ? run.text : "")).join("")
    : null;

/** Any non-formula exceljs value to the core's plain value; shapes it does not know become null. */
const plainValue = (v: unknown, format: string | undefined, date1904: boolean): CellValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  // NaN, INF or 1e309 in a number cell (some writers emit them; Excel shows #NUM!): an error the
  // core names, never a blank that would pass as "nothing entered".
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (v instanceof Date) return fromDate(v, format, date1904);
  if (!isObject(v)) return null;
  if (typeof v.error === "string") return { error: v.error };
  const rich = richText(v);
  if (rich !== null) return rich;
  // A hyperlink contributes only what the cell shows; its text may itself be rich text.
  if ("hyperlink" in v || "text" in v) {
    const text = v.text;
    return typeof text === "string" ? text : richText(text);
  }
  return null;
};

const isFormula = (v: unknown): v is Record<string, unknown> => isObject(v) && ("formula" in v || "sharedFormula" in v);

/**
 * One exceljs cell to a RawCell, or null for an empty cell. A formula contributes its cached
 * result (null when the writer stored none) and `formula: true`, never its text, so nothing
 * downstream can evaluate or re-emit a formula from an office's file.
 */
export const cellFromExceljs = (cell: ExceljsCellLike, date1904 = false): RawCell | null => {
  const format = cell.numFmt === undefined || cell.numFmt === "" ? undefined : cell.numFmt;
  const v = cell.value;
  const formula = isFormula(v);
  const value = formula ? plainValue(cell.result ?? v.result, format, date1904) : plainValue(v, format, date1904);
  if (value === null && !formula) return null;
  return { value, ...(format !== undefined ? { format } : {}), ...(formula ? { formula: true } : {}) };
};
