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
  (r.budget !== null && index.budgetByValue.get(r.budget)?.needsCoverageProposal === true) || r.newVoluntaryService === true;

export const hasCoverageProposal = (r: MeasureRow): boolean => r.coverageProposal !== null || r.note !== null;
