import { businessAreaOf, NO_FIELD, NO_OFFICE } from "../merge/overview";
import type { PlanConfig } from "../plan-config";
import type { MoneyValues } from "./money-values";

/** Sums of one group: planned and spent euros, and how many measures name an amount. */
export interface MoneyTotal {
  readonly group: string;
  readonly planned: number;
  readonly spent: number;
  /** Measures with a planned or a spent amount. */
  readonly measures: number;
}

export interface MoneyTotals {
  readonly byField: readonly MoneyTotal[];
  readonly byOffice: readonly MoneyTotal[];
  readonly byBusinessArea: readonly MoneyTotal[];
  readonly overall: MoneyTotal;
}

export interface MoneyRow {
  readonly field: string | null;
  readonly leadOffice: string | null;
  readonly money: MoneyValues;
}

const sum = (group: string, rows: readonly MoneyRow[]): MoneyTotal => ({
  group,
  planned: rows.reduce((n, r) => n + (r.money.planned ?? 0), 0),
  spent: rows.reduce((n, r) => n + (r.money.spent ?? 0), 0),
  measures: rows.filter((r) => r.money.planned !== null || r.money.spent !== null).length,
});

/** Groups in the plan's order (fields, offices), then any the plan does not know, by name. */
const grouped = (rows: readonly MoneyRow[], keyOf: (r: MoneyRow) => string, order: readonly string[]) => {
  const groups = new Map<string, MoneyRow[]>();
  for (const r of rows) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
  const rank = (g: string) => (order.includes(g) ? order.indexOf(g) : order.length);
  return [...groups.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, "de"))
    .map((g) => sum(g, groups.get(g)!));
};

/** Planned and spent money per field of action, lead office and Geschäftsbereich, and overall. */
export const moneyTotals = (plan: PlanConfig, rows: readonly MoneyRow[]): MoneyTotals => ({
  byField: grouped(
    rows,
    (r) => r.field ?? NO_FIELD,
    plan.fields.map((f) => f.name),
  ),
  byOffice: grouped(
    rows,
    (r) => r.leadOffice ?? NO_OFFICE,
    plan.offices.map((o) => o.name),
  ),
  byBusinessArea: grouped(rows, (r) => businessAreaOf(plan, r.leadOffice), [
    ...new Set(plan.offices.flatMap((o) => (o.businessArea ? [o.businessArea] : []))),
  ]),
  overall: sum("Gesamt", rows),
});
