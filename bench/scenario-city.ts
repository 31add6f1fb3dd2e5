import { exceljsBaseline, inflateBaseline, readerBaseline, sheetjsBaseline, type InputSet } from "./baselines";
import { ensureWorkbookSet } from "./generate-workbooks";
import type { Measurement } from "./measurement";
import { runMergeCli } from "./merge-cli";
import { interleavedRunsOf, medianOf, medianOfRuns, pairRatios } from "./repeat";
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
  // The merge, the two baselines its targets divide by and our reader run in turn, round by round: on a shared
  // machine three merges first and three baselines minutes later measured the load's drift as much
  // as the merge (the city ratio moved from 1.53× to 2.11× in three runs of one build).
  const [merges, loads, reads, ours] = await interleavedRunsOf(cfg.repeat, [
    () => runMergeCli(ctx, set, { inputs: [ws.dir], budgetMs: BUDGET_MS, label: "city-merge" }),
    () => exceljsBaseline(ctx, set, BUDGET_MS),
    () => readerBaseline(ctx, set, "exceljs", BUDGET_MS),
    () => readerBaseline(ctx, set, "streaming", BUDGET_MS),
  ]);
  const merge = medianOfRuns(merges!);
  const byRound = [
    ["÷ (a)", pairRatios(merges!, loads!)],
    ["÷ (d)", pairRatios(merges!, reads!)],
  ].flatMap(([what, r]) => (r === null ? [] : [`${what} round by round ${r}`]));
  const results: Measurement[] = [
    byRound.length === 0 ? merge : { ...merge, note: [merge.note, ...byRound].filter(Boolean).join("; ") },
    medianOfRuns(loads!),
  ];
  ctx.log(`  merge, baselines (a), (d) and (e) done`);
  results.push(await medianOf(cfg.repeat, () => sheetjsBaseline(ctx, set, BUDGET_MS)));
  results.push(await medianOf(cfg.repeat, () => inflateBaseline(ctx, set, BUDGET_MS)));
  const streaming = medianOfRuns(ours!);
  const readsByRound = pairRatios(reads!, ours!, (m) => m.readMs);
  results.push(
    medianOfRuns(reads!),
    readsByRound === null
      ? streaming
      : {
          ...streaming,
          note: [streaming.note, `reads alone round by round ${readsByRound}`].filter(Boolean).join("; "),
        },
  );
  results.push(await medianOf(cfg.repeat, () => readerBaseline(ctx, set, "former", BUDGET_MS)));
  ctx.log(`  baselines done`);
  results.push(await medianOf(cfg.repeat, () => writeOnly(ctx, set, "document", BUDGET_MS)));
  results.push(await medianOf(cfg.repeat, () => writeOnly(ctx, set, "stream", BUDGET_MS)));
  results.push(await medianOf(cfg.repeat, () => writeOnly(ctx, set, "stream-exceljs-rows", BUDGET_MS)));
  ctx.log(`  writers done`);
  return results;
};
