import { join } from "node:path";
import type { InputSet } from "./baselines";
import type { Measurement } from "./measurement";
import { runMeasured, taskResult } from "./measure-process";
import { TASKS_DIR } from "./paths";
import { profileFlags, writeList, type RunContext } from "./run-context";

interface WriteReport {
  readonly files: number;
  readonly rows: number;
  readonly measures: number;
  readonly writeMs: number;
  readonly heapMb: number;
}

const NAMES = {
  document: "write only: document writer, tables",
  stream: "write only: streaming writer, autofilter",
  "stream-exceljs-rows": "write only: streaming writer, rows through exceljs' row objects",
} as const;

/**
 * The consolidated workbook's writer alone, timed in-process after reading and consolidating the
 * same inputs: shows what the merge's write phase costs with either writer. Peak RSS is the
 * whole process's (the inputs are in memory too).
 */
export const writeOnly = async (
  ctx: RunContext,
  set: InputSet,
  mode: keyof typeof NAMES,
  budgetMs: number,
): Promise<Measurement> => {
  const label = `${set.scenario}-write-${mode}`;
  const list = writeList(ctx, label, set.paths);
  const run = await runMeasured(
    [
      ...profileFlags(ctx, label),
      join(TASKS_DIR, "write-consolidated-task.js"),
      "--list",
      list,
      "--mode",
      mode,
      "--out-dir",
      ctx.dir,
      "--today",
      ctx.today,
    ],
    { budgetMs },
  );
  const r = taskResult<WriteReport>(run);
  const base = {
    scenario: set.scenario,
    name: NAMES[mode],
    files: set.paths.length,
    rows: set.paths.length * set.rowsPerFile,
    peakRssMb: run.peakRssMb,
    inProcess: true,
  };
  if (r === null || run.exitCode !== 0)
    return {
      ...base,
      doneFiles: 0,
      doneRows: 0,
      wallMs: null,
      complete: false,
      note: `FAILED (${run.signal ?? `exit ${run.exitCode}`}): ${run.stderr.trim().split("\n").slice(-1)[0] ?? ""}`,
    };
  return {
    ...base,
    doneFiles: r.files,
    doneRows: r.rows,
    wallMs: r.writeMs,
    complete: true,
    note: `${r.measures.toLocaleString("en-US")} measures; timed in-process after reading (process wall ${(run.wallMs / 1000).toFixed(1)} s, heap after ${r.heapMb.toFixed(0)} MB)`,
  };
};
