import { foldKey } from "../fold";
import type { MeasureRow } from "../measure-row";
import type { PlanIndex } from "../plan-index";

/** Past its end date and neither done, dropped nor an ongoing task: the same rule as `cell/overdue`. */
export const isOverdue = (r: MeasureRow, index: PlanIndex, today: string): boolean => {
  if (r.end === null || r.end >= today || r.ongoing) return false;
  const cat = r.status === null ? undefined : index.statusByValue.get(r.status)?.category;
  return cat !== "done" && cat !== "dropped" && cat !== "ongoing";
};

/** Budget "ja" or a new voluntary municipal service: a Deckungsvorschlag must go before a committee. */
export const needsCoverageProposal = (r: MeasureRow, index: PlanIndex): boolean =>
  (r.budget !== null && index.budgetByValue.get(r.budget)?.needsCoverageProposal === true) ||
  r.newVoluntaryService === true;

/**
 * What the Deckungsvorschlag column says: a named proposal, only that one exists ("ja", "x",
 * "liegt vor" — it cannot go before a committee like that), or nothing. Only this column counts:
 * a Sachstand or a note is never a proposal (Beschlusspunkt 2 of the council's decision).
 */
export type CoverageProposal = "named" | "unnamed" | "none";

export const coverageProposal = (r: MeasureRow, index: PlanIndex): CoverageProposal =>
  r.coverageProposal === null ? "none" : index.unnamedCoverage.has(foldKey(r.coverageProposal)) ? "unnamed" : "named";

export const hasCoverageProposal = (r: MeasureRow, index: PlanIndex): boolean => coverageProposal(r, index) === "named";
