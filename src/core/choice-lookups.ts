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
  /**
   * A closed list: its entries' canonical values (also what a message offers), folded spellings →
   * value, and what the plan calls a value the drop-down does not offer.
   */
  const closed = <T>(
    key: ChoiceKey,
    entries: readonly T[],
    folded: ReadonlyMap<string, T>,
    spelling: (t: T) => string,
  ) => {
    const notAllowed = plan.columns.find((c) => c.key === key)?.notAllowed;
    const values = entries.map(spelling);
    return {
      ...(notAllowed ? { notAllowed } : {}),
      canonical: new Set(values),
      byFolded: mapValues(folded, spelling),
      unknownCode: "cell/enum" as const,
      allowed: values,
    };
  };
  const valueOfChoice = (c: { readonly value: string }) => c.value;
  const nameOf = (c: { readonly name: string }) => c.name;
  const lookups: Record<ChoiceKey, ChoiceLookup> = {
    field: {
      ...closed("field", plan.fields, index.fields, nameOf),
      allowed: plan.fields.map((f) => `${f.code} ${f.name}`),
    },
    leadOffice: { ...closed("leadOffice", plan.offices, index.offices, nameOf), unknownCode: "cell/unknown-office" },
    status: {
      ...closed("status", plan.statuses, index.statuses, valueOfChoice),
      readWithWarning: index.ambiguousStatuses,
    },
    budget: { ...closed("budget", plan.budget, index.budget, valueOfChoice), ambiguous: index.ambiguousBudget },
    // These indexes map a spelling to the value already.
    coverageState: closed("coverageState", plan.coverageStates.map(valueOfChoice), index.coverageStates, String),
    linkedPlan: closed("linkedPlan", plan.linkedPlans.map(valueOfChoice), index.linkedPlans, String),
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
