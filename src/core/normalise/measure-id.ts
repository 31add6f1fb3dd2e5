import { isBlankValue, isCellDate, isCellError, type CellValue } from "../cell";
import { cleanText } from "../fold";
import { isDateFormat, serialToIso } from "./excel-date";
import { problem } from "../make-issue";
import { fail, ok, type Normalised } from "./result";

/** field.goal.measure, two to four numeric parts: "3.2.1", "7.1". */
export const ID_PATTERN = /^\d{1,3}(?:\.\d{1,3}){1,3}$/;

const fromIsoDate = (iso: string): string => {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  return `${d}.${m}.${y % 100}`;
};

/**
 * Measure IDs must be text. German Excel turns a typed "3.2.1" into the date 03.02.2001 and "3.10"
 * into the number 3.1; such cells get `cell/id-not-text` with the reconstructed ID as a proposal —
 * never a silent guess, since "3.1" might have been "3.10".
 */
export const normaliseMeasureId = (v: CellValue, format?: string, date1904 = false): Normalised<string> => {
  if (v === null || isBlankValue(v)) return { value: null };
  if (isCellError(v)) return fail("cell/error-value", { error: v.error });
  if (isCellDate(v)) return notText(fromIsoDate(v.date));
  if (typeof v === "number") {
    if (isDateFormat(format)) {
      const iso = serialToIso(v, date1904);
      if (iso) return notText(fromIsoDate(iso));
    }
    return notText(String(v));
  }
  if (typeof v === "boolean") return fail("cell/id-format");
  const clean = cleanText(v).replace(/\s+/g, "").replace(/\.$/, "");
  if (!ID_PATTERN.test(clean)) return fail("cell/id-format");
  return ok(clean, clean !== v ? { value: clean, reason: "trim" } : undefined);
};

const notText = (proposal: string): Normalised<string> =>
  ID_PATTERN.test(proposal)
    ? {
        value: null,
        problem: problem("cell/id-not-text", { proposal }),
        proposal: { value: proposal, format: "@", reason: "id-text" },
      }
    : fail("cell/id-not-text");
