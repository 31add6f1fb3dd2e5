import type { KeysOfType } from "./columns/catalogue";
import type { ChoiceLookup } from "./normalise/choice";
import type { PlanIndex } from "./plan-index";

const mapValues = <T>(m: ReadonlyMap<string, T>, f: (t: T) => string): Map<string, string> =>
  new Map([...m].map(([k, t]) => [k, f(t)]));

/** Every drop-down column of the catalogue: a new one without a lookup here does not compile. */
export type ChoiceKey = KeysOfType<"enum">;

const cache = new WeakMap<PlanIndex, Readonly<Record<ChoiceKey, ChoiceLookup>>>();

/** The closed lists of a plan as lookups: canonical spellings, synonyms, and what counts as vague. */
export const choiceLookups = (index: PlanIndex): Readonly<Record<ChoiceKey, ChoiceLookup>> => {
  const cached = cache.get(index);
  if (cached) return cached;
  const { plan } = index;
  // What the plan calls a value its drop-down does not offer, per column.
  const says = (key: ChoiceKey) => {
    const notAllowed = plan.columns.find((c) => c.key === key)?.notAllowed;
    return notAllowed ? { notAllowed } : {};
  };
  const lookups: Record<ChoiceKey, ChoiceLookup> = {
    field: {
      ...says("field"),
      canonical: new Set(plan.fields.map((f) => f.name)),
      byFolded: mapValues(index.fields, (f) => f.name),
      unknownCode: "cell/enum",
      allowed: plan.fields.map((f) => `${f.code} ${f.name}`),
    },
    leadOffice: {
      canonical: new Set(plan.offices.map((o) => o.name)),
      byFolded: mapValues(index.offices, (o) => o.name),
      unknownCode: "cell/unknown-office",
      allowed: plan.offices.map((o) => o.name),
    },
    status: {
      ...says("status"),
      canonical: new Set(plan.statuses.map((s) => s.value)),
      byFolded: mapValues(index.statuses, (s) => s.value),
      readWithWarning: index.ambiguousStatuses,
      unknownCode: "cell/enum",
      allowed: plan.statuses.map((s) => s.value),
    },
    budget: {
      ...says("budget"),
      canonical: new Set(plan.budget.map((b) => b.value)),
      byFolded: mapValues(index.budget, (b) => b.value),
      ambiguous: index.ambiguousBudget,
      unknownCode: "cell/enum",
      allowed: plan.budget.map((b) => b.value),
    },
    coverageState: {
      ...says("coverageState"),
      canonical: new Set(plan.coverageStates.map((c) => c.value)),
      byFolded: new Map(index.coverageStates),
      unknownCode: "cell/enum",
      allowed: plan.coverageStates.map((c) => c.value),
    },
    linkedPlan: {
      ...says("linkedPlan"),
      canonical: new Set(plan.linkedPlans.map((c) => c.value)),
      byFolded: new Map(index.linkedPlans),
      unknownCode: "cell/enum",
      allowed: plan.linkedPlans.map((c) => c.value),
    },
  };
  cache.set(index, lookups);
  return lookups;
};

const officeCache = new WeakMap<PlanIndex, ReadonlyMap<string, string>>();

/** Office spellings → canonical name, for list cells such as "beteiligt" (built once per plan: it runs per cell). */
export const officeNames = (index: PlanIndex): ReadonlyMap<string, string> => {
  let names = officeCache.get(index);
  if (!names) officeCache.set(index, (names = mapValues(index.offices, (o) => o.name)));
  return names;
};
