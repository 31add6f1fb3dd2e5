import { Worker } from "node:worker_threads";
import { type UnreadableReason, unreadableInput } from "../core";
import type {
  CheckedInput,
  PackedCheckedInput,
  ReadJob,
  ReadJobResult,
  ReferenceJob,
  ReferenceJobResult,
  WorkerSetup,
} from "./read-job";
import type { GuardedReference, PoolJob, PoolOptions, ReferenceRequest } from "./read-pool";
import { takeWarmWorker } from "./warm-workers";

export const failed = (job: PoolJob, reason: UnreadableReason, detail: string): CheckedInput => ({
  ...unreadableInput(job.file, job.sha256, reason, detail),
  sheets: [],
});

/** A job posted to the lane's worker and not yet answered. */
interface Pending {
  readonly id: number;
  /** Posts the job (a fresh copy of its bytes) to a worker: again to a new one if the first one died. */
  readonly post: (worker: Worker) => void;
  readonly answer: (reply: ReadJobResult | ReferenceJobResult) => void;
  readonly fail: (reason: UnreadableReason, detail: string) => void;
}

/**
 * One parsing thread, reused across files (starting a worker costs more than reading a small
 * workbook). It may hold more than one job: the worker starts the next as soon as it answers,
 * instead of waiting for the main thread to take in the answer and send another. The worker
 * takes its jobs in order, so the oldest unanswered one is the one it is on: its time limit runs
 * from then, and after a timeout or crash that one is reported unreadable, the worker thrown away
 * and the jobs behind it given to a fresh one.
 */
export class Lane {
  private worker: Worker | null = null;
  private readonly pending: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly script: string,
    private readonly options: PoolOptions,
    private readonly setup: WorkerSetup,
  ) {}

  /** How many jobs the worker has and has not answered. */
  get queued(): number {
    return this.pending.length;
  }

  /** The worker's packed answer, or the file's "unreadable" result. */
  run(job: PoolJob, id: number): Promise<PackedCheckedInput | CheckedInput> {
    return this.request<ReadJobResult, PackedCheckedInput | CheckedInput>(
      id,
      (copy) => ({ id, file: job.file, sha256: job.sha256, bytes: copy }) satisfies ReadJob,
      job.bytes,
      (reply: ReadJobResult) => (reply.ok ? reply.checked : failed(job, "parse-failed", reply.error)),
      (reason, detail) => failed(job, reason, detail),
    );
  }

  /** A reference workbook on this lane (the register between office files, or alone), under the same guard. */
  reference(job: ReferenceRequest, id: number): Promise<GuardedReference> {
    return this.request<ReferenceJobResult, GuardedReference>(
      id,
      (copy) =>
        ({
          id,
          kind: job.kind,
          file: job.file,
          bytes: copy,
          ...(job.sheet !== undefined ? { sheet: job.sheet } : {}),
        }) satisfies ReferenceJob,
      job.bytes,
      (reply: ReferenceJobResult) =>
        "reference" in reply ? reply.reference : { ok: false, reason: "parse-failed", detail: reply.error },
      (reason, detail) => ({ ok: false, reason, detail }),
    );
  }

  private request<R extends ReadJobResult | ReferenceJobResult, T>(
    id: number,
    message: (copy: ArrayBuffer) => ReadJob | ReferenceJob,
    bytes: Uint8Array,
    accept: (reply: R) => T,
    fail: (reason: UnreadableReason, detail: string) => T,
  ): Promise<T> {
    return new Promise((resolve) => {
      const pending: Pending = {
        id,
        post: (worker) => {
          const copy = bytes.slice().buffer;
          worker.postMessage(message(copy), [copy]);
        },
        answer: (reply) => resolve(accept(reply as R)),
        fail: (reason, detail) => resolve(fail(reason, detail)),
      };
      this.pending.push(pending);
      pending.post(this.current());
      if (this.pending.length === 1) this.startClock();
    });
  }

  /** The lane's worker, started on first use and again after one was thrown away. */
  private current(): Worker {
    if (this.worker) return this.worker;
    // The plan and the date are the same for every file: given once per worker, not per job.
    const worker =
      takeWarmWorker(this.script, this.options.heapMb, this.setup) ??
      new Worker(this.script, {
        workerData: this.setup,
        resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb },
      });
    worker.on("message", (reply: ReadJobResult | ReferenceJobResult) => {
      const at = worker === this.worker ? this.pending.findIndex((p) => p.id === reply.id) : -1;
      if (at < 0) return;
      const [answered] = this.pending.splice(at, 1);
      if (at === 0) {
        clearTimeout(this.timer);
        if (this.pending.length > 0) this.startClock();
      }
      answered!.answer(reply);
    });
    worker.on("error", (e: Error & { code?: string }) =>
      this.discard(worker, e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "out-of-memory" : "parse-failed", e.message),
    );
    worker.on("exit", (code) => this.discard(worker, "parse-failed", `worker exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  /** The time limit of the job the worker is on. */
  private startClock(): void {
    const worker = this.worker;
    this.timer = setTimeout(() => {
      if (worker) this.discard(worker, "timeout", `${this.options.timeoutMs} ms`);
    }, this.options.timeoutMs);
  }

  /** The worker failed on its current job: that one is unreadable, the others go to a fresh worker. */
  private discard(worker: Worker, reason: UnreadableReason, detail: string): void {
    if (worker !== this.worker) return;
    clearTimeout(this.timer);
    this.worker = null;
    void worker.terminate();
    this.pending.shift()?.fail(reason, detail);
    if (this.pending.length === 0) return;
    const fresh = this.current();
    for (const p of this.pending) p.post(fresh);
    this.startClock();
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
