import { cellText, isBlankValue, isCellError, type CellValue } from "../cell";
import { cleanText, foldKey } from "../fold";
import { problem } from "../make-issue";
import { fail, ok, type Normalised } from "./result";

export interface ChoiceLookup {
  /** Canonical spelling → itself, for exact matches that need no fix. */
  readonly canonical: ReadonlySet<string>;
  /** Folded spelling → canonical value. */
  readonly byFolded: ReadonlyMap<string, string>;
  /** Folded spellings too vague to map to one value: a problem, never a guess. */
  readonly ambiguous?: ReadonlySet<string>;
  /** Folded spellings that are read, but could mean another value too: the reading carries a warning. */
  readonly readWithWarning?: ReadonlySet<string>;
  /** The code for a value not in the list: every such code takes the allowed values. */
  readonly unknownCode: "cell/enum" | "cell/unknown-office";
  readonly allowed: readonly string[];
  /** How a message names a value not in the list ("kein zulässiger Umsetzungsstand"), from the plan. */
  readonly notAllowed?: string;
}

/** A value from a closed list (status, field of action, office, budget relevance, …). */
export const normaliseChoice = (v: CellValue, lookup: ChoiceLookup): Normalised<string> => {
  if (v === null || isBlankValue(v)) return { value: null };
  if (isCellError(v)) return fail("cell/error-value", { error: v.error });
  const raw = typeof v === "string" ? v : cellText(v);
  const clean = cleanText(raw);
  if (lookup.canonical.has(clean)) return ok(clean, clean !== v ? { value: clean, reason: "trim" } : undefined);
  const folded = foldKey(clean);
  if (lookup.ambiguous?.has(folded)) return fail("cell/ambiguous-budget", { allowed: [...lookup.allowed] });
  const hit = lookup.byFolded.get(folded);
  if (hit !== undefined && lookup.readWithWarning?.has(folded))
    return {
      value: hit,
      problem: problem("cell/ambiguous-synonym", { read: hit, allowed: [...lookup.allowed] }),
      proposal: { value: hit, reason: "synonym" },
    };
  if (hit !== undefined) return ok(hit, { value: hit, reason: "synonym" });
  const allowed = [...lookup.allowed];
  if (lookup.unknownCode === "cell/unknown-office") return fail("cell/unknown-office", { allowed });
  return fail("cell/enum", lookup.notAllowed ? { allowed, notAllowed: lookup.notAllowed } : { allowed });
};
