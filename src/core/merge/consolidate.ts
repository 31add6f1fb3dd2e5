import { compareText } from "../compare";
import type { ReportIssue } from "../file-result";
import type { MeasureRow } from "../measure-row";
import type { PlanConfig } from "../plan-config";
import { planIndex } from "../plan-index";
import { compareWithPrevious, type Change } from "./changes";
import { chooseRows } from "./choose-rows";
import { checkAgainstMaster, type MissingReport } from "./master-check";
import { hasCoverageProposal, isOverdue, needsCoverageProposal } from "./measure-state";
import type { Conflict, ConsolidatedMeasure, MasterMeasure, MergeInput, PreviousMeasure, SourcedRecord } from "./merge-types";
import { overview, type Overview } from "./overview";

export interface ConsolidateOptions {
  readonly plan: PlanConfig;
  readonly today: string;
  readonly master?: readonly MasterMeasure[];
  readonly previous?: readonly PreviousMeasure[];
}

export interface Consolidation {
  readonly plan: { readonly id: string; readonly title: string };
  readonly today: string;
  readonly measures: readonly ConsolidatedMeasure[];
  /** Rows that carry no measure ID: kept, listed after the others. */
  readonly withoutId: readonly SourcedRecord[];
  readonly conflicts: readonly Conflict[];
  readonly overview: Overview;
  readonly coverage: readonly { readonly measure: ConsolidatedMeasure; readonly hasProposal: boolean }[];
  readonly overdue: readonly ConsolidatedMeasure[];
  readonly missing: MissingReport | null;
  readonly changes: readonly Change[] | null;
  /** Every issue of every file, with the file, sorted by file then position. */
  readonly issues: readonly (ReportIssue & { readonly file: string })[];
  readonly inputs: readonly MergeInput[];
}

/**
 * Merges validated office workbooks into one consolidated view. Pure and order-independent:
 * inputs are sorted by file name first, so any order of the same files gives the same result.
 */
export const consolidate = (unsorted: readonly MergeInput[], options: ConsolidateOptions): Consolidation => {
  const index = planIndex(options.plan);
  const inputs = [...unsorted].sort((a, b) => compareText(a.result.file, b.result.file));
  const rows: SourcedRecord[] = inputs.flatMap((i) => i.records.map((record) => ({ file: i.result.file, fileOffice: i.result.office, record })));
  const { measures, withoutId, conflicts } = chooseRows(rows);
  const chosenRows: MeasureRow[] = measures.map((m) => m.chosen.record.row);
  const overdueTest = (r: MeasureRow) => isOverdue(r, index, options.today);
  return {
    plan: { id: options.plan.id, title: options.plan.title },
    today: options.today,
    measures,
    withoutId,
    conflicts,
    overview: overview(chosenRows, options.plan, overdueTest),
    coverage: measures.filter((m) => needsCoverageProposal(m.chosen.record.row, index)).map((measure) => ({ measure, hasProposal: hasCoverageProposal(measure.chosen.record.row, index) })),
    overdue: measures.filter((m) => overdueTest(m.chosen.record.row)),
    missing: options.master ? checkAgainstMaster(options.master, measures, inputs) : null,
    changes: options.previous ? compareWithPrevious(options.previous, measures) : null,
    issues: inputs.flatMap((i) => i.result.issues.map((issue) => ({ ...issue, file: i.result.file }))),
    inputs,
  };
};
