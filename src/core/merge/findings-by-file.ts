import type { Issue } from "../issue";
import { compareIssues } from "../sort-issues";
import type { MergeInput } from "./merge-types";

/** Every finding of the merged files, sorted by file then position, read by its place in that order. */
export interface FindingsByFile {
  readonly count: number;
  /** The n-th finding (0-based). */
  issue(n: number): Issue;
  /** The file of the n-th finding. */
  file(n: number): string;
}

const byFileName = (a: MergeInput, b: MergeInput): number =>
  a.result.file < b.result.file ? -1 : a.result.file > b.result.file ? 1 : 0;

const inOrder = (issues: readonly Issue[]): boolean => {
  for (let k = 1; k < issues.length; k++) if (compareIssues(issues[k - 1]!, issues[k]!) > 0) return false;
  return true;
};

/** One file's findings in position order. */
interface Run {
  readonly file: string;
  readonly issues: readonly Issue[];
  /** The place of the run's first finding in the whole list. */
  readonly start: number;
}

/**
 * The findings as the Prüfbericht lists them: each file's own list of findings where it is in
 * position order already (validation leaves it so), a sorted copy where not. Two lists of a
 * million entries (the findings and their files) were 16 MB held through a large merge's writing,
 * and a copy of every finding with its file before them twice that.
 */
export const findingsByFile = (inputs: readonly MergeInput[]): FindingsByFile => {
  const sorted = [...inputs].sort(byFileName);
  const runs: Run[] = [];
  let count = 0;
  for (let k = 0; k < sorted.length; ) {
    const file = sorted[k]!.result.file;
    // Two inputs of one name (never from the command line) share one run, as one file would.
    let end = k + 1;
    while (end < sorted.length && sorted[end]!.result.file === file) end++;
    const own = sorted.slice(k, end).map((i) => i.result.issues);
    const issues = own.length === 1 && inOrder(own[0]!) ? own[0]! : own.flat().sort(compareIssues);
    if (issues.length > 0) runs.push({ file, issues, start: count });
    count += issues.length;
    k = end;
  }
  // The sheet asks in order: the run of the last question answers the next one mostly.
  let last = 0;
  const runOf = (n: number): Run => {
    if (n < 0 || n >= count) throw new RangeError(`finding ${n} of ${count}`);
    let at = last;
    if (n < runs[at]!.start || n >= runs[at]!.start + runs[at]!.issues.length) {
      let lo = 0;
      let hi = runs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (runs[mid]!.start <= n) lo = mid;
        else hi = mid - 1;
      }
      at = lo;
    }
    last = at;
    return runs[at]!;
  };
  return {
    count,
    issue: (n) => {
      const run = runOf(n);
      return run.issues[n - run.start]!;
    },
    file: (n) => runOf(n).file,
  };
};
