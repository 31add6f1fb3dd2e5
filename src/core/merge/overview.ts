import { compareText } from "../compare";
import type { MeasureRow } from "../measure-row";
import type { PlanConfig, StatusCategory } from "../plan-config";

/** The label of the status category of a measure in the master plan that nobody reported. */
export const NO_REPORT = "keine Meldung";
export const NO_FIELD = "(ohne Handlungsfeld)";
export const NO_OFFICE = "(ohne Federführung)";
export const NO_AREA = "(ohne Geschäftsbereich)";

/** A measure of the population the figures count: reported, or in the master plan and not reported. */
export interface CountedMeasure {
  readonly row: MeasureRow;
  readonly reported: boolean;
}

export interface Tally {
  /** All measures, dropped and unreported ones included. */
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  /** Reported measures without a (valid) status. */
  readonly noStatus: number;
  /** Measures of the master plan that nobody reported ("keine Meldung"). */
  readonly unreported: number;
  readonly done: number;
  readonly ongoing: number;
  readonly dropped: number;
  /** Reported measures past their end and not done, dropped or ongoing. */
  readonly overdue: number;
  /** done / (total − dropped); null when nothing counts. Unreported measures stay in the denominator. */
  readonly shareDone: number | null;
  /** Mean progress in percent over reported measures not dropped that give one (done without a value counts 100). */
  readonly meanProgress: number | null;
}

export interface Overview {
  readonly overall: Tally;
  readonly byField: readonly { readonly field: string; readonly tally: Tally }[];
  readonly byOffice: readonly { readonly office: string; readonly tally: Tally }[];
  readonly byBusinessArea: readonly { readonly area: string; readonly tally: Tally }[];
}

const round = (n: number): number => Math.round(n * 10000) / 10000;

/** A tally being counted: the figures of `Tally` before the shares are taken. */
interface Counter {
  total: number;
  readonly byStatus: Record<string, number>;
  noStatus: number;
  unreported: number;
  done: number;
  ongoing: number;
  dropped: number;
  overdue: number;
  progressSum: number;
  progressCount: number;
}

/** What one measure adds to every tally it belongs to, worked out once, not once per tally. */
interface Contribution {
  readonly reported: boolean;
  /** The status to count under byStatus; null for none or one the plan does not know. */
  readonly status: string | null;
  readonly category: StatusCategory | undefined;
  readonly overdue: boolean;
  readonly progress: number | null;
}

const newCounter = (plan: PlanConfig): Counter => ({
  total: 0,
  byStatus: Object.fromEntries(plan.statuses.map((s) => [s.value, 0])),
  noStatus: 0,
  unreported: 0,
  done: 0,
  ongoing: 0,
  dropped: 0,
  overdue: 0,
  progressSum: 0,
  progressCount: 0,
});

const contributionOf = (
  { row: r, reported }: CountedMeasure,
  category: ReadonlyMap<string, StatusCategory>,
  isOverdue: (r: MeasureRow) => boolean,
): Contribution => {
  // Nobody said anything about it: no status, no progress, not overdue — its own category.
  if (!reported) return { reported, status: null, category: undefined, overdue: false, progress: null };
  const cat = r.status === null ? undefined : category.get(r.status);
  if (cat === "dropped") return { reported, status: r.status, category: cat, overdue: false, progress: null };
  return {
    reported,
    status: cat === undefined ? null : r.status,
    category: cat,
    overdue: isOverdue(r),
    progress: r.progress ?? (cat === "done" ? 100 : null),
  };
};

const add = (t: Counter, c: Contribution): void => {
  t.total++;
  if (!c.reported) {
    t.unreported++;
    return;
  }
  if (c.status === null) t.noStatus++;
  else t.byStatus[c.status] = (t.byStatus[c.status] ?? 0) + 1;
  if (c.category === "done") t.done++;
  else if (c.category === "ongoing") t.ongoing++;
  else if (c.category === "dropped") {
    t.dropped++;
    return;
  }
  if (c.overdue) t.overdue++;
  if (c.progress !== null) {
    t.progressSum += c.progress;
    t.progressCount++;
  }
};

const finish = ({ progressSum, progressCount, ...t }: Counter): Tally => {
  const counted = t.total - t.dropped;
  return {
    total: t.total,
    byStatus: t.byStatus,
    noStatus: t.noStatus,
    unreported: t.unreported,
    done: t.done,
    ongoing: t.ongoing,
    dropped: t.dropped,
    overdue: t.overdue,
    shareDone: counted > 0 ? round(t.done / counted) : null,
    meanProgress: progressCount > 0 ? round(progressSum / progressCount) : null,
  };
};

const statusCategories = (plan: PlanConfig): Map<string, StatusCategory> =>
  new Map(plan.statuses.map((s) => [s.value, s.category]));

/** The Geschäftsbereich of a lead office from the plan configuration. */
export const businessAreaOf = (plan: PlanConfig, office: string | null): string =>
  (office === null ? undefined : plan.offices.find((o) => o.name === office)?.businessArea) ?? NO_AREA;

/** `businessAreaOf` for many rows: the plan's offices looked up in a map, not searched per row. */
export const businessAreas = (plan: PlanConfig): ((office: string | null) => string) => {
  const areas = new Map<string, string | undefined>();
  // The first office of a name wins, as `find` has it, even when it names no Geschäftsbereich.
  for (const o of plan.offices) if (!areas.has(o.name)) areas.set(o.name, o.businessArea);
  return (office) => (office === null ? undefined : areas.get(office)) ?? NO_AREA;
};

/** The counter of `key`, made on first use: groups keep the order their keys were first seen. */
const counterOf = (groups: Map<string, Counter>, key: string, plan: PlanConfig): Counter => {
  let t = groups.get(key);
  if (t === undefined) {
    t = newCounter(plan);
    groups.set(key, t);
  }
  return t;
};

/**
 * Counts per field of action (plan order, then unknown), per lead office and per Geschäftsbereich
 * (name order), over the measures given: with a master plan, all of its measures. One pass: each
 * measure's contribution (its overdue test included) is worked out once and added to its four
 * tallies, rather than grouping the rows into lists and tallying each list.
 */
export const overview = (
  rows: readonly CountedMeasure[],
  plan: PlanConfig,
  isOverdue: (r: MeasureRow) => boolean,
): Overview => {
  const category = statusCategories(plan);
  const areaOf = businessAreas(plan);
  const overall = newCounter(plan);
  const fields = new Map<string, Counter>();
  const offices = new Map<string, Counter>();
  const areas = new Map<string, Counter>();
  for (const r of rows) {
    const c = contributionOf(r, category, isOverdue);
    add(overall, c);
    add(counterOf(fields, r.row.field ?? NO_FIELD, plan), c);
    add(counterOf(offices, r.row.leadOffice ?? NO_OFFICE, plan), c);
    add(counterOf(areas, areaOf(r.row.leadOffice), plan), c);
  }
  const fieldOrder = [
    ...plan.fields.map((f) => f.name),
    ...[...fields.keys()].filter((k) => !plan.fields.some((f) => f.name === k)).sort(compareText),
  ];
  const inNameOrder = (groups: Map<string, Counter>) => [...groups.keys()].sort(compareText);
  return {
    overall: finish(overall),
    byField: fieldOrder.filter((f) => fields.has(f)).map((field) => ({ field, tally: finish(fields.get(field)!) })),
    byOffice: inNameOrder(offices).map((office) => ({ office, tally: finish(offices.get(office)!) })),
    byBusinessArea: inNameOrder(areas).map((area) => ({ area, tally: finish(areas.get(area)!) })),
  };
};
