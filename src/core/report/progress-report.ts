import { compareMeasureIds } from "../compare";
import type { MeasureRow } from "../measure-row";
import { hasCoverageProposal, isOverdue, needsCoverageProposal } from "../merge/measure-state";
import { businessAreaOf, NO_FIELD, overview, type Tally } from "../merge/overview";
import { moneyTotals, type MoneyTotals } from "../money/money-totals";
import type { MoneyValues } from "../money/money-values";
import type { PlanConfig, StatusCategory } from "../plan-config";
import { planIndex, type PlanIndex } from "../plan-index";
import { asksForCoverage, columnLabels, type ColumnLabels } from "../plan-columns";
import type { DecisionRow } from "../register/decision";
import type { History } from "../register/register-types";
import { historyFigures, type HistoryFigures } from "./history-figures";

/** One change against the previous round, as the consolidated workbook's "Änderungen" sheet lists it. */
export interface ReportChange {
  readonly measureId: string;
  readonly kind: "neu" | "geändert" | "unverändert" | "nicht mehr gemeldet";
  readonly measure?: string | null;
  readonly noteBefore?: string | null;
  readonly noteNow?: string | null;
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
  /** The round the workbook was merged for (null: none named), and the day overdue is judged on. */
  readonly round?: string | null;
  readonly cutoff?: string | null;
}

/** With a master plan: who was expected, and what the merge found against the plan. */
export interface ReportScope {
  readonly planned: number;
  readonly officesExpected: number;
  readonly officesReplied: number;
  readonly deviations: number;
}

export interface ReportInput {
  readonly plan: PlanConfig;
  readonly facts: ReportFacts;
  /** The reported measures the figures count (with a master plan: those in it). */
  readonly rows: readonly MeasureRow[];
  /** With a master plan: its measures nobody reported ("keine Meldung"), counted. */
  readonly unreported?: readonly MeasureRow[];
  /** With a master plan: measures reported but not in it — listed, never counted. */
  readonly notInMaster?: readonly MeasureRow[];
  /** Present when the consolidated workbook was merged with a master plan. */
  readonly scope?: ReportScope;
  /** IDs listed on "Abweichungen vom Masterplan" (one per deviation), to count them per Geschäftsbereich. */
  readonly deviationIds?: readonly string[];
  /** Limits the report to the measures whose lead office belongs to this Geschäftsbereich. */
  readonly businessArea?: string;
  /** null when the consolidated workbook was made without --previous. */
  readonly changes: readonly ReportChange[] | null;
  /** Where the plan declares money columns: each reported measure's amounts, by measure ID. */
  readonly money?: ReadonlyMap<string, MoneyValues>;
  /** The register's Verlauf and Entscheidungen; absent for a workbook from before the register. */
  readonly register?: { readonly history: History; readonly decisions: readonly DecisionRow[] } | null;
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
  /** false for a measure of the master plan nobody reported ("keine Meldung"). */
  readonly reported: boolean;
}

export interface FieldSection {
  readonly field: string;
  readonly tally: Tally;
  readonly measures: readonly ReportMeasure[];
}

export interface ProgressReport {
  readonly planTitle: string;
  /** The plan's column labels, for headers; a column the plan lacks has none and is left out. */
  readonly labels: ColumnLabels;
  /** The plan has a Deckungsvorschlag column: only then are there figures and a section about it. */
  readonly asksForCoverage: boolean;
  /** The Geschäftsbereich the report is limited to, or null for the whole plan. */
  readonly businessArea: string | null;
  /** The merge's round is the plan's last: the report is the final one (Abschlussbericht). */
  readonly finalRound: boolean;
  /** The plan's statuses in scale order (value as in the rows, German label, category), for legends, colours and tables. */
  readonly statuses: readonly { readonly value: string; readonly label: string; readonly category: StatusCategory }[];
  readonly facts: ReportFacts;
  readonly overall: Tally;
  readonly fields: readonly FieldSection[];
  readonly overdue: readonly ReportMeasure[];
  readonly coverage: readonly ReportMeasure[];
  /** null without a master plan: then the figures cover the reported measures only. */
  readonly scope: (ReportScope & { readonly reported: number; readonly unreported: number }) | null;
  readonly unreported: readonly ReportMeasure[];
  readonly notInMaster: readonly ReportMeasure[];
  readonly changes: {
    readonly counts: Readonly<Record<ReportChange["kind"], number>>;
    readonly changed: readonly ReportChange[];
  } | null;
  /** Planned and spent money per field, office and Geschäftsbereich; null where the plan declares none. */
  readonly money: MoneyTotals | null;
  /** Links to measures of other plans, in field order; null where the plan has no column for them. */
  readonly links: readonly ReportLink[] | null;
  /** "Entwicklung seit …": the figures over all rounds of the register; null without a Verlauf. */
  readonly history: HistoryFigures | null;
}

