import integration from "./plans/integration-2022-2026.json";
import { PlanConfig } from "./plan-config";

/** The bundled "Aktionsplan Integration 2022 bis 2026"; parsed once so defaults are applied like for any file. */
export const DEFAULT_PLAN: PlanConfig = PlanConfig.parse(integration);
