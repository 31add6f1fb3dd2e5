import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlanConfigText, type PlanConfig } from "../../src/core";

/** The folder of the bundled plan configurations: every test over "all plans" reads it, so a new plan is tested too. */
export const PLANS_DIR = join(__dirname, "../../src/core/plans");

export const bundledPlanFiles = (): string[] =>
  readdirSync(PLANS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();

export const loadBundledPlan = (file: string): PlanConfig => {
  const parsed = parsePlanConfigText(readFileSync(join(PLANS_DIR, file), "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors)}`);
  return parsed.plan;
};