/** A measure's link to a measure of another plan ("Bezug zu anderem Plan"). */
export interface ReportLink {
  readonly field: string;
  readonly id: string;
  readonly plan: string;
  readonly measure: string;
}

const toMeasure = (r: MeasureRow, index: PlanIndex, reported = true): ReportMeasure => ({
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
  reported,
});

const offices = (rows: readonly MeasureRow[]) => new Set(rows.map((r) => r.leadOffice).filter((o) => o !== null)).size;

/**
 * The reply figures of one Geschäftsbereich: its planned measures, its lead offices, those of them
 * with at least one reported measure, and the deviations on its measures.
 */
const areaScope = (
  population: readonly MeasureRow[],
  reported: readonly MeasureRow[],
  deviationIds: readonly string[],
): ReportScope => {
  const ids = new Set(population.map((r) => r.measureId));
  return {
    planned: population.length,
    officesExpected: offices(population),
    officesReplied: offices(reported),
    deviations: deviationIds.filter((id) => ids.has(id)).length,
  };
};

const byId = (a: MeasureRow, b: MeasureRow): number => compareMeasureIds(a.measureId ?? "", b.measureId ?? "");

/**
 * The content of the progress report (Zwischenbericht draft), computed with the same rules as the
 * consolidated workbook's Übersicht, Überfällig and Deckungsvorschläge sheets, so every number in
 * the report equals the workbook's.
 */
export const buildProgressReport = (input: ReportInput): ProgressReport => {
  const index = planIndex(input.plan);
  // Overdue on the round's Stichtag when the merge had one, as in the workbook's Überfällig sheet.
  const overdueTest = (r: MeasureRow) => isOverdue(r, index, input.facts.cutoff ?? input.facts.runDate);
  const area = input.businessArea;
  const officeInArea = (office: string | null) => area === undefined || businessAreaOf(input.plan, office) === area;
  const inArea = (r: MeasureRow) => officeInArea(r.leadOffice);
  const reportedRows = input.rows.filter(inArea);
  const unreported = new Set((input.unreported ?? []).filter(inArea));
  // The population: reported measures and, with a master plan, the ones nobody reported.
  const rows = [...reportedRows, ...unreported].sort(byId);
  const o = overview(
    rows.map((row) => ({ row, reported: !unreported.has(row) })),
    input.plan,
    overdueTest,
  );
  const measure = (r: MeasureRow) => toMeasure(r, index, !unreported.has(r));
  const fields = o.byField.map(({ field, tally }) => ({
    field,
    tally,
    measures: rows.filter((r) => (r.field ?? NO_FIELD) === field).map(measure),
  }));
  let changes: ProgressReport["changes"] = null;
  if (input.changes) {
    const counts = { neu: 0, geändert: 0, unverändert: 0, "nicht mehr gemeldet": 0 };
    for (const c of input.changes) counts[c.kind]++;
    changes = { counts, changed: input.changes.filter((c) => c.kind !== "unverändert") };
  }
  return {
    planTitle: input.plan.title,
    labels: columnLabels(input.plan),
    asksForCoverage: asksForCoverage(input.plan),
    businessArea: area ?? null,
    finalRound: input.facts.round != null && input.plan.rounds.at(-1)?.name === input.facts.round,
    statuses: input.plan.statuses.map((s) => ({ value: s.value, label: s.label, category: s.category })),
    facts: input.facts,
    overall: o.overall,
    fields,
    links: input.plan.columns.some((c) => c.key === "linkedMeasure")
      ? fields.flatMap(({ field }) =>
          rows.flatMap((r) =>
            (r.field ?? NO_FIELD) === field && r.linkedPlan !== null && r.linkedMeasure !== null
              ? [{ field, id: r.measureId ?? "", plan: r.linkedPlan, measure: r.linkedMeasure }]
              : [],
          ),
        )
      : null,
    overdue: rows.filter((r) => !unreported.has(r) && overdueTest(r)).map(measure),
    coverage: rows.filter((r) => needsCoverageProposal(r, index)).map(measure),
    scope: input.scope
      ? {
          ...(area === undefined ? input.scope : areaScope(rows, reportedRows, input.deviationIds ?? [])),
          reported: reportedRows.length,
          unreported: unreported.size,
        }
      : null,
    unreported: rows.filter((r) => unreported.has(r)).map(measure),
    notInMaster: (input.notInMaster ?? [])
      .filter(inArea)
      .sort(byId)
      .map((r) => toMeasure(r, index)),
    changes,
    money:
      input.plan.money && input.money
        ? moneyTotals(
            input.plan,
            reportedRows.map((r) => ({
              field: r.field,
              leadOffice: r.leadOffice,
              money: input.money!.get(r.measureId ?? "") ?? NO_MONEY,
            })),
          )
        : null,
    history: input.register
      ? historyFigures(input.register.history, input.register.decisions, input.plan, officeInArea)
      : null,
  };
};

const NO_MONEY: MoneyValues = { planned: null, spent: null, year: null, costCentre: null };
