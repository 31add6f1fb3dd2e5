import { exceljsBaseline, inflateBaseline, readerBaseline, sheetjsBaseline, type InputSet } from "./baselines";
import { ensureWorkbookSet } from "./generate-workbooks";
import type { Measurement } from "./measurement";
import { runMergeCli } from "./merge-cli";
import { medianOf } from "./repeat";
import { writeOnly } from "./write-only";
import type { RunContext } from "./run-context";

export interface CityConfig {
  readonly files: number;
  readonly rows: number;
  readonly repeat: number;
}

const SCENARIO = "1 city";
/** Generous: the target is 2 s, a budget only guards against a hang. */
const BUDGET_MS = 300_000;

/** Scenario 1: a city's reporting round (60 offices × 200 rows), the full merge as the coordinator runs it. */
export const cityScenario = async (ctx: RunContext, cfg: CityConfig): Promise<Measurement[]> => {
  ctx.log(`Scenario ${SCENARIO}: ${cfg.files} files × ${cfg.rows} rows`);
  const ws = await ensureWorkbookSet(
    { scenario: "city", seed: ctx.seed, files: cfg.files, rows: cfg.rows, idParts: 3 },
    ctx.log,
  );
  const set: InputSet = { scenario: SCENARIO, paths: ws.paths, rowsPerFile: cfg.rows };
  const results: Measurement[] = [];
  results.push(
    await medianOf(cfg.repeat, () =>
      runMergeCli(ctx, set, { inputs: [ws.dir], budgetMs: BUDGET_MS, label: "city-merge" }),
    ),
  );
  ctx.log(`  merge done`);
  results.push(await medianOf(cfg.repeat, () => exceljsBaseline(ctx, set, BUDGET_MS)));
  results.push(await medianOf(cfg.repeat, () => sheetjsBaseline(ctx, set, BUDGET_MS)));
  results.push(await medianOf(cfg.repeat, () => inflateBaseline(ctx, set, BUDGET_MS)));
  for (const reader of ["exceljs", "streaming", "former"] as const)
    results.push(await medianOf(cfg.repeat, () => readerBaseline(ctx, set, reader, BUDGET_MS)));
  ctx.log(`  baselines done`);
  results.push(await medianOf(cfg.repeat, () => writeOnly(ctx, set, "document", BUDGET_MS)));
  results.push(await medianOf(cfg.repeat, () => writeOnly(ctx, set, "stream", BUDGET_MS)));
  results.push(await medianOf(cfg.repeat, () => writeOnly(ctx, set, "stream-exceljs-rows", BUDGET_MS)));
  ctx.log(`  writers done`);
  return results;
};
