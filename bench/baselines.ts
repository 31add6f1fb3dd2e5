import { join } from "node:path";
import type { Measurement } from "./measurement";
import { runMeasured, taskResult, type ProcessRun } from "./measure-process";
import { TASKS_DIR } from "./paths";
import { profileFlags, writeList, type RunContext } from "./run-context";

export interface InputSet {
  readonly scenario: string;
  readonly paths: readonly string[];
  readonly rowsPerFile: number;
}

interface TaskReport {
  readonly files: number;
  readonly of: number;
  readonly complete: boolean;
  readonly rows?: number;
  readonly readMs?: number;
  readonly writeMs?: number;
  /** Reader tasks: loading the reader's modules, and the reads alone (in-process). */
  readonly loadMs?: number;
  readonly totalMs: number;
}

export const BASELINE_A = "(a) exceljs load + streaming write";
export const READER_EXCELJS = "(d) exceljs document reader, read only";
export const READER_STREAMING = "(e) streaming reader, read only";
export const READER_FORMER = "(f) former read path: guard + repair + exceljs → grids";

const seconds = (ms: number | undefined): string => (ms === undefined ? "?" : (ms / 1000).toFixed(1));

/** A task's process run as a Measurement; a partial run (budget) is extrapolated linearly in files. */
const toMeasurement = (
  set: InputSet,
  name: string,
  run: ProcessRun,
  report: TaskReport | null,
  note: string,
): Measurement => {
  const files = set.paths.length;
  const doneFiles = report?.files ?? run.progress?.done ?? 0;
  const complete = report?.complete === true && run.exitCode === 0;
  const failed = run.exitCode !== 0 || report === null;
  const why = failed
    ? `FAILED (${run.signal ?? `exit ${run.exitCode}`}${run.timedOut ? ", killed at budget" : ""}): ${run.stderr.trim().split("\n").slice(-1)[0] ?? ""}`
    : "";
  return {
    scenario: set.scenario,
    name,
    files,
    rows: files * set.rowsPerFile,
    doneFiles,
    doneRows: doneFiles * set.rowsPerFile,
    wallMs: run.wallMs,
    peakRssMb: run.peakRssMb,
    complete,
    ...(complete || doneFiles === 0 ? {} : { extrapolatedMs: (run.wallMs * files) / doneFiles }),
    note: [
      why,
      note,
      complete ? "" : `stopped at the time budget after ${doneFiles} files; full time extrapolated linearly`,
    ]
      .filter((s) => s !== "")
      .join("; "),
  };
};

const runTask = async (
  ctx: RunContext,
  _set: InputSet,
  task: string,
  label: string,
  paths: readonly string[],
  extra: readonly string[],
  budgetMs: number,
): Promise<{ run: ProcessRun; report: TaskReport | null }> => {
  const list = writeList(ctx, label, paths);
  // The task stops itself at the budget (so it can say how far it got); the kill is a backstop.
  const run = await runMeasured(
    [...profileFlags(ctx, label), join(TASKS_DIR, task), "--list", list, "--budget-ms", String(budgetMs), ...extra],
    {
      budgetMs: budgetMs + 120_000,
      onProgress: (done, total) => {
        if (done % 100 === 0) ctx.log(`    ${label}: ${done}/${total}`);
      },
    },
  );
  return { run, report: taskResult<TaskReport>(run) };
};

/** Baseline (a): exceljs reads every file whole and streams its rows out; one process. */
export const exceljsBaseline = async (ctx: RunContext, set: InputSet, budgetMs: number): Promise<Measurement> => {
  const label = `${set.scenario}-exceljs`;
  const { run, report } = await runTask(
    ctx,
    set,
    "exceljs-read-write-task.js",
    label,
    set.paths,
    ["--out", join(ctx.dir, `${label}.xlsx`)],
    budgetMs,
  );
  return toMeasurement(
    set,
    BASELINE_A,
    run,
    report,
    `1 process; load ${seconds(report?.readMs)} s, write ${seconds(report?.writeMs)} s`,
  );
};

/**
 * Baseline (a) on both cores: the files split over two processes that run at once, each with its
 * own output. Its wall time is the floor for a merge that parses with two workers; RSS is the sum.
 */
