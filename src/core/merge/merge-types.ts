import type { FileResult } from "../file-result";
import type { MeasureRecord, MeasureRow } from "../measure-row";

/**
 * What a template's identity sheet says about the file it became: facts about the file, read once
 * and carried as fields (not found again in findings), for the round and plan checks of the merge.
 */
export interface TemplateFacts {
  readonly planId: string;
  readonly round: string;
  readonly office: string;
  readonly version: number;
  /** ISO date the template was made; "" when the sheet does not say. */
  readonly created: string;
  /** The round's Stichtag and deadline as the template was made for them (a round the plan may not list). */
  readonly cutoff: string | null;
  readonly deadline: string | null;
}

/** One office's workbook after validation: its report part, its normalised rows, its template. */
export interface MergeInput {
  readonly result: FileResult;
  readonly records: readonly MeasureRecord[];
  /** The template the file was made from, or null for a file of the office's own. */
  readonly template: TemplateFacts | null;
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
