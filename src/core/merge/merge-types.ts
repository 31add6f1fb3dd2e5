import type { FileResult } from "../file-result";
import type { MeasureRecord, MeasureRow } from "../measure-row";

/** One office's workbook after validation: its report part and its normalised rows. */
export interface MergeInput {
  readonly result: FileResult;
  readonly records: readonly MeasureRecord[];
}

/** A measure row with where it came from. */
export interface SourcedRecord {
  readonly file: string;
  /** The file's single lead office (FileResult.office). */
  readonly fileOffice: string | null;
  readonly record: MeasureRecord;
}

/** The row chosen for one measure ID, and the other files' rows for the same ID. */
export interface ConsolidatedMeasure {
  readonly chosen: SourcedRecord;
  readonly others: readonly SourcedRecord[];
}

export type ComparedField = keyof Pick<
  MeasureRow,
  "field" | "measure" | "leadOffice" | "budget" | "start" | "end" | "status" | "progress" | "note"
>;

export interface Conflict {
  readonly measureId: string;
  readonly field: ComparedField;
  readonly chosen: { readonly file: string; readonly sheet: string; readonly row: number; readonly value: string };
  readonly other: { readonly file: string; readonly sheet: string; readonly row: number; readonly value: string };
}

/** A measure from the master plan, as far as the merge needs it. */
export interface MasterMeasure {
  readonly measureId: string;
  readonly field: string | null;
  readonly measure: string | null;
  readonly leadOffice: string | null;
  readonly budget: string | null;
  /** The whole row as the master plan states it: its master columns are authoritative in the merge. */
  readonly row: MeasureRow;
}

/** Status of a measure in the earlier consolidated workbook (--previous). */
export interface PreviousMeasure {
  readonly measureId: string;
  readonly status: string | null;
  readonly progress: number | null;
  readonly note: string | null;
  /** The measure's title, to name a measure reported last round and missing now. */
  readonly measure?: string | null;
  /** The whole consolidated row, when read from a register: templates pre-fill every reporting column from it. */
  readonly row?: MeasureRow;
}
