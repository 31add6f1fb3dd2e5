import { compareMeasureIds, compareText } from "../compare";
import type { ConsolidatedMeasure, MasterMeasure, MergeInput } from "./merge-types";

export interface MissingReport {
  /** In the master plan, reported by no file. */
  readonly notReported: readonly MasterMeasure[];
  /** Lead offices of the master plan from which no readable file came. */
  readonly silentOffices: readonly string[];
  /** Reported, but not in the master plan. */
  readonly notInMaster: readonly ConsolidatedMeasure[];
}

export const checkAgainstMaster = (
  master: readonly MasterMeasure[],
  measures: readonly ConsolidatedMeasure[],
  inputs: readonly MergeInput[],
): MissingReport => {
  const reported = new Set(measures.map((m) => m.chosen.record.row.measureId));
  const inMaster = new Set(master.map((m) => m.measureId));
  const offices = new Set(inputs.flatMap((i) => i.result.offices));
  return {
    notReported: master
      .filter((m) => !reported.has(m.measureId))
      .sort((a, b) => compareMeasureIds(a.measureId, b.measureId)),
    silentOffices: [
      ...new Set(master.map((m) => m.leadOffice).filter((o): o is string => o !== null && !offices.has(o))),
    ].sort(compareText),
    notInMaster: measures.filter((m) => !inMaster.has(m.chosen.record.row.measureId ?? "")),
  };
};
