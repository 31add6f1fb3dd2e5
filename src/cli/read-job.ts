import type { FileResult, MeasureRecord, PlanConfig } from "../core";

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

export interface CheckedInput {
  readonly result: FileResult;
  readonly records: readonly MeasureRecord[];
  readonly sheets: readonly string[];
}

export type ReadJobResult = { readonly id: number; readonly ok: true; readonly checked: CheckedInput } | { readonly id: number; readonly ok: false; readonly error: string };
