import { compareMeasureIds } from "../compare";
import type { MeasureRow } from "../measure-row";
import { plainRowOf } from "../packed-records";
import type { MakeMeasure } from "./choose-rows";
import type { ConsolidatedMeasure, MasterMeasure, SourcedRecord } from "./merge-types";

/** How a measure ID stands in the round: reported, in the master plan but not reported, or reported but unknown to the master. */
export type Reporting = "reported" | "unreported" | "notInMaster";

/** One measure ID of the round, with the row the figures use (the master's row when nobody reported it). */
export interface PlanEntry {
  readonly measureId: string;
  readonly row: MeasureRow;
  readonly reporting: Reporting;
  /** The reported rows; null for a measure nobody reported. */
  readonly measure: ConsolidatedMeasure | null;
}

/**
 * A reported measure's entry, which is also the measure: its chosen row and the others, and its
 * row read through the chosen record when asked. A measure, an entry pointing to it and a row
 * handle of its own were 128 of ~215 bytes the consolidation held per measure; this is 56.
 */
class ReportedEntry implements PlanEntry, ConsolidatedMeasure {
  constructor(
    readonly measureId: string,
    readonly reporting: Reporting,
    readonly chosen: SourcedRecord,
    readonly others: readonly SourcedRecord[],
  ) {}

  get measure(): ConsolidatedMeasure {
    return this;
  }

  get row(): MeasureRow {
    return this.chosen.record.row;
  }
}

/**
 * How `chooseRows` makes each reported measure: as its plan entry, reported or, with a master
 * plan that lacks its ID, not in the master.
 */
export const reportedEntries = (
  master: readonly MasterMeasure[] | undefined,
): MakeMeasure<PlanEntry & ConsolidatedMeasure> => {
  const inMaster = master === undefined ? null : new Set(master.map((m) => m.measureId));
  return (measureId, chosen, others) =>
    new ReportedEntry(
      measureId,
      inMaster === null || inMaster.has(measureId) ? "reported" : "notInMaster",
      chosen,
      others,
    );
};

/** A master row carries no reporting values: what an office would have said is unknown, not "none". */
const unreportedRow = (m: MasterMeasure): MeasureRow => ({
  ...plainRowOf(m.row),
  measureId: m.measureId,
  status: null,
  progress: null,
  note: null,
  asOf: null,
  coverageProposal: null,
  coverageState: null,
  committee: null,
  proposalNo: null,
  problems: null,
  nextSteps: null,
});

/**
 * Every measure ID of the round in natural order. With a master plan, its measures are the
 * population and a measure nobody reported is an entry of its own; without one, the reported ones
 * are. `reported` are the measures as `chooseRows` makes them with `reportedEntries`, in natural ID
 * order: without a master plan they are the entries, the same list.
 */
export const planEntries = (
  reported: readonly (PlanEntry & ConsolidatedMeasure)[],
  master: readonly MasterMeasure[] | undefined,
): readonly PlanEntry[] => {
  // In ID order already: without a master plan nothing is added, and the entries stay as they are
  // (sorting them again cost a comparison of every neighbouring pair; a copy, 8 MB at a million).
  if (master === undefined) return reported;
  const entries: PlanEntry[] = [...reported];
  const have = new Set(reported.map((e) => e.measureId));
  for (const m of master)
    if (!have.has(m.measureId))
      entries.push({ measureId: m.measureId, row: unreportedRow(m), reporting: "unreported", measure: null });
  return entries.sort((a, b) => compareMeasureIds(a.measureId, b.measureId));
};

/** The measures the figures count: all but those reported outside the master plan. */
export const counted = (entries: readonly PlanEntry[]): PlanEntry[] =>
  entries.filter((e) => e.reporting !== "notInMaster");
