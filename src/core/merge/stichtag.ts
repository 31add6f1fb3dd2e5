import { columnIndex } from "../address";
import { germanDate } from "../german-date";
import { SEVERITY_RANK, type Issue } from "../issue";
import { makeIssue } from "../make-issue";
import { compareIssues } from "../sort-issues";
import type { MergeInput } from "./merge-types";

/**
 * A Stand after the Stichtag of the round being collected: the row speaks of a later state than
 * the report is about (or the date is a typo). Dates after today are already a row rule.
 */
export const flagAfterStichtag = (
  inputs: readonly MergeInput[],
  round: { readonly name: string; readonly cutoff: string },
  today: string,
): MergeInput[] =>
  inputs.map((input) => {
    const added: Issue[] = [];
    const records = input.records.map((record) => {
      const asOf = record.row.asOf;
      if (asOf === null || asOf <= round.cutoff || asOf > today) return record;
      const letter = record.columns?.asOf;
      const at = {
        sheet: record.source.sheet,
        row: record.source.row,
        column: letter === undefined ? null : columnIndex(letter),
      };
      added.push(
        makeIssue("cell/date-after-stichtag", at, {
          field: "asOf",
          value: germanDate(asOf),
          params: { kind: "round", limit: germanDate(round.cutoff), round: round.name },
        }),
      );
      return record.worst === null || SEVERITY_RANK[record.worst] > SEVERITY_RANK.warning
        ? { ...record, worst: "warning" as const }
        : record;
    });
    if (added.length === 0) return input;
    return {
      ...input,
      records,
      result: { ...input.result, issues: [...input.result.issues, ...added].sort(compareIssues) },
    };
  });
