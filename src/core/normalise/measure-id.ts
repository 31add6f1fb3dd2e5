import { isBlankValue, isCellDate, isCellError, type CellValue } from "../cell";
import { cleanText } from "../fold";
import { problem } from "../make-issue";
import { isDateFormat, serialToIso } from "./excel-date";
import { DEFAULT_ID_PATTERN } from "./id-pattern";
import { fail, ok, type Normalised } from "./result";

export const ID_PATTERN = new RegExp(DEFAULT_ID_PATTERN);

/** How a plan's measure IDs look, as messages name it. */
export interface IdForm {
  readonly pattern: RegExp;
  /** The ID column's label ("Maßnahmen-Nr."). */
  readonly label: string;
  /** The parts in words ("Handlungsfeld.Ziel.Maßnahme"). */
  readonly form: string;
  readonly example: string;
}

const DEFAULT_FORM: IdForm = {
  pattern: ID_PATTERN,
  label: "Maßnahmen-Nr.",
  form: "Handlungsfeld.Ziel.Maßnahme",
  example: "3.2.1",
};

const fromIsoDate = (iso: string): string => {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  return `${d}.${m}.${y % 100}`;
};

/**
 * Measure IDs must be text. German Excel turns a typed "3.2.1" into the date 03.02.2001 and "3.10"
 * into the number 3.1; such cells get `cell/id-not-text` with the reconstructed ID as a proposal
 * when it has the plan's form — never a silent guess, since "3.1" might have been "3.10".
 */
export const normaliseMeasureId = (
  v: CellValue,
  format?: string,
  date1904 = false,
  ids: IdForm = DEFAULT_FORM,
): Normalised<string> => {
  if (v === null || isBlankValue(v)) return { value: null };
  if (isCellError(v)) return fail("cell/error-value", { error: v.error });
  if (isCellDate(v)) return notText(fromIsoDate(v.date), ids);
  if (typeof v === "number") {
    if (isDateFormat(format)) {
      const iso = serialToIso(v, date1904);
      if (iso) return notText(fromIsoDate(iso), ids);
    }
    return notText(String(v), ids);
  }
  const badForm = () => fail("cell/id-format", { label: ids.label, form: ids.form, example: ids.example });
  if (typeof v === "boolean") return badForm();
  const clean = cleanText(v).replace(/\s+/g, "").replace(/\.$/, "");
  if (!ids.pattern.test(clean)) return badForm();
  return ok(clean, clean !== v ? { value: clean, reason: "trim" } : undefined);
};

const notText = (proposal: string, ids: IdForm): Normalised<string> =>
  ids.pattern.test(proposal)
    ? {
        value: null,
        problem: problem("cell/id-not-text", { label: ids.label, proposal }),
        proposal: { value: proposal, format: "@", reason: "id-text" },
      }
    : fail("cell/id-not-text", { label: ids.label });
