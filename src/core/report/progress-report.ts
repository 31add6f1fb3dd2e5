import { compareMeasureIds } from "../compare";
import type { MeasureRow } from "../measure-row";
import { hasCoverageProposal, isOverdue, needsCoverageProposal } from "../merge/measure-state";
import { overview, type Tally } from "../merge/overview";
import type { PlanConfig } from "../plan-config";
import { planIndex, type PlanIndex } from "../plan-index";

/** One change against the previous round, as the consolidated workbook's "Änderungen" sheet lists it. */
export interface ReportChange {
  readonly measureId: string;
  readonly kind: "neu" | "geändert" | "unverändert";
  readonly statusBefore: string | null;
  readonly statusNow: string | null;
  readonly progressBefore: number | null;
  readonly progressNow: number | null;
}

/** What the consolidated workbook says about the run the report rests on. */
export interface ReportFacts {
  /** ISO date of the merge run ("Stand"): the date overdue is judged against, as in the workbook. */
  readonly runDate: string;
  /** The consolidated workbook's file name, for the method note. */
  readonly source: string;
  readonly files: number;
  readonly unreadable: number;
  readonly rowsRead: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface ReportInput {
  readonly plan: PlanConfig;
  readonly facts: ReportFacts;
  readonly rows: readonly MeasureRow[];
  /** null when the consolidated workbook was made without --previous. */
  readonly changes: readonly ReportChange[] | null;
}

export interface ReportMeasure {
  readonly id: string;
  readonly measure: string | null;
  readonly office: string | null;
  readonly status: string | null;
  readonly progress: number | null;
  readonly note: string | null;
  readonly end: string | null;
  readonly budget: string | null;
  readonly coverageProposal: string | null;
  readonly coverageState: string | null;
  readonly hasProposal: boolean;
}

export interface FieldSection {
  readonly field: string;
  readonly tally: Tally;
  readonly measures: readonly ReportMeasure[];
}

export interface ProgressReport {
  readonly planTitle: string;
  /** The plan's statuses in scale order (value as in the rows, German label), for legends and tables. */
  readonly statuses: readonly { readonly value: string; readonly label: string }[];
  readonly facts: ReportFacts;
  readonly overall: Tally;
  readonly fields: readonly FieldSection[];
  readonly overdue: readonly ReportMeasure[];
  readonly coverage: readonly ReportMeasure[];
  readonly changes: { readonly counts: Readonly<Record<ReportChange["kind"], number>>; readonly changed: readonly ReportChange[] } | null;
}

const toMeasure = (r: MeasureRow, index: PlanIndex): ReportMeasure => ({
  id: r.measureId ?? "",
  measure: r.measure,
  office: r.leadOffice,
  status: r.status,
  progress: r.progress,
  note: r.note,
  end: r.end,
  budget: r.budget,
  coverageProposal: r.coverageProposal,
  coverageState: r.coverageState,
  hasProposal: hasCoverageProposal(r, index),
});

const byId = (a: MeasureRow, b: MeasureRow): number => compareMeasureIds(a.measureId ?? "", b.measureId ?? "");

/**
 * The content of the progress report (Zwischenbericht draft), computed with the same rules as the
 * consolidated workbook's Übersicht, Überfällig and Deckungsvorschläge sheets, so every number in
 * the report equals the workbook's.
 */
export const buildProgressReport = (input: ReportInput): ProgressReport => {
  const index = planIndex(input.plan);
  const overdueTest = (r: MeasureRow) => isOverdue(r, index, input.facts.runDate);
  const rows = [...input.rows].sort(byId);
  const o = overview(rows, input.plan, overdueTest);
  const fields = o.byField.map(({ field, tally }) => ({
    field,
    tally,
    measures: rows.filter((r) => (r.field ?? "(ohne Handlungsfeld)") === field).map((r) => toMeasure(r, index)),
  }));
  let changes: ProgressReport["changes"] = null;
  if (input.changes) {
    const counts = { neu: 0, geändert: 0, unverändert: 0 };
    for (const c of input.changes) counts[c.kind]++;
    changes = { counts, changed: input.changes.filter((c) => c.kind !== "unverändert") };
  }
  return {
    planTitle: input.plan.title,
    statuses: input.plan.statuses.map((s) => ({ value: s.value, label: s.label })),
    facts: input.facts,
    overall: o.overall,
    fields,
    overdue: rows.filter(overdueTest).map((r) => toMeasure(r, index)),
    coverage: rows.filter((r) => needsCoverageProposal(r, index)).map((r) => toMeasure(r, index)),
    changes,
  };
};
