import { cellText, isBlankValue, isCellDate, isCellError, type CellValue } from "../cell";
import { cleanText } from "../fold";
import { problem } from "../make-issue";
import { fail, ok, type Normalised } from "./result";

/** Characters with which a spreadsheet would start a formula if the text were typed, not stored. */
// A comparison of the first character, not a pattern: this runs on every text cell.
export const looksLikeFormula = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40; // = + - @
};

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
