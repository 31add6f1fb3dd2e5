import { columnIndex } from "../address";
import { germanDate } from "../german-date";
import { SEVERITY_RANK, type Issue } from "../issue";
import { issueAt } from "../make-issue";
import type { PlanConfig } from "../plan-config";
import { ruleSeverity, withSeverity } from "../rules/engine";
import { standAfter } from "../rules/row/stand-date";
import { compareIssues } from "../sort-issues";
import type { MergeInput } from "./merge-types";

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
  return inputs.map((input) => {
    const added: Issue[] = [];
    const records = input.records.map((record) => {
      const asOf = record.row.asOf;
      const found = asOf !== null && asOf <= today ? standAfter(asOf, today, round) : null;
      if (found === null || asOf === null) return record;
      const letter = record.columns?.asOf;
      const at = {
        sheet: record.source.sheet,
        row: record.source.row,
        column: letter === undefined ? null : columnIndex(letter),
      };
      const issue = withSeverity(issueAt(found, at, { field: "asOf", value: germanDate(asOf) }), severity);
      added.push(issue);
      return record.worst === null || SEVERITY_RANK[record.worst] > SEVERITY_RANK[issue.severity]
        ? { ...record, worst: issue.severity }
        : record;
    });
    if (added.length === 0) return input;
    return {
      ...input,
      records,
      result: { ...input.result, issues: [...input.result.issues, ...added].sort(compareIssues) },
    };
  });
};
