import { germanDate } from "../german-date";
import { issueAt } from "../make-issue";
import type { PlanConfig } from "../plan-config";
import { ruleSeverity, withSeverity } from "../rules/engine";
import { standAfter } from "../rules/row/stand-date";
import type { MergeInput } from "./merge-types";
import { recordCell, withRecordIssues } from "./record-issues";

/**
 * A Stand after the Stichtag of the round being collected: the row speaks of a later state than
 * the report is about (or the date is a typo). Dates after today are already found on the row; the
 * rule "stand-date" owns both, so the plan's switch for it holds here too.
 */
export const flagAfterStichtag = (
  inputs: readonly MergeInput[],
  round: { readonly name: string; readonly cutoff: string },
  today: string,
  plan: PlanConfig,
): MergeInput[] => {
  const severity = ruleSeverity(plan, "stand-date");
  if (severity === null || !plan.columns.some((c) => c.key === "asOf")) return [...inputs];
  return withRecordIssues(inputs, (record) => {
    const asOf = record.row.asOf;
    const found = asOf !== null && asOf <= today ? standAfter(asOf, today, round) : null;
    if (found === null || asOf === null) return null;
    return withSeverity(
      issueAt(found, recordCell(record, "asOf"), { field: "asOf", value: germanDate(asOf) }),
      severity,
    );
  });
};
