import { makeIssue } from "../make-issue";
import type { MergeInput } from "./merge-types";
import { recordCell, withRecordIssues } from "./record-issues";

/** The measures of another plan, read from its master plan (`merge --linked-master`). */
export interface LinkedMaster {
  /** The plan as the "Bezug zu anderem Plan" column names it (a value of the plan's linkedPlans). */
  readonly plan: string;
  readonly ids: ReadonlySet<string>;
}

/**
 * A row that refers to a measure which the named plan's master does not have: a warning at the
 * cell. Links to a plan whose master was not given are not checked.
 */
export const flagUnknownLinks = (inputs: readonly MergeInput[], linked: readonly LinkedMaster[]): MergeInput[] => {
  const byPlan = new Map(linked.map((l) => [l.plan, l.ids]));
  return withRecordIssues(inputs, (record) => {
    const { linkedPlan, linkedMeasure } = record.row;
    const ids = linkedPlan === null ? undefined : byPlan.get(linkedPlan);
    if (ids === undefined || linkedPlan === null || linkedMeasure === null || ids.has(linkedMeasure)) return null;
    return makeIssue("cell/linked-measure-unknown", recordCell(record, "linkedMeasure"), {
      field: "linkedMeasure",
      value: linkedMeasure,
      params: { plan: linkedPlan },
    });
  });
};