export const exceljsBaselineTwoCores = async (
  ctx: RunContext,
  set: InputSet,
  budgetMs: number,
): Promise<Measurement> => {
  const shards = [0, 1].map((s) => set.paths.filter((_, i) => i % 2 === s));
  const started = Date.now();
  const runs = await Promise.all(
    shards.map((paths, s) =>
      runTask(
        ctx,
        { ...set, paths },
        "exceljs-read-write-task.js",
        `${set.scenario}-exceljs-2p-${s}`,
        paths,
        ["--out", join(ctx.dir, `${set.scenario}-exceljs-2p-${s}.xlsx`)],
        budgetMs,
      ),
    ),
  );
  const wallMs = Date.now() - started;
  const parts = runs.map((r, s) => toMeasurement({ ...set, paths: shards[s]! }, "", r.run, r.report, ""));
  const complete = parts.every((p) => p.complete);
  const doneFiles = parts.reduce((n, p) => n + p.doneFiles, 0);
  const slowest = Math.max(...parts.map((p) => p.extrapolatedMs ?? p.wallMs ?? 0));
  const rss = parts.every((p) => p.peakRssMb !== null) ? parts.reduce((n, p) => n + (p.peakRssMb ?? 0), 0) : null;
  return {
    scenario: set.scenario,
    name: "(a) same, 2 processes in parallel",
    files: set.paths.length,
    rows: set.paths.length * set.rowsPerFile,
    doneFiles,
    doneRows: doneFiles * set.rowsPerFile,
    wallMs,
    peakRssMb: rss,
    complete,
    ...(complete ? {} : { extrapolatedMs: slowest }),
    note: [
      "floor for a 2-worker merge; RSS = sum of both",
      ...parts.map((p) => p.note ?? "").filter((n) => n !== ""),
    ].join("; "),
  };
};

/** Baseline (b): SheetJS parsing the same files (bench-only dependency). */
export const sheetjsBaseline = async (ctx: RunContext, set: InputSet, budgetMs: number): Promise<Measurement> => {
  const { run, report } = await runTask(
    ctx,
    set,
    "sheetjs-read-task.js",
    `${set.scenario}-sheetjs`,
    set.paths,
    [],
    budgetMs,
  );
  return toMeasurement(set, "(b) SheetJS read only", run, report, '1 process; XLSX.read(buf, {type: "buffer"})');
};

/** Baseline (c): inflating every part of every file with fflate: the physical floor of reading. */
export const inflateBaseline = async (ctx: RunContext, set: InputSet, budgetMs: number): Promise<Measurement> => {
  const { run, report } = await runTask(
    ctx,
    set,
    "inflate-task.js",
    `${set.scenario}-inflate`,
    set.paths,
    [],
    budgetMs,
  );
  const r = report as (TaskReport & { zipBytes?: number; xmlBytes?: number }) | null;
  const mb = (n: number | undefined) => (n === undefined ? "?" : (n / 2 ** 20).toFixed(0));
  return toMeasurement(
    set,
    "(c) fflate inflate only",
    run,
    report,
    `1 process; ${mb(r?.zipBytes)} MB zipped → ${mb(r?.xmlBytes)} MB XML`,
  );
};

const READERS = { exceljs: READER_EXCELJS, streaming: READER_STREAMING, former: READER_FORMER } as const;

/**
 * Reading alone (issue 17): one process reads every file into grids (or exceljs' model) and drops
 * them. The note gives the in-process time of the reads without start-up and module loading.
 */
export const readerBaseline = async (
  ctx: RunContext,
  set: InputSet,
  reader: keyof typeof READERS,
  budgetMs: number,
): Promise<Measurement> => {
  const { run, report } = await runTask(
    ctx,
    set,
    "reader-task.js",
    `${set.scenario}-read-${reader}`,
    set.paths,
    ["--reader", reader],
    budgetMs,
  );
  const m = toMeasurement(
    set,
    READERS[reader],
    run,
    report,
    `1 process; modules ${seconds(report?.loadMs)} s, reads ${seconds(report?.readMs)} s in-process`,
  );
  return report?.readMs === undefined ? m : { ...m, readMs: report.readMs };
};
