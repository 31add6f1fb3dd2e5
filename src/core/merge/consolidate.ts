import { compareText } from "../compare";
import type { MeasureRow } from "../measure-row";
import type { PlanConfig } from "../plan-config";
import { asksForCoverage } from "../plan-columns";
import { planIndex } from "../plan-index";
import { compareWithPrevious, type Change } from "./changes";
import { chooseRows } from "./choose-rows";
import { checkAgainstMaster, type MissingReport } from "./master-check";
import { applyMaster, type Deviation } from "./master-deviations";
import { hasCoverageProposal, isOverdue, needsCoverageProposal } from "./measure-state";
import type {
  Conflict,
  ConsolidatedMeasure,
  MasterMeasure,
  MergeInput,
  PreviousMeasure,
  SourcedRecord,
} from "./merge-types";
import { overview, type Overview } from "./overview";
import { moneyTotals, type MoneyTotals } from "../money/money-totals";
import { readMoney } from "../money/money-values";
import { counted, planEntries, reportedEntries, type PlanEntry } from "./population";
import { sourcedRecordOf } from "../packed-records";
import type { RegisterState } from "../register/register";

export interface ConsolidateOptions {
  readonly plan: PlanConfig;
  readonly today: string;
  readonly master?: readonly MasterMeasure[];
  readonly previous?: readonly PreviousMeasure[];
  /** The round being collected; with a Stichtag, "overdue" is judged on that day, not the run's. */
  readonly round?: ReportingRoundRef;
  /** Measure ID → the file chosen by the coordinator to speak for it (a decision "Quelle wählen"). */
  readonly preferredSources?: ReadonlyMap<string, string>;
}

/** A reporting round as the figures need it: its name and Stichtag (cut-off date), if it has one. */
export interface ReportingRoundRef {
  readonly name: string;
  readonly cutoff: string | null;
}

/** Who replied, against whom the plan expects (null without a master plan: then nobody is expected). */
export interface Replies {
  readonly planned: number | null;
  readonly reported: number;
  readonly unreported: number;
  readonly notInMaster: number;
  readonly officesExpected: number | null;
  readonly officesReplied: number;
}

export interface Consolidation {
  readonly plan: { readonly id: string; readonly title: string };
  readonly today: string;
  readonly round: ReportingRoundRef | null;
  /** The day "overdue" is judged on: the round's Stichtag when it has one, else the run's date. */
  readonly overdueDate: string;
  readonly measures: readonly ConsolidatedMeasure[];
  /** Every measure ID in natural order: reported, not reported (with --master) and not in the master. */
  readonly entries: readonly PlanEntry[];
  /** true when the figures are computed over a master plan, false when over the reported measures only. */
  readonly withMaster: boolean;
  readonly replies: Replies;
  /** Rows that carry no measure ID: kept, listed after the others. */
  readonly withoutId: readonly SourcedRecord[];
  readonly conflicts: readonly Conflict[];
  readonly overview: Overview;
  /** Planned and spent money of the counted measures, where the plan declares money columns. */
  readonly money: MoneyTotals | null;
  /** Measures that need a Deckungsvorschlag; null for a plan without that column (nothing to count, not zero). */
  readonly coverage: readonly { readonly entry: PlanEntry; readonly hasProposal: boolean }[] | null;
  readonly overdue: readonly PlanEntry[];
  readonly missing: MissingReport | null;
  /** Office values that differ from the master plan's master columns (the master value is kept). */
  readonly deviations: readonly Deviation[];
  readonly changes: readonly Change[] | null;
  /** The merged files with their findings (`findingsByFile` lists them as the Prüfbericht does). */
  readonly inputs: readonly MergeInput[];
  /** The plan register after this merge (history, rounds, decisions), when the merge carries one forward. */
  readonly register?: RegisterState;
}

/**
 * Merges validated office workbooks into one consolidated view. Pure and order-independent:
 * inputs are sorted by file name first, so any order of the same files gives the same result.
 * With a master plan its measures are the population of every figure, and its columns win.
 */
export const consolidate = (unsorted: readonly MergeInput[], options: ConsolidateOptions): Consolidation => {
  const index = planIndex(options.plan);
  const sorted = [...unsorted].sort((a, b) => compareText(a.result.file, b.result.file));
  const { inputs, deviations } = options.master
    ? applyMaster(sorted, options.master, index)
    : { inputs: sorted, deviations: [] };
  const rows: SourcedRecord[] = inputs.flatMap((i) =>
    i.records.map((record) => sourcedRecordOf(record, i.result.file, i.result.office)),
  );
  const { measures, withoutId, conflicts } = chooseRows(
    rows,
    options.preferredSources,
    reportedEntries(options.master),
  );
  const entries = planEntries(measures, options.master);
  const population = counted(entries);
  const overdueDate = options.round?.cutoff ?? options.today;
  const overdueTest = (r: MeasureRow) => isOverdue(r, index, overdueDate);
  const missing = options.master ? checkAgainstMaster(options.master, measures, inputs) : null;
  const repliedOffices = new Set(
    inputs.filter((i) => i.result.status !== "unreadable").flatMap((i) => i.result.offices),
  );
  const expected = options.master
    ? new Set(options.master.map((m) => m.leadOffice).filter((o): o is string => o !== null))
    : null;
  return {
    plan: { id: options.plan.id, title: options.plan.title },
    today: options.today,
    round: options.round ?? null,
    overdueDate,
    measures,
    entries,
    withMaster: options.master !== undefined,
    replies: {
      planned: options.master ? options.master.length : null,
      reported: population.filter((e) => e.reporting === "reported").length,
      unreported: population.filter((e) => e.reporting === "unreported").length,
      notInMaster: entries.length - population.length,
      officesExpected: expected ? expected.size : null,
      officesReplied: expected ? [...expected].filter((o) => repliedOffices.has(o)).length : repliedOffices.size,
    },
    withoutId,
    conflicts,
    overview: overview(
      population.map((e) => ({ row: e.row, reported: e.reporting === "reported" })),
      options.plan,
      overdueTest,
    ),
    money: options.plan.money
      ? moneyTotals(
          options.plan,
          population.map((e) => ({
            field: e.row.field,
            leadOffice: e.row.leadOffice,
            money: readMoney(options.plan, e.measure?.chosen.record.extras ?? []).values,
          })),
        )
      : null,
    coverage: asksForCoverage(options.plan)
      ? population
          .filter((e) => needsCoverageProposal(e.row, index))
          .map((entry) => ({ entry, hasProposal: hasCoverageProposal(entry.row, index) }))
      : null,
    overdue: population.filter((e) => e.reporting === "reported" && overdueTest(e.row)),
    missing,
    deviations,
    changes: options.previous ? compareWithPrevious(options.previous, measures) : null,
    inputs,
  };
};
