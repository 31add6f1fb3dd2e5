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

export const tally = (
  rows: readonly CountedMeasure[],
  plan: PlanConfig,
  isOverdue: (r: MeasureRow) => boolean,
): Tally => {
  const category = new Map<string, StatusCategory>(plan.statuses.map((s) => [s.value, s.category]));
  const byStatus: Record<string, number> = Object.fromEntries(plan.statuses.map((s) => [s.value, 0]));
  let noStatus = 0,
    unreported = 0,
    done = 0,
    ongoing = 0,
    dropped = 0,
    overdue = 0,
    progressSum = 0,
    progressCount = 0;
  for (const { row: r, reported } of rows) {
    // Nobody said anything about it: no status, no progress, not overdue — its own category.
    if (!reported) {
      unreported++;
      continue;
    }
    const cat = r.status === null ? undefined : category.get(r.status);
    if (cat === undefined || r.status === null) noStatus++;
    else byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    if (cat === "done") done++;
    if (cat === "ongoing") ongoing++;
    if (cat === "dropped") {
      dropped++;
      continue;
    }
    if (isOverdue(r)) overdue++;
    const progress = r.progress ?? (cat === "done" ? 100 : null);
    if (progress !== null) {
      progressSum += progress;
      progressCount++;
    }
  }
  const counted = rows.length - dropped;
  return {
    total: rows.length,
    byStatus,
    noStatus,
    unreported,
    done,
    ongoing,
    dropped,
    overdue,
    shareDone: counted > 0 ? round(done / counted) : null,
    meanProgress: progressCount > 0 ? round(progressSum / progressCount) : null,
  };
};

/** The Geschäftsbereich of a lead office from the plan configuration. */
export const businessAreaOf = (plan: PlanConfig, office: string | null): string =>
  (office === null ? undefined : plan.offices.find((o) => o.name === office)?.businessArea) ?? NO_AREA;

/**
 * Counts per field of action (plan order, then unknown), per lead office and per Geschäftsbereich
 * (name order), over the measures given: with a master plan, all of its measures.
 */
export const overview = (
  rows: readonly CountedMeasure[],
  plan: PlanConfig,
  isOverdue: (r: MeasureRow) => boolean,
): Overview => {
  const group = (key: (r: MeasureRow) => string) => {
    const groups = new Map<string, CountedMeasure[]>();
    for (const r of rows) {
      const k = key(r.row);
      const list = groups.get(k);
      if (list) list.push(r);
      else groups.set(k, [r]);
    }
    return groups;
  };
  const fieldGroups = group((r) => r.field ?? NO_FIELD);
  const fieldOrder = [
    ...plan.fields.map((f) => f.name),
    ...[...fieldGroups.keys()].filter((k) => !plan.fields.some((f) => f.name === k)).sort(compareText),
  ];
  const officeGroups = group((r) => r.leadOffice ?? NO_OFFICE);
  const areaGroups = group((r) => businessAreaOf(plan, r.leadOffice));
  return {
    overall: tally(rows, plan, isOverdue),
    byField: fieldOrder
      .filter((f) => fieldGroups.has(f))
      .map((field) => ({ field, tally: tally(fieldGroups.get(field)!, plan, isOverdue) })),
    byOffice: [...officeGroups.keys()]
      .sort(compareText)
      .map((office) => ({ office, tally: tally(officeGroups.get(office)!, plan, isOverdue) })),
    byBusinessArea: [...areaGroups.keys()]
      .sort(compareText)
      .map((area) => ({ area, tally: tally(areaGroups.get(area)!, plan, isOverdue) })),
  };
};
