import { join } from "node:path";
import type { InputSet } from "./baselines";
import { ensureWorkbookSet } from "./generate-workbooks";
import type { Measurement } from "./measurement";
import { runMergeCli } from "./merge-cli";
import { interleavedMediansOf } from "./repeat";
import type { RunContext } from "./run-context";

export interface RegisterConfig {
  readonly files: number;
  readonly rows: number;
  readonly rounds: number;
  readonly repeat: number;
}

const SCENARIO = "5 register";
const BUDGET_MS = 300_000;
/** The measurement every ratio of this scenario is taken against. */
export const REGISTER_BASELINE = "merge without --previous";

/**
 * Scenario 5 (issue 15): the merge of one round's files, with a register of several earlier rounds
 * (--previous) against the same merge without one. The register is built by merging the same files
 * round after round, each merge reading the one before, as a coordinator does over five years.
 */
export const registerScenario = async (ctx: RunContext, cfg: RegisterConfig): Promise<Measurement[]> => {
  ctx.log(`Scenario ${SCENARIO}: ${cfg.files} files × ${cfg.rows} rows, register of ${cfg.rounds} rounds`);
  const ws = await ensureWorkbookSet(
    { scenario: "register", seed: ctx.seed, files: cfg.files, rows: cfg.rows, idParts: 3 },
    ctx.log,
  );
  const set: InputSet = { scenario: SCENARIO, paths: ws.paths, rowsPerFile: cfg.rows };
  // Each round merges under its own date, so each is a round of its own in the history.
  let previous: string | null = null;
  for (let round = 0; round < cfg.rounds; round++) {
    const label = `register-round-${round + 1}`;
    const run = await runMergeCli(ctx, set, {
      inputs: [ws.dir],
      budgetMs: BUDGET_MS,
      label,
      today: `${2022 + round}-06-30`,
      extra: previous ? ["--previous", previous] : [],
    });
    if (!run.complete) throw new Error(`building the register failed in round ${round + 1}: ${run.note}`);
    previous = join(ctx.dir, `${label}.xlsx`);
  }
  ctx.log(`  register of ${cfg.rounds} rounds built: ${previous}`);
  const today = `${2022 + cfg.rounds}-06-30`;
  // Without and with the register in turn, so a change in the machine's load hits both alike.
  const results = await interleavedMediansOf(cfg.repeat, [
    () =>
      runMergeCli(ctx, set, {
        inputs: [ws.dir],
        budgetMs: BUDGET_MS,
        label: "register-without",
        name: REGISTER_BASELINE,
        today,
      }),
    () =>
      runMergeCli(ctx, set, {
        inputs: [ws.dir],
        budgetMs: BUDGET_MS,
        label: "register-with",
        name: `merge with --previous (register of ${cfg.rounds} rounds)`,
        today,
        extra: ["--previous", previous!],
      }),
  ]);
  return results;
};
