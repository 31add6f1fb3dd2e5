import type { PlanConfig } from "./plan-config";

/** A new measure ID in the plan's own form, from the field's code and the goal's and measure's numbers. */
export const makeMeasureId = (plan: PlanConfig, field: string, goal: number, measure: number): string => {
  const parts: Readonly<Record<string, string>> = { field, goal: String(goal), measure: String(measure) };
  return plan.measureIds.template.replace(/\{(field|goal|measure)(?::(\d))?\}/g, (_m, name: string, pad?: string) =>
    (parts[name] ?? "").padStart(pad ? Number(pad) : 0, "0"),
  );
};
