import { problem } from "../../make-issue";
import { coverageProposal, needsCoverageProposal } from "../../merge/measure-state";
import { NONE, rowRule } from "../rule";

/** Budget "ja" or a new voluntary service needs a named Deckungsvorschlag; "ja" there names none. */
export const COVERAGE_PROPOSAL = rowRule({
  id: "coverage-proposal",
  codes: ["cell/coverage-unnamed", "cell/coverage-missing"],
  needs: ["coverageProposal"],
  check: (r, ctx) => {
    const proposal = coverageProposal(r, ctx.index);
    // "ja" in the proposal column is one finding at that cell, not a second one at the budget cell.
    if (proposal === "unnamed" && !ctx.flagged.has("coverageProposal"))
      return [{ problem: problem("cell/coverage-unnamed"), field: "coverageProposal", value: r.coverageProposal }];
    if (proposal !== "none" || !needsCoverageProposal(r, ctx.index)) return NONE;
    const budget = r.budget === null ? undefined : ctx.index.budgetByValue.get(r.budget);
    const byBudget = budget?.needsCoverageProposal === true;
    return [
      {
        problem: problem("cell/coverage-missing", { reason: byBudget ? "budget" : "voluntary" }),
        field: byBudget ? "budget" : "newVoluntaryService",
        value: r.budget ?? "ja",
      },
    ];
  },
});
