import {
  type MergeInput,
  NONE,
  type PackedIssues,
  type PackedRecords,
  type PlanConfig,
  packIssues,
  packRecords,
  unpackIssues,
  unpackRecords,
} from "../core";
import type { ReferenceKind, ReferenceResult } from "./reference-parse";

/** What the pool sends a worker: the bytes travel as a transferred buffer, not a copy. */
export interface ReadJob {
  readonly id: number;
  readonly file: string;
  readonly sha256: string;
  readonly bytes: ArrayBuffer;
}

/** What every job of a run shares, given to each worker once as its workerData. */
export interface WorkerSetup {
  readonly plan: PlanConfig;
  readonly today: string;
}

/** A checked office file as it comes back from a worker: what the merge takes, and its sheet names. */
export interface CheckedInput extends MergeInput {
  readonly sheets: readonly string[];
}

/**
 * A checked office file as a worker sends it: its records and findings packed, so that the copy is
 * a few arrays instead of a million objects, and the main thread holds handles on them (core's
 * packed-records and packed-issues). `result.issues` is empty until unpacked.
 */
export interface PackedCheckedInput extends Omit<CheckedInput, "records"> {
  readonly packed: PackedRecords;
  readonly issues: PackedIssues;
}

export const packChecked = (c: CheckedInput): PackedCheckedInput => ({
  result: { ...c.result, issues: NONE },
  packed: packRecords(c.records),
  issues: packIssues(c.result.issues),
  template: c.template,
  sheets: c.sheets,
});

/** The reply's index arrays: moved to the main thread with postMessage, not copied. */
export const packedBuffers = (c: PackedCheckedInput): ArrayBuffer[] =>
  [c.packed.slots, c.packed.extraValues, c.packed.extraAt, c.issues.slots].map((a) => a.buffer as ArrayBuffer);

export const unpackChecked = (c: PackedCheckedInput): CheckedInput => ({
  result: { ...c.result, issues: unpackIssues(c.issues) },
  records: unpackRecords(c.packed, { file: c.result.file, fileOffice: c.result.office }),
  template: c.template,
  sheets: c.sheets,
});

export type ReadJobResult =
  | { readonly id: number; readonly ok: true; readonly checked: PackedCheckedInput }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** A reference workbook (master, previous, consolidated) parsed in a worker of its own. */
export interface ReferenceJob {
  readonly id: number;
  readonly kind: ReferenceKind;
  readonly file: string;
  /** For "table": the sheet to return. */
  readonly sheet?: string;
  readonly bytes: ArrayBuffer;
}

export type ReferenceJobResult =
  | { readonly id: number; readonly reference: ReferenceResult }
  | { readonly id: number; readonly ok: false; readonly error: string };
