import { readdirSync } from "node:fs";
import {
  exceljsBaseline,
  exceljsBaselineTwoCores,
  inflateBaseline,
  readerBaseline,
  sheetjsBaseline,
  type InputSet,
} from "./baselines";
import { ensureWorkbookSet } from "./generate-workbooks";
import type { Measurement } from "./measurement";
import { runMergeCli } from "./merge-cli";
import { interleavedRunsOf, medianOfRuns, pairRatios } from "./repeat";
import type { RunContext } from "./run-context";

export interface LargeConfig {
  readonly files: number;
  readonly rows: number;
  /** Per measured process; past it the process stops (or is killed) and the rest is extrapolated. */
  readonly budgetMs: number;
  /** Rounds of the two readers alone, run in turn. */
  readonly readRepeat: number;
}

const SCENARIO = "2 large";

/**
 * Scenario 2: a state-wide rollout (default 1,000 files × 1,000 rows = 1 million rows). Each
 * measurement runs once, under a time budget; what does not finish is reported as far as it got.
 */
export const largeScenario = async (ctx: RunContext, cfg: LargeConfig): Promise<Measurement[]> => {
  ctx.log(
    `Scenario ${SCENARIO}: ${cfg.files} files × ${cfg.rows} rows = ${(cfg.files * cfg.rows).toLocaleString("en-US")} rows; budget ${cfg.budgetMs / 1000} s per process`,
  );
  const ws = await ensureWorkbookSet(
    { scenario: "large", seed: ctx.seed, files: cfg.files, rows: cfg.rows, idParts: 4 },
    ctx.log,
  );
  const set: InputSet = { scenario: SCENARIO, paths: ws.paths, rowsPerFile: cfg.rows };
  // The folder when it holds exactly this set (as a coordinator would run it), else the files by name.
  const inFolder = readdirSync(ws.dir).filter((f) => f.endsWith(".xlsx")).length;
  const inputs = inFolder === cfg.files ? [ws.dir] : ws.paths;
  const results: Measurement[] = [];
  ctx.log("  merge (CLI) …");
  results.push(await runMergeCli(ctx, set, { inputs, budgetMs: cfg.budgetMs, label: "large-merge" }));
  ctx.log("  baseline (a) …");
  results.push(await exceljsBaseline(ctx, set, cfg.budgetMs));
  ctx.log("  baseline (a), 2 processes …");
  results.push(await exceljsBaselineTwoCores(ctx, set, cfg.budgetMs));
  ctx.log("  baseline (b) …");
  results.push(await sheetjsBaseline(ctx, set, cfg.budgetMs));
  ctx.log("  baseline (c) …");
  results.push(await inflateBaseline(ctx, set, cfg.budgetMs));
  // The readers alone run in turn, several rounds at up to 200 files: one run each, minutes apart,
  // measured this machine's drift (our reader read the same 200 files in 3.1 s in one run, 3.9 s in another).
  ctx.log(`  readers alone (${cfg.readRepeat} round${cfg.readRepeat === 1 ? "" : "s"}) …`);
  const [exceljs, ours] = await interleavedRunsOf(
    cfg.readRepeat,
    (["exceljs", "streaming"] as const).map((reader) => () => readerBaseline(ctx, set, reader, cfg.budgetMs)),
  );
  const byRound = pairRatios(exceljs!, ours!, (m) => m.readMs);
  const streaming = medianOfRuns(ours!);
  results.push(
    medianOfRuns(exceljs!),
    byRound === null || cfg.readRepeat === 1
      ? streaming
      : { ...streaming, note: [streaming.note, `reads alone round by round ${byRound}`].filter(Boolean).join("; ") },
  );
  return results;
};
