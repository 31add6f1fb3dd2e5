import { compareMeasureIds, compareText } from "../compare";
import type { MeasureRow } from "../measure-row";
import type { ComparedField, Conflict, ConsolidatedMeasure, SourcedRecord } from "./merge-types";
import { NONE } from "../none";

const COMPARED: readonly ComparedField[] = [
  "field",
  "measure",
  "leadOffice",
  "budget",
  "start",
  "end",
  "status",
  "progress",
  "note",
];

const isLeadFile = (s: SourcedRecord): boolean => s.fileOffice !== null && s.fileOffice === s.record.row.leadOffice;

/**
 * Which row speaks for a measure: the lead office's own file first, then the newest "Stand",
 * then file name and row order — deterministic whatever order the files arrive in.
 */
export const compareCandidates = (a: SourcedRecord, b: SourcedRecord): number =>
  Number(isLeadFile(b)) - Number(isLeadFile(a)) ||
  compareText(b.record.row.asOf ?? "", a.record.row.asOf ?? "") ||
  compareText(a.file, b.file) ||
  a.record.source.row - b.record.source.row;

const show = (v: MeasureRow[ComparedField]): string => (v === null ? "" : String(v));

/** How `chooseRows` makes the measure of one ID from its chosen row and the others. */
export type MakeMeasure<M extends ConsolidatedMeasure> = (
  measureId: string,
  chosen: SourcedRecord,
  others: readonly SourcedRecord[],
) => M;

/** A measure as a plain pair: what `chooseRows` makes unless told to make something more. */
const plainMeasure: MakeMeasure<ConsolidatedMeasure> = (_id, chosen, others) => ({ chosen, others });

/**
 * One measure per measure ID (natural ID order), made by `make` (the consolidation makes each its
 * plan entry at once); rows without an ID stay separate, nothing is dropped.
 */
export const chooseRows = <M extends ConsolidatedMeasure = ConsolidatedMeasure>(
  rows: readonly SourcedRecord[],
  /** Measure ID → the file the coordinator chose to speak for it ("Quelle wählen"). */
  preferred: ReadonlyMap<string, string> = new Map(),
  // Without a factory M is ConsolidatedMeasure, which the plain pair is.
  make: MakeMeasure<M> = plainMeasure as MakeMeasure<M>,
): { measures: M[]; withoutId: SourcedRecord[]; conflicts: Conflict[] } => {
  // Nearly every ID has one row: it is held as itself, and only a second row makes a list.
  const byId = new Map<string, SourcedRecord | SourcedRecord[]>();
  const withoutId: SourcedRecord[] = [];
  for (const r of rows) {
    const id = r.record.row.measureId;
    if (id === null) withoutId.push(r);
    else {
      const held = byId.get(id);
      if (held === undefined) byId.set(id, r);
      else if (Array.isArray(held)) held.push(r);
      else byId.set(id, [held, r]);
    }
  }
  const measures: M[] = [];
  const conflicts: Conflict[] = [];
  for (const id of [...byId.keys()].sort(compareMeasureIds)) {
    const held = byId.get(id)!;
    if (!Array.isArray(held)) {
      // Most measures come from one file: the shared empty list, not one each.
      measures.push(make(id, held, NONE));
      continue;
    }
    const file = preferred.get(id);
    const [chosen, ...rest] = held.sort(
      (a, b) => (file === undefined ? 0 : Number(b.file === file) - Number(a.file === file)) || compareCandidates(a, b),
    );
    measures.push(make(id, chosen!, rest));
    for (const other of rest) {
      for (const field of COMPARED) {
        const a = show(chosen!.record.row[field]);
        const b = show(other.record.row[field]);
        // A partner that leaves a field empty contributes, it does not contradict.
        if (a === b || b === "") continue;
        conflicts.push({
          measureId: id,
          field,
          chosen: { file: chosen!.file, sheet: chosen!.record.source.sheet, row: chosen!.record.source.row, value: a },
          other: { file: other.file, sheet: other.record.source.sheet, row: other.record.source.row, value: b },
        });
      }
    }
  }
  withoutId.sort((a, b) => compareText(a.file, b.file) || a.record.source.row - b.record.source.row);
  return { measures, withoutId, conflicts };
};
