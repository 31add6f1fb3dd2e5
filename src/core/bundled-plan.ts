import integration from "./plans/integration-2022-2026.json";
import { PlanConfig } from "./plan-config";

let parsed: PlanConfig | undefined;

/**
 * The bundled "Aktionsplan Integration 2022 bis 2026", parsed on first use so defaults are applied
 * like for any file. Not at load: a read worker gets the run's plan from the main thread and only
 * names the bundled plan's words in a message, so parsing it cost every worker a zod pass at start.
 */
export const bundledPlan = (): PlanConfig => {
  parsed ??= PlanConfig.parse(integration);
  return parsed;
};
