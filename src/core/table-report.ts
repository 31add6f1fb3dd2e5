import type { Fix } from "./fix";
import { sortIssues } from "./sort-issues";
import type { HeaderColumn } from "./header-detect";
import type { Issue, Severity } from "./issue";
import type { MeasureRecord } from "./measure-row";

export interface IssueCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** The result of validating one table: never thrown, always returned. */
export interface TableReport {
  /** No issue of severity error. */
  readonly valid: boolean;
  readonly sheet: string | null;
  readonly header: { readonly row: number; readonly columns: readonly HeaderColumn[] } | null;
  readonly stats: IssueCounts & { readonly rows: number };
  /** Sorted by sheet, row, column, code. */
  readonly issues: readonly Issue[];
  readonly records: readonly MeasureRecord[];
  readonly fixes: readonly Fix[];
}

export const countIssues = (issues: readonly Issue[]): IssueCounts => {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
};

/**
 * A table report with more findings: sorted into place, and `valid` and `stats` counted again. The
 * one place a report's counts are made, so they always agree with its issues.
 */
export const withAddedIssues = (
  report: Omit<TableReport, "valid" | "stats" | "issues"> & { readonly issues: readonly Issue[] },
  added: readonly Issue[],
): TableReport => {
  const issues = sortIssues([...report.issues, ...added]);
  const counts = countIssues(issues);
  return { ...report, valid: counts.error === 0, stats: { ...counts, rows: report.records.length }, issues };
};
