import type { MergeInput, PlanConfig } from "../core";
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

export type ReadJobResult =
  | { readonly id: number; readonly ok: true; readonly checked: CheckedInput }
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
