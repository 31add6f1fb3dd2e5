import { join } from "node:path";
import type { InputSet } from "./baselines";
import type { Measurement } from "./measurement";
import { runMeasured, type ProcessRun } from "./measure-process";
import { CLI, REPO_ROOT } from "./paths";
import { profileFlags, type RunContext } from "./run-context";

/** The merge's own summary line on stderr (merge-command.ts), the source of the rows it read. */
/** The merge's summary line; counts are German ("1.000 Dateien", "1 Datei"). */
const SUMMARY = /([\d.]+) Dateie?n? gelesen \(([\d.]+) nicht lesbar\), ([\d.]+) Zeilen?/;
const count = (s: string): number => Number(s.replace(/\./g, ""));

export interface MergeRunOptions {
  /** The arguments naming the inputs: the folder when it holds exactly the set, else the files. */
  readonly inputs: readonly string[];
  readonly budgetMs: number;
  readonly label: string;
  readonly name?: string;
  /** More arguments (e.g. `--previous register.xlsx`). */
  readonly extra?: readonly string[];
  /** Overrides the run's --today. */
  readonly today?: string;
}

const sec = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const peakBy = (mb: number | null): string => (mb === null ? "" : ` (peak RSS ${mb.toFixed(0)} MB)`);

/**
 * The time after reading as the merge's own step lines divide it: the consolidation (until the first
 * sheet), then the three longest sheets (each until the next step; the last one until the process ends).
 */
const afterReading = (steps: ProcessRun["steps"], endMs: number): string => {
  const first = steps.findIndex((s) => s.sheet !== null);
  if (steps.length === 0 || steps[0]!.sheet !== null || first < 0) return "";
  const sheets = steps
    .slice(first)
    .map((s, i, all) => ({ sheet: s.sheet!, ms: (all[i + 1]?.atMs ?? endMs) - s.atMs }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  return `; of that, consolidate ${sec(steps[first]!.atMs - steps[0]!.atMs)}${peakBy(steps[first]!.peakRssMb)}, longest sheets ${sheets.map((s) => `${s.sheet} ${sec(s.ms)}`).join(", ")}`;
};

/**
 * Runs `node bin/aktionsplan.js merge … --out … --today …` as a user would and measures it from
 * outside. The CLI prints "[i/N] file" per file read when stderr is not a terminal: the time of the
 * last one splits the run into reading + validating (workers) and consolidating + writing (main).
 */
export const runMergeCli = async (ctx: RunContext, set: InputSet, options: MergeRunOptions): Promise<Measurement> => {
  const out = join(ctx.dir, `${options.label}.xlsx`);
  const files = set.paths.length;
  const run = await runMeasured(
    [
      ...profileFlags(ctx, options.label),
      CLI,
      "merge",
      ...options.inputs,
      "--out",
      out,
      "--today",
      options.today ?? ctx.today,
      ...(options.extra ?? []),
    ],
    {
      cwd: REPO_ROOT,
      budgetMs: options.budgetMs,
      onProgress: (done, total, atMs) => {
        if (done % 100 === 0) ctx.log(`    merge: ${done}/${total} files read after ${(atMs / 1000).toFixed(0)} s`);
      },
    },
  );
  const summary = SUMMARY.exec(run.stderr);
  // Exit 1 is the normal outcome here: the synthetic files carry planted errors.
  const ran = run.exitCode === 0 || run.exitCode === 1;
  const readFiles = run.progress?.done ?? 0;
  const readMs = run.progress?.atMs ?? null;
  const readPeak = run.progress?.peakRssMb ?? null;
  const base = {
    scenario: set.scenario,
    name: options.name ?? "merge (CLI, default 2 workers)",
    files,
    rows: files * set.rowsPerFile,
    peakRssMb: run.peakRssMb,
    wallMs: run.wallMs,
  };
  if (ran && summary) {
    const phases =
      readMs === null
        ? ""
        : `read + validate ${(readMs / 1000).toFixed(1)} s${peakBy(readPeak)}, consolidate + write ${((run.wallMs - readMs) / 1000).toFixed(1)} s${peakBy(run.peakRssMb)}${afterReading(run.steps, run.wallMs)}`;
    return { ...base, doneFiles: count(summary[1]!), doneRows: count(summary[3]!), complete: true, note: phases };
  }
  const last = run.stderr
    .trim()
    .split("\n")
    .filter((l) => !/^\[\d+\/\d+\]/.test(l))
    .slice(-3)
    .join(" ⏎ ")
    .slice(0, 300);
  const how = run.timedOut
    ? `killed at the ${(options.budgetMs / 1000).toFixed(0)} s budget`
    : `FAILED (${run.signal ?? `exit ${run.exitCode}`}): ${last}`;
  // Only the reading phase can be extrapolated from progress, and a process stopped while it was still
  // consolidating or writing took at least as long as it ran: the estimate is the larger of the two, a
  // lower bound either way (a run killed after reading all files once printed its reading time as the whole).
  const readEstimate = readFiles > 0 && readMs !== null ? (readMs * files) / readFiles : null;
  const extrapolated = readEstimate === null ? {} : { extrapolatedMs: Math.max(readEstimate, run.wallMs) };
  return {
    ...base,
    doneFiles: readFiles,
    doneRows: readFiles * set.rowsPerFile,
    complete: false,
    ...extrapolated,
    note: `${how}; ${readFiles}/${files} files read after ${((readMs ?? 0) / 1000).toFixed(0)} s${peakBy(readPeak)}${readEstimate === null ? "" : "; the estimate is a lower bound (reading extrapolated, or the time it ran): consolidating + writing are not in it"}`,
  };
};
