import { columnIndex } from "../address";
import { SEVERITY_RANK, type Issue } from "../issue";
import type { MeasureRecord } from "../measure-row";
import { plainRecordOf } from "../packed-records";
import { compareIssues } from "../sort-issues";
import type { MergeInput } from "./merge-types";

/** Where a record's cell of one column is, as an issue position. */
export const recordCell = (record: MeasureRecord, key: keyof NonNullable<MeasureRecord["columns"]>) => {
  const letter = record.columns?.[key];
  return {
    sheet: record.source.sheet,
    row: record.source.row,
    column: letter === undefined ? null : columnIndex(letter),
  };
};

/**
 * Findings the merge adds to the rows of checked files (a Stand after the Stichtag, a link to an
 * unknown measure of another plan): sorted into each file's issues, each row's worst raised.
 */
export const withRecordIssues = (
  inputs: readonly MergeInput[],
  find: (record: MeasureRecord) => Issue | null,
): MergeInput[] =>
  inputs.map((input) => {
    const added: Issue[] = [];
    const records = input.records.map((record) => {
      const issue = find(record);
      if (issue === null) return record;
      added.push(issue);
      return record.worst === null || SEVERITY_RANK[record.worst] > SEVERITY_RANK[issue.severity]
        ? { ...plainRecordOf(record), worst: issue.severity }
        : record;
    });
    if (added.length === 0) return input;
    return {
      ...input,
      records,
      result: { ...input.result, issues: [...input.result.issues, ...added].sort(compareIssues) },
    };
  });
