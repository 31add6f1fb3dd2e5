import { germanDate } from "../../german-date";
import type { ProblemOf } from "../../issue";
import { problem } from "../../make-issue";
import { NONE, rowRule } from "../rule";

/**
 * The Stand is when the row was last updated: not after the day the check runs, and, once the merge
 * knows the round being collected, not after its Stichtag. One owner for both, so a plan that
 * switches the rule off or reweighs it does so for both.
 */
export const standAfter = (
  asOf: string | null,
  today: string,
  round?: { readonly name: string; readonly cutoff: string },
): ProblemOf<"cell/date-after-stichtag"> | null => {
  if (asOf === null) return null;
  if (asOf > today) return problem("cell/date-after-stichtag", { kind: "today", limit: germanDate(today) });
  if (round && asOf > round.cutoff)
    return problem("cell/date-after-stichtag", { kind: "round", limit: germanDate(round.cutoff), round: round.name });
  return null;
};

export const STAND_DATE = rowRule({
  id: "stand-date",
  codes: ["cell/date-after-stichtag"],
  needs: ["asOf"],
  check: (r, ctx) => {
    const found = standAfter(r.asOf, ctx.today);
    return found && r.asOf ? [{ problem: found, field: "asOf", value: germanDate(r.asOf) }] : NONE;
  },
});
