import { cellText, isBlankValue, isCellError, type CellValue } from "../cell";
import { cleanText, foldKey } from "../fold";
import { fail, ok, type Normalised } from "./result";

/**
 * A list cell such as "beteiligt": split on ; , / and line breaks; entries that name a known office
 * become its canonical name, others (external partners) are kept as written.
 */
export const normaliseList = (v: CellValue, known: ReadonlyMap<string, string>): Normalised<readonly string[]> => {
  if (v === null || isBlankValue(v)) return { value: null };
  if (isCellError(v)) return fail("cell/error-value", { error: v.error });
  const parts = cleanText(typeof v === "string" ? v : cellText(v))
    .split(/[;,\n]|\s\/\s/)
    .map((p) => cleanText(p))
    .filter((p) => p !== "");
  return ok(parts.map((p) => known.get(foldKey(p)) ?? p));
};
