import { compareText } from "../compare";
import type { MeasureRow } from "../measure-row";
import type { PlanConfig, StatusCategory } from "../plan-config";

export interface Tally {
  /** All measures, dropped ones included. */
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  /** Measures without a (valid) status. */
  readonly noStatus: number;
  readonly done: number;
  readonly ongoing: number;
  readonly dropped: number;
  readonly overdue: number;
  /** done / (total − dropped); null when nothing counts. */
  readonly shareDone: number | null;
  /** Mean progress in percent over measures not dropped that report one (done without a value counts 100). */
  readonly meanProgress: number | null;
}

export interface Overview {
  readonly overall: Tally;
  readonly byField: readonly { readonly field: string; readonly tally: Tally }[];
  readonly byOffice: readonly { readonly office: string; readonly tally: Tally }[];
}

const round = (n: number): number => Math.round(n * 10000) / 10000;

export const tally = (rows: readonly MeasureRow[], plan: PlanConfig, isOverdue: (r: MeasureRow) => boolean): Tally => {
  const category = new Map<string, StatusCategory>(plan.statuses.map((s) => [s.value, s.category]));
  const byStatus: Record<string, number> = Object.fromEntries(plan.statuses.map((s) => [s.value, 0]));
  let noStatus = 0, done = 0, ongoing = 0, dropped = 0, overdue = 0, progressSum = 0, progressCount = 0;
  for (const r of rows) {
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
    done,
    ongoing,
    dropped,
    overdue,
    shareDone: counted > 0 ? round(done / counted) : null,
    meanProgress: progressCount > 0 ? round(progressSum / progressCount) : null,
  };
};

/** Counts per field of action (plan order, then unknown) and per lead office (name order). */
export const overview = (rows: readonly MeasureRow[], plan: PlanConfig, isOverdue: (r: MeasureRow) => boolean): Overview => {
  const group = (key: (r: MeasureRow) => string) => {
    const groups = new Map<string, MeasureRow[]>();
    for (const r of rows) {
      const k = key(r);
      const list = groups.get(k);
      if (list) list.push(r);
      else groups.set(k, [r]);
    }
    return groups;
  };
  const fieldGroups = group((r) => r.field ?? "(ohne Handlungsfeld)");
  const fieldOrder = [...plan.fields.map((f) => f.name), ...[...fieldGroups.keys()].filter((k) => !plan.fields.some((f) => f.name === k)).sort(compareText)];
  const officeGroups = group((r) => r.leadOffice ?? "(ohne Federführung)");
  return {
    overall: tally(rows, plan, isOverdue),
    byField: fieldOrder.filter((f) => fieldGroups.has(f)).map((field) => ({ field, tally: tally(fieldGroups.get(field)!, plan, isOverdue) })),
    byOffice: [...officeGroups.keys()].sort(compareText).map((office) => ({ office, tally: tally(officeGroups.get(office)!, plan, isOverdue) })),
  };
};
