import { isBlankValue, isCellDate, isCellError, type CellValue } from "../cell";
import { cleanText } from "../fold";
import { germanDate } from "../german-date";
import { isDateFormat, isoDate, lastDayOfMonth, serialToIso } from "./excel-date";
import { problem } from "../make-issue";
import { fail, ok, type Normalised } from "./result";

/** Which end of a period a vague date ("2024", "03/2024") stands for. */
export type DateRole = "start" | "end" | "point";

export interface DateContext {
  readonly role: DateRole;
  readonly date1904?: boolean;
  readonly format?: string;
}

const yearDate = (year: number, role: DateRole): string | null =>
  role === "end" ? isoDate(year, 12, 31) : isoDate(year, 1, 1);

const monthDate = (year: number, month: number, role: DateRole): string | null =>
  role === "end" ? isoDate(year, month, lastDayOfMonth(year, month)) : isoDate(year, month, 1);

const TWO_DIGIT_YEAR = /^\d{1,2}\.\d{1,2}\.\d{2}$/;

const fullYear = (y: number, digits: number): number => (digits === 2 ? 2000 + y : y);

/** Parses the text forms people type: ISO, German d.m.yyyy / d.m.yy, m/yyyy, mm.yyyy, bare year. */
export const parseDateText = (text: string, role: DateRole): string | null => {
  const t = cleanText(text).replace(/\s+/g, "");
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(t);
  if (m) return isoDate(fullYear(Number(m[3]), m[3]!.length), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return monthDate(Number(m[2]), Number(m[1]), role);
  m = /^(\d{4})$/.exec(t);
  if (m) return yearDate(Number(m[1]), role);
  return null;
};

/**
 * A date cell to an ISO date. Real dates pass; a bare year means 1 January as a start and
 * 31 December as an end; text dates are understood and proposed as real dates.
 */
export const normaliseDate = (v: CellValue, ctx: DateContext): Normalised<string> => {
  if (v === null || isBlankValue(v)) return { value: null };
  if (isCellError(v)) return fail("cell/error-value", { error: v.error });
  if (isCellDate(v)) return ok(v.date.slice(0, 10));
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100 && !isDateFormat(ctx.format)) {
      const iso = yearDate(v, ctx.role);
      return ok(iso, iso ? { value: { date: iso }, format: "dd.mm.yyyy", reason: "date-text" } : undefined);
    }
    const iso = serialToIso(v, ctx.date1904 ?? false);
    return iso
      ? ok(
          iso.slice(0, 10),
          isDateFormat(ctx.format)
            ? undefined
            : { value: { date: iso.slice(0, 10) }, format: "dd.mm.yyyy", reason: "date-text" },
        )
      : fail("cell/date-invalid");
  }
  if (typeof v === "boolean") return fail("cell/date-invalid");
  const iso = parseDateText(v, ctx.role);
  if (iso === null) return fail("cell/date-invalid");
  const proposal = { value: { date: iso }, format: "dd.mm.yyyy", reason: "date-text" } as const;
  // "31.12.24" is read as 2024, but a century is a guess: the clerk sees which year was taken.
  if (TWO_DIGIT_YEAR.test(cleanText(v).replace(/\s+/g, "")))
    return { value: iso, problem: problem("cell/two-digit-year", { read: germanDate(iso) }), proposal };
  return ok(iso, proposal);
};
