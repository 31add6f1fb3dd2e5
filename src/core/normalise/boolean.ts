import { isBlankValue, isCellError, type CellValue } from "../cell";
import { foldKey } from "../fold";
import { fail, ok, type Normalised } from "./result";

const TRUE = new Set(["ja", "j", "x", "yes", "y", "wahr", "true", "1"]);
const FALSE = new Set(["nein", "n", "no", "falsch", "false", "0", "-"]);

/** Yes/no flags such as "neue freiwillige Leistung": ja/nein, x, 1/0, WAHR/FALSCH. */
export const normaliseBoolean = (v: CellValue): Normalised<boolean> => {
  if (v === null || isBlankValue(v)) return { value: null };
  if (isCellError(v)) return fail("cell/error-value", { error: v.error });
  if (typeof v === "boolean") return ok(v);
  if (typeof v === "number") return v === 1 ? ok(true) : v === 0 ? ok(false) : fail("cell/boolean-invalid");
  if (typeof v !== "string") return fail("cell/boolean-invalid");
  const key = v.trim() === "-" ? "-" : foldKey(v);
  if (TRUE.has(key)) return ok(true);
  if (FALSE.has(key)) return ok(false);
  return fail("cell/boolean-invalid");
};
