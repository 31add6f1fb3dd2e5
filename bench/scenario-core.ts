import { join } from "node:path";
import type { Measurement } from "./measurement";
import { runMeasured, taskResult } from "./measure-process";
import { TASKS_DIR } from "./paths";
import { profileFlags, type RunContext } from "./run-context";

export interface CoreConfig {
  readonly files: number;
  readonly rows: number;
  /** A second measurement: one sheet this long (the reader's row cap is 100,000). */
  readonly singleGridRows: number;
  readonly budgetMs: number;
}

interface CoreReport {
  readonly files: number;
  readonly rows: number;
  readonly issues: number;
  readonly fixes: number;
  readonly buildMs: number;
  readonly validateMs: number;
  readonly messagesMs: number;
  readonly heapAfterBuildMb: number;
  readonly complete: boolean;
}

const SCENARIO = "3 core";

const measure = async (
  ctx: RunContext,
  name: string,
  label: string,
  files: number,
  rows: number,
  budgetMs: number,
): Promise<Measurement> => {
  const run = await runMeasured(
    [
      ...profileFlags(ctx, label),
      join(TASKS_DIR, "core-validate-task.js"),
      "--seed",
      String(ctx.seed),
      "--files",
      String(files),
      "--rows",
      String(rows),
      "--today",
      ctx.today,
      "--budget-ms",
      String(budgetMs),
    ],
    { budgetMs: budgetMs + 300_000 },
  );
  const r = taskResult<CoreReport>(run);
  const base = { scenario: SCENARIO, name, files, rows: files * rows, peakRssMb: run.peakRssMb, inProcess: true };
  if (r === null || run.exitCode !== 0) {
    const last = run.stderr.trim().split("\n").slice(-2).join(" ⏎ ").slice(0, 300);
    return {
      ...base,
      doneFiles: 0,
      doneRows: 0,
      wallMs: null,
      complete: false,
      note: `FAILED (${run.signal ?? `exit ${run.exitCode}`}): ${last}`,
    };
  }
  const done = r.complete ? {} : { extrapolatedMs: (r.validateMs * files) / Math.max(1, r.files) };
  return {
    ...base,
    doneFiles: r.files,
    doneRows: r.rows,
    wallMs: r.validateMs,
    complete: r.complete,
    ...done,
    note: `validateGrid only, timed in-process (grids built first in ${(r.buildMs / 1000).toFixed(1)} s, ${r.heapAfterBuildMb.toFixed(0)} MB heap); ${r.issues.toLocaleString("en-US")} issues, ${r.fixes.toLocaleString("en-US")} fixes; German messages +${(r.messagesMs / 1000).toFixed(2)} s; process wall ${(run.wallMs / 1000).toFixed(1)} s`,
  };
};

/** Scenario 3: validateGrid alone over grids built in memory: the core's own speed, no I/O. */
export const coreScenario = async (ctx: RunContext, cfg: CoreConfig): Promise<Measurement[]> => {
  ctx.log(
    `Scenario ${SCENARIO}: ${cfg.files} grids × ${cfg.rows} rows in memory, then one grid of ${cfg.singleGridRows} rows`,
  );
  return [
    await measure(
      ctx,
      `validateGrid, ${cfg.files} grids × ${cfg.rows} rows`,
      "core-many",
      cfg.files,
      cfg.rows,
      cfg.budgetMs,
    ),
    await measure(
      ctx,
      `validateGrid, 1 grid × ${cfg.singleGridRows.toLocaleString("en-US")} rows`,
      "core-single",
      1,
      cfg.singleGridRows,
      cfg.budgetMs,
    ),
  ];
};
