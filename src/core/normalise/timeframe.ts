import { isBlankValue, isCellDate, isCellError, type CellValue } from "../cell";
import { cleanText } from "../fold";
import { parseDateText } from "./date";
import { memoByText } from "../text-memo";
import { fail, ok, type Normalised } from "./result";

export interface Timeframe {
  readonly start: string | null;
  readonly end: string | null;
  /** "fortlaufend", "dauerhaft": no planned end. */
  readonly ongoing: boolean;
}

const ONGOING = /^(fortlaufend|laufend|dauerhaft|kontinuierlich|daueraufgabe|stetig|permanent)$/i;
const DATE = String.raw`(\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|\d{4})`;
// Made once, not per text read (none has the g flag, so exec keeps no state between texts).
const FROM = new RegExp(`^(?:ab|seit|von) ${DATE}(?: (fortlaufend|laufend|dauerhaft))?$`);
const UNTIL = new RegExp(`^(?:bis|spätestens|bis spätestens) ${DATE}$`);
const RANGE = new RegExp(`^(?:von )?${DATE} ?(?:-|–|—|bis|/) ?${DATE}$`);
const SINGLE = new RegExp(`^${DATE}$`);

/**
 * A single "Umsetzungszeitraum" cell: "2022–2024", "2022 bis 2024", "ab 2023", "bis 2024",
 * "2023/2024", "fortlaufend", "seit 2022 fortlaufend", "2024", or a date.
 */
export const normaliseTimeframe = (v: CellValue): Normalised<Timeframe> => {
  if (v === null || isBlankValue(v)) return { value: null };
  if (isCellError(v)) return fail("cell/error-value", { error: v.error });
  if (isCellDate(v)) return ok({ start: null, end: v.date.slice(0, 10), ongoing: false });
  if (typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100)
    return ok({ start: parseDateText(String(v), "start"), end: parseDateText(String(v), "end"), ongoing: false });
  if (typeof v !== "string") return fail("cell/timeframe-invalid");
  return timeframeText(v);
};

const frozen = (n: Normalised<Timeframe>): Normalised<Timeframe> => {
  Object.freeze(n.value);
  Object.freeze(n.problem);
  return Object.freeze(n);
};

const readTimeframe = (v: string): Normalised<Timeframe> => {
  const t = cleanText(v)
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^(ca\.|voraussichtlich|geplant) /, "");
  if (ONGOING.test(t)) return ok({ start: null, end: null, ongoing: true });
  let m = FROM.exec(t);
  if (m) return ok({ start: parseDateText(m[1]!, "start"), end: null, ongoing: m[2] !== undefined });
  m = UNTIL.exec(t);
  if (m) return ok({ start: null, end: parseDateText(m[1]!, "end"), ongoing: false });
  m = RANGE.exec(t);
  if (m) return ok({ start: parseDateText(m[1]!, "start"), end: parseDateText(m[2]!, "end"), ongoing: false });
  m = SINGLE.exec(t);
  if (m) return ok({ start: parseDateText(m[1]!, "start"), end: parseDateText(m[1]!, "end"), ongoing: false });
  return fail("cell/timeframe-invalid");
};

/**
 * A typed timeframe, remembered: offices write the same few ("2022–2024", "fortlaufend") in every
 * row, and each costs up to five patterns. The results are shared between rows, so they are
 * frozen: a caller that changed one would change every row's that typed the same text.
 */
const timeframeText = memoByText((v: string): Normalised<Timeframe> => frozen(readTimeframe(v)), 2_000, 80);
