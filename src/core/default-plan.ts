import { bundledPlan } from "./bundled-plan";
import type { PlanConfig } from "./plan-config";

/** The bundled plan, parsed where this is loaded (the task pane, tests); the command line asks `bundledPlan()` when it needs it. */
export const DEFAULT_PLAN: PlanConfig = bundledPlan();
