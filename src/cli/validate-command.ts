import { buildValidateReport, type PlanConfig } from "../core";
import { EXIT, type ExitCode } from "./cli-error";
import { gatherInputs } from "./gather-inputs";
import type { Output } from "./output";
import type { PoolOptions } from "./read-pool";
import { renderFileText } from "./render-text";

export interface ValidateArgs {
  readonly paths: readonly string[];
  readonly plan: PlanConfig;
  readonly today: string;
  readonly json: boolean;
  readonly verbose: boolean;
  readonly recursive: boolean;
  readonly pool: PoolOptions;
}

/** `validate`: checks each workbook and prints a German report per file (or the merge report's per-file JSON). */
export const runValidate = async (args: ValidateArgs, io: Output): Promise<ExitCode> => {
  const checked = await gatherInputs(
    args.paths,
    { recursive: args.recursive, plan: args.plan, today: args.today, pool: args.pool },
    io,
  );
  const report = buildValidateReport(
    args.plan.id,
    args.today,
    checked.map((c) => c.result),
  );
  const results = report.inputs;
  if (args.json) io.out(JSON.stringify(report, null, 2));
  else io.out(results.map((r) => renderFileText(r, { showInfo: args.verbose })).join("\n\n"));
  if (results.every((r) => r.status === "unreadable")) return EXIT.usage;
  return results.some((r) => r.status !== "ok") ? EXIT.errorsFound : EXIT.ok;
};
