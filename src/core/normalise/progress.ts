import { isBlankValue, isCellDate, isCellError, type CellValue } from "../cell";
import { cleanText } from "../fold";
import { isPercentFormat, type ProgressScale } from "./progress-scale";
import { fail, ok, type Normalised } from "./result";

const PERCENT_FORMAT = "0%";

/** Round to at most 2 decimals of a percent: enough for any displayed value, stable under re-normalising. */
const tidy = (n: number): number => Math.round(n * 100) / 100;

const inRange = (percent: number, label: string | undefined): Normalised<number> =>
  percent >= 0 && percent <= 100
    ? ok(tidy(percent))
    : fail("cell/progress-range", { percent: tidy(percent), ...(label ? { label } : {}) });

/**
 * Progress in percent (0–100). A cell formatted as percent holds a fraction (0.5 = 50 %). Without a
 * percent format, a number between 0 and 1 exclusive is read as a fraction, 1…100 as percent —
 * unless the column is one of fractions (progressScale), where 1 is 100 %.
 * Text like "50 %", "50%", "0,5" is understood and proposed as a real percent cell. `label` is the
 * plan's name of the column, for the message about a value out of range.
 */
export const normaliseProgress = (
  v: CellValue,
  format?: string,
  scale: ProgressScale = "unknown",
  label?: string,
): Normalised<number> => {
  if (v === null || isBlankValue(v)) return { value: null };
  if (isCellError(v)) return fail("cell/error-value", { error: v.error });
  if (typeof v === "boolean" || isCellDate(v)) return fail("cell/progress-invalid");
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return fail("cell/progress-invalid");
    if (isPercentFormat(format)) return inRange(v * 100, label);
    // The column decides a bare 1 (and 0): 100 % among fractions, 1 % among percent values.
    const percent = scale === "fraction" && v <= 1 ? v * 100 : v > 0 && v < 1 ? v * 100 : v;
    const result = inRange(percent, label);
    if (result.value === null) return result;
    return ok(result.value, { value: result.value / 100, format: PERCENT_FORMAT, reason: "progress-scale" });
  }
  const t = cleanText(v)
    .replace(/\s+/g, "")
    .replace(/prozent$/i, "%");
  const m = /^(\d{1,3}(?:[.,]\d+)?)(%?)$/.exec(t);
  if (!m) return fail("cell/progress-invalid");
  const n = Number(m[1]!.replace(",", "."));
  const percent = m[2] === "%" ? n : n > 0 && n < 1 ? n * 100 : n;
  const result = inRange(percent, label);
  if (result.value === null) return result;
  return ok(result.value, { value: result.value / 100, format: PERCENT_FORMAT, reason: "progress-text" });
};
