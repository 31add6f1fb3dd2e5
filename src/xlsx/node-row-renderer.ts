// Node-only: the thread that renders long lists' rows (node-render-worker.ts) and the queue of its answers.
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { RowRenderer } from "./consolidated/batched-rows";
import { batchBuffers, type BatchSheet, type RowBatch } from "./consolidated/row-batch";
import { presentFile } from "./node-files";

export interface RenderJob {
  readonly batch: RowBatch;
  readonly sheet: BatchSheet;
}
/** The batch's XML as UTF-8: the first `length` bytes of `buffer`. */
export type RenderReply =
  | { readonly ok: true; readonly buffer: ArrayBuffer; readonly length: number }
  | { readonly ok: false; readonly error: string };

/** The compiled worker script; absent when running from TypeScript sources (jest): then no worker. */
const workerScript = (): string | null => presentFile(join(__dirname, "node-render-worker.js"));

export interface RowRendererThread {
  readonly render: RowRenderer;
  /** Ends the thread (after the workbook is written, or when writing failed). */
  close(): Promise<void>;
}

/**
 * A render thread started on first use, or null without a worker script. It answers in the order
 * it was asked, so one queue of waiting callers is enough; a crash fails every batch still out.
 */
export const rowRendererThread = (script: string | null = workerScript()): RowRendererThread | null => {
  if (script === null) return null;
  let worker: Worker | null = null;
  const waiting: { resolve: (bytes: Uint8Array) => void; reject: (e: Error) => void }[] = [];
  const failAll = (e: Error): void => {
    for (const w of waiting.splice(0)) w.reject(e);
    worker = null;
  };
  const start = (): Worker => {
    const w = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    w.on("message", (reply: RenderReply) => {
      const next = waiting.shift();
      if (reply.ok) next?.resolve(new Uint8Array(reply.buffer, 0, reply.length));
      else next?.reject(new Error(`Zeilen konnten nicht geschrieben werden: ${reply.error}`));
    });
    w.on("error", failAll);
    w.on("exit", (code) => failAll(new Error(`Schreib-Thread beendet (Code ${code})`)));
    return w;
  };
  return {
    render: (batch, sheet) =>
      new Promise<Uint8Array>((resolve, reject) => {
        worker ??= start();
        waiting.push({ resolve, reject });
        worker.postMessage({ batch, sheet } satisfies RenderJob, batchBuffers(batch));
      }),
    async close() {
      const w = worker;
      worker = null;
      if (w !== null) await w.terminate();
    },
  };
};
