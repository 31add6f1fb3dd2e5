import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { RowBatch, RowRenderer, RowsSpec } from "./consolidated/rows-xml";

/** The compiled worker script; absent when running from TypeScript sources (jest): then rows render in-process. */
const workerScript = (): string | null => {
  const p = join(__dirname, "node-row-worker.js");
  return existsSync(p) ? p : null;
};

export interface ClosableRenderer extends RowRenderer {
  close(): Promise<void>;
}

/**
 * A renderer in one worker thread. A worker answers in the order it was asked, so each answer
 * settles the oldest open request; if the thread fails, every open request and every later one
 * fails with its error (the write then fails whole, and the atomic write leaves no file).
 */
export const workerRowRenderer = (script: string | null = workerScript()): ClosableRenderer | null => {
  if (script === null) return null;
  const worker = new Worker(script);
  const open: { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  const fail = (e: Error) => {
    failure ??= e;
    for (const r of open.splice(0)) r.reject(failure);
  };
  worker.on("message", (bytes: Uint8Array) => open.shift()?.resolve(bytes));
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`row renderer stopped (exit code ${code})`)));
  return {
    render: (spec: RowsSpec, batch: RowBatch) =>
      new Promise<Uint8Array>((resolve, reject) => {
        if (failure !== null) return reject(failure);
        open.push({ resolve, reject });
        worker.postMessage({ spec, batch });
      }),
    close: async () => {
      failure ??= new Error("row renderer closed");
      await worker.terminate();
    },
  };
};
