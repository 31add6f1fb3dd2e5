import type { DirectRows } from "./direct-rows";
import { type BatchSheet, type RowBatch, RowBatchBuilder } from "./row-batch";
import type { OutValue } from "./sheet-kit";

/** Renders a batch of rows as UTF-8 sheet XML, somewhere else (the command line: a worker thread). */
export type RowRenderer = (batch: RowBatch, sheet: BatchSheet) => Promise<Uint8Array>;

/** Rows per batch: large enough that a hand-over costs little per row, small enough to keep both threads busy. */
const BATCH_ROWS = 512;
/** Batches handed over and not yet written: the main thread gathers the next while the renderer works. */
const IN_FLIGHT = 4;

export interface BatchedRows {
  /** Adds a row; when the pipeline is full, a promise to await before the next (the oldest batch is written then). */
  add(number: number, values: readonly OutValue[], styleIds: readonly number[]): Promise<void> | null;
  /** Renders what is gathered and writes every batch still out, in order. */
  drain(): Promise<void>;
}

/**
 * The list's direct rows rendered by `render` while this thread gathers the next rows: the row
 * values are computed here (the consolidation lives here), their XML, heights and UTF-8 bytes
 * there. Bytes are written in the rows' order; `breathe` after each batch lets the zip catch up.
 */
export const batchedRows = (
  direct: DirectRows,
  render: RowRenderer,
  sheet: BatchSheet,
  columns: number,
  breathe: (() => Promise<void>) | undefined,
): BatchedRows => {
  const builder = new RowBatchBuilder(columns, BATCH_ROWS);
  const pending: Promise<Uint8Array>[] = [];
  const send = (): void => {
    const batch = builder.take();
    if (batch === null) return;
    const rendered = render(batch, sheet);
    // Awaited in turn later; until then a failure must not count as unhandled (Node would end the process).
    rendered.catch(() => undefined);
    pending.push(rendered);
  };
  const writeOldest = async (): Promise<void> => {
    const next = pending.shift();
    if (next === undefined) return;
    direct.bytes(await next);
    await breathe?.();
  };
  return {
    add(number, values, styleIds) {
      builder.add(number, values, styleIds);
      if (!builder.full) return null;
      send();
      return pending.length >= IN_FLIGHT ? writeOldest() : null;
    },
    async drain() {
      send();
      while (pending.length > 0) await writeOldest();
    },
  };
};
