import type { ColumnKey } from "./columns/catalogue";
import { foldKey } from "./fold";
import type { IdForm } from "./normalise/measure-id";
import type { BudgetCategory, FieldOfAction, Office, PlanConfig, Status } from "./plan-config";

/**
 * Lookup tables from folded spellings to canonical entries, built once per plan.
 * Maps (not objects) so that a header or value like "__proto__" is just a key.
 */
export interface PlanIndex {
  readonly plan: PlanConfig;
  readonly headers: ReadonlyMap<string, ColumnKey>;
  readonly fields: ReadonlyMap<string, FieldOfAction>;
  readonly offices: ReadonlyMap<string, Office>;
  readonly statuses: ReadonlyMap<string, Status>;
  readonly budget: ReadonlyMap<string, BudgetCategory>;
  readonly ambiguousBudget: ReadonlySet<string>;
  /** Folded status spellings the plan marks ambiguous: read as their status, with a warning. */
  readonly ambiguousStatuses: ReadonlySet<string>;
  readonly coverageStates: ReadonlyMap<string, string>;
  /** Folded Deckungsvorschlag answers that name no proposal ("ja", "x", "liegt vor"). */
  readonly unnamedCoverage: ReadonlySet<string>;
  readonly linkedPlans: ReadonlyMap<string, string>;
  readonly fieldByName: ReadonlyMap<string, FieldOfAction>;
  readonly statusByValue: ReadonlyMap<string, Status>;
  readonly budgetByValue: ReadonlyMap<string, BudgetCategory>;
  /** How the plan's IDs look, with the ID column's label for messages. */
  readonly ids: IdForm;
  /** The field of action's code an ID starts with, or null (no such part, or the plan's IDs have none). */
  readonly idFieldCode: (id: string) => string | null;
}

const indexBy = <T>(items: readonly T[], spellings: (item: T) => readonly string[]): Map<string, T> => {
  const map = new Map<string, T>();
  for (const item of items) {
    for (const s of spellings(item)) {
      const key = foldKey(s);
      // First definition wins, so a synonym can never shadow another entry's own name.
      if (key !== "" && !map.has(key)) map.set(key, item);
    }
  }
  return map;
};

const cache = new WeakMap<PlanConfig, PlanIndex>();

export const planIndex = (plan: PlanConfig): PlanIndex => {
  const cached = cache.get(plan);
  if (cached) return cached;
  const headerEntries = indexBy(plan.columns, (c) => [c.label, c.key, ...c.synonyms]);
  const fieldCode = plan.measureIds.fieldCode === null ? null : new RegExp(plan.measureIds.fieldCode);
  const index: PlanIndex = {
    plan,
    ids: {
      pattern: new RegExp(plan.measureIds.pattern),
      label: plan.columns.find((c) => c.key === "measureId")?.label ?? "measureId",
      form: plan.measureIds.form,
      example: plan.measureIds.example,
    },
    idFieldCode: (id) => (fieldCode === null ? null : (fieldCode.exec(id)?.[1] ?? null)),
    headers: new Map([...headerEntries].map(([k, c]) => [k, c.key])),
    fields: indexBy(plan.fields, (f) => [f.name, f.code, ...f.synonyms]),
    offices: indexBy(plan.offices, (o) => [o.name, o.code, ...o.synonyms]),
    statuses: indexBy(plan.statuses, (s) => [s.value, s.label, ...s.synonyms, ...s.ambiguousSynonyms]),
    ambiguousStatuses: new Set(plan.statuses.flatMap((s) => s.ambiguousSynonyms.map(foldKey))),
    budget: indexBy(plan.budget, (b) => [b.value, b.label, ...b.synonyms]),
    ambiguousBudget: new Set(plan.ambiguousBudget.map(foldKey)),
    coverageStates: new Map(
      [...indexBy(plan.coverageStates, (c) => [c.value, c.label, ...c.synonyms])].map(([k, c]) => [k, c.value]),
    ),
    unnamedCoverage: new Set(plan.unnamedCoverageProposals.map(foldKey)),
    linkedPlans: new Map(
      [...indexBy(plan.linkedPlans, (c) => [c.value, c.label, ...c.synonyms])].map(([k, c]) => [k, c.value]),
    ),
    fieldByName: new Map(plan.fields.map((f) => [f.name, f])),
    statusByValue: new Map(plan.statuses.map((s) => [s.value, s])),
    budgetByValue: new Map(plan.budget.map((b) => [b.value, b])),
  };
  cache.set(plan, index);
  return index;
};
