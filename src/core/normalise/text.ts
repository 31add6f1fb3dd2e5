import { cellText, isBlankValue, isCellDate, isCellError, type CellValue } from "../cell";
import { cleanText } from "../fold";
import { problem } from "../make-issue";
import { fail, ok, type Normalised } from "./result";

/** Characters with which a spreadsheet would start a formula if the text were typed, not stored. */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@]/.test(text);

/** Free text: odd spaces cleaned (proposed as a fix), numbers/dates kept as text as shown. */
export const normaliseText = (v: CellValue): Normalised<string> => {
  if (v === null || isBlankValue(v)) return { value: null };
  if (isCellError(v)) return fail("cell/error-value", { error: v.error });
  if (typeof v !== "string") return ok(isCellDate(v) ? v.date : cellText(v));
  const clean = cleanText(v);
  if (looksLikeFormula(clean))
    return {
      value: clean,
      problem: problem("cell/formula-like"),
      ...(clean !== v ? { proposal: { value: clean, reason: "trim" as const } } : {}),
    };
  return ok(clean, clean !== v ? { value: clean, reason: "trim" } : undefined);
};
