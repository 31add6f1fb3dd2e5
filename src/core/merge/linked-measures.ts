import { makeIssue } from "../make-issue";
import type { MergeInput } from "./merge-types";
import { recordCell, withRecordIssues } from "./record-issues";

/** The measures of another plan, read from its master plan (`merge --linked-master`). */
export interface LinkedMaster {
  /** The plan as the "Bezug zu anderem Plan" column names it (a value of the plan's linkedPlans). */
  readonly plan: string;
  readonly ids: ReadonlySet<string>;
}

/** A row that refers to a measure of that plan which its master does not have: a warning at the cell. */
export const flagUnknownLinks = (inputs: readonly MergeInput[], linked: LinkedMaster): MergeInput[] =>
  withRecordIssues(inputs, (record) => {
    const { linkedPlan, linkedMeasure } = record.row;
    if (linkedPlan !== linked.plan || linkedMeasure === null || linked.ids.has(linkedMeasure)) return null;
    return makeIssue("cell/linked-measure-unknown", recordCell(record, "linkedMeasure"), {
      field: "linkedMeasure",
      value: linkedMeasure,
      params: { plan: linked.plan },
    });
  });
