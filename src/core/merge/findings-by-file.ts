import type { Issue } from "../issue";
import { compareIssues } from "../sort-issues";
import type { MergeInput } from "./merge-types";

/** Every finding of the merged files, sorted by file then position; `files[n]` is the file of `issues[n]`. */
export interface FindingsByFile {
  readonly issues: readonly Issue[];
  readonly files: readonly string[];
}

const byFileName = (a: MergeInput, b: MergeInput): number =>
  a.result.file < b.result.file ? -1 : a.result.file > b.result.file ? 1 : 0;

/**
 * The findings as the Prüfbericht lists them, each file's own finding objects in two parallel
 * lists. A copy of every finding with its file (the consolidation's list until 2026-12-01) was a
 * second object per finding: 11 MB per 100,000 large rows, one finding a row at least.
 */
export const findingsByFile = (inputs: readonly MergeInput[]): FindingsByFile => {
  const sorted = [...inputs].sort(byFileName);
  const issues: Issue[] = [];
  const files: string[] = [];
  for (let k = 0; k < sorted.length; ) {
    const file = sorted[k]!.result.file;
    const run: Issue[] = [];
    // Two inputs of one name (never from the command line) share one run, as one file would.
    for (; k < sorted.length && sorted[k]!.result.file === file; k++)
      for (const i of sorted[k]!.result.issues) run.push(i);
    for (const i of run.sort(compareIssues)) {
      issues.push(i);
      files.push(file);
    }
  }
  return { issues, files };
};
