import type { ColumnKey } from "./columns/catalogue";
import type { PlanConfig } from "./plan-config";

/** The German label the plan gives each of its columns; a column the plan lacks has none. */
export type ColumnLabels = Readonly<Partial<Record<ColumnKey, string>>>;

export const columnLabels = (plan: PlanConfig): ColumnLabels =>
  Object.fromEntries(plan.columns.map((c) => [c.key, c.label])) as ColumnLabels;

/**
 * Whether the plan asks for Deckungsvorschläge at all: only a plan with the column can name one.
 * Without it there is no rule, no list, no figure and no report section about them.
 */
export const asksForCoverage = (plan: PlanConfig): boolean => plan.columns.some((c) => c.key === "coverageProposal");
