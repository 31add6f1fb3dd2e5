import { existsSync } from "node:fs";
import { join } from "node:path";
import type { PlanConfig, UnreadableReason } from "../core";
import { nodeInflateRaw } from "../xlsx/node-inflate";
import { checkWorkbookBytes } from "../xlsx/read";
import { inlineForALongRun } from "./long-run-inlining";
import { failed, Lane } from "./read-lane";
import { type CheckedInput, type PackedCheckedInput, packChecked, unpackChecked } from "./read-job";
import { parseReference, type ReferenceKind, type ReferenceResult } from "./reference-parse";
import { internerAtScale } from "./string-interner";
import { endWarmWorkers, warmWorkers } from "./warm-workers";

export interface PoolOptions {
  /** At most this many parsing threads (2 on the city's typical machine); 0 parses in-process. */
  readonly workers: number;
  /** Per-file limit; a file that takes longer is reported unreadable and its worker replaced. */
  readonly timeoutMs: number;
  /** Heap limit per worker: a hostile file exhausts this, not the coordinator's machine. */
  readonly heapMb: number;
}

/** A reference workbook to parse in the pool beside the office files. */
export interface ReferenceRequest {
  readonly kind: ReferenceKind;
  readonly file: string;
  readonly bytes: Uint8Array;
  /** For "table": the sheet to return. */
  readonly sheet?: string;
}

/** A reference parsed, or why it could not be (the guard's reason, or the parser's German sentence). */
export type GuardedReference =
  | ReferenceResult
  | { readonly ok: false; readonly reason: UnreadableReason; readonly detail: string; readonly message?: undefined };

export interface PoolJob {
  readonly file: string;
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

/**
 * What all parsing threads of a run may hold together. With the main thread (which keeps the
 * merged rows: about 0.6 GB for a million) a run stays below 2 GB whatever its inputs: a file that
 * needs more costs one "unreadable" line, as it did before with the larger limit, only sooner.
 */
export const WORKER_BUDGET_MB = 1024;

/** Each worker's heap limit for `workers` threads: the budget shared, never below what a city workbook needs. */
export const heapPerWorker = (workers: number): number =>
  Math.max(192, Math.floor(WORKER_BUDGET_MB / Math.max(1, workers)));

export const DEFAULT_POOL: PoolOptions = { workers: 2, timeoutMs: 120_000, heapMb: heapPerWorker(2) };

/** The compiled worker script; absent when running from TypeScript sources (jest), then parse in-process. */
const workerScript = (): string | null => {
  const p = join(__dirname, "read-worker.js");
  return existsSync(p) ? p : null;
};

/** Starts the default pool's workers ahead of the run that will take them (warm-workers.ts). */
export const warmDefaultPool = (): void => {
  const script = workerScript();
  if (script !== null) warmWorkers(script, DEFAULT_POOL.workers, DEFAULT_POOL.heapMb);
};

const inProcess = async (job: PoolJob, plan: PlanConfig, today: string): Promise<CheckedInput> => {
  try {
    const c = await checkWorkbookBytes(job.file, job.sha256, job.bytes, plan, today, { inflateRaw: nodeInflateRaw });
    // Held as a worker's reply is: the same handles on packed records, whichever way the file was read.
    return unpackChecked(packChecked({ result: c.result, records: c.records, template: c.template, sheets: c.sheets }));
  } catch (e) {
    return failed(job, "parse-failed", String(e));
  }
};

/** The reference job's id on a lane: office files are numbered from 0. */
const REFERENCE_ID = -1;

const referenceInProcess = async (r: ReferenceRequest, plan: PlanConfig, today: string): Promise<GuardedReference> => {
  try {
    return await parseReference(r.kind, r.file, r.bytes, plan, today);
  } catch (e) {
    return { ok: false, reason: "parse-failed", detail: String(e) };
  }
};

/** What a run of the pool is given: the office files' jobs and what they share. */
type PoolArgs = [
  jobs: readonly (() => Promise<PoolJob | CheckedInput>)[],
  plan: PlanConfig,
  today: string,
  options: PoolOptions,
  onDone: (index: number, c: CheckedInput) => void,
  /**
   * Called once, when every worker has its first file: the main thread then only waits, so work
   * it would otherwise do after reading (loading the writer) is done here, off the critical path.
   */
  whileWorkersRead?: () => void,
];

/**
 * Checks workbooks with at most `workers` in parallel; results come back in job order whatever
 * order they finish in. A job may resolve to a ready result (a file that could not even be read).
 * A reference workbook given too (the register) is the first job a lane takes: usually the largest
 * file of the run, it then overlaps the office files instead of keeping them waiting.
 */
const runPool = async (
  reference: ReferenceRequest | null,
  ...[jobs, plan, today, options, onDone, whileWorkersRead]: PoolArgs
): Promise<{ checked: CheckedInput[]; reference: GuardedReference | null }> => {
  const script = options.workers > 0 ? workerScript() : null;
  inlineForALongRun(jobs.length);
  const results: CheckedInput[] = new Array<CheckedInput>(jobs.length);
  let next = 0;
  // Worker replies only: in-process results (jest, --workers 0) are packed and unpacked like a
  // reply, but their texts are this thread's own already.
  const intern = script ? internerAtScale(jobs.length) : (c: PackedCheckedInput) => c;
  const count = Math.max(1, Math.min(options.workers, jobs.length + (reference ? 1 : 0)));
  // Fewer files than threads: the lanes that run share the whole budget (one large file gets all of it).
  const laneOptions = { ...options, heapMb: Math.max(options.heapMb, heapPerWorker(count)) };
  const lanes = Array.from({ length: count }, () => (script ? new Lane(script, laneOptions, { plan, today }) : null));
  let waitingForWork = lanes.filter((l) => l !== null).length;
  const started = () => {
    if (--waitingForWork === 0 && whileWorkersRead) setImmediate(whileWorkersRead);
  };
  let pending = reference;
  let referenceResult: GuardedReference | null = null;
  const store = (i: number, checked: CheckedInput) => {
    results[i] = checked;
    onDone(i, checked);
  };
  // Files are read from disk and hashed up to one per lane ahead, while the workers parse: a worker
  // that answers gets its next file at once instead of waiting for the main thread to read it.
  // Which lane takes which file is still decided when a worker is free, so a large file delays no other.
  const reading = new Map<number, Promise<PoolJob | CheckedInput>>();
  const readAhead = (i: number) => {
    if (i >= jobs.length || reading.has(i)) return;
    const read = jobs[i]!();
    // Awaited when its turn comes; until then a failure must not count as unhandled.
    read.catch(() => undefined);
    reading.set(i, read);
  };
  // Set when the run ends or fails: the lanes still going take no more files (nor start workers).
  let stopped = false;
  const take = (): { i: number; read: Promise<PoolJob | CheckedInput> } | null => {
    if (stopped || next >= jobs.length) return null;
    const i = next++;
    readAhead(i);
    const read = reading.get(i)!;
    reading.delete(i);
    for (let k = next; k < next + count; k++) readAhead(k);
    return { i, read };
  };
  /** The next file a worker can parse; files that could not even be read are results on the way. */
  const nextToParse = async (): Promise<{ i: number; job: PoolJob } | null> => {
    for (let t = take(); t !== null; t = take()) {
      const prepared = await t.read;
      if (!("result" in prepared)) return { i: t.i, job: prepared };
      store(t.i, prepared);
    }
    return null;
  };
  // Two files per worker: it starts the next as soon as it answers, instead of waiting while this
  // thread takes in its answer (or loads the writer). A file may so wait behind a large one on the
  // same worker while the other is free: one file per lane at most.
  const driveLane = async (lane: Lane, first: boolean) => {
    const parsing: { i: number; reply: Promise<PackedCheckedInput | CheckedInput> }[] = [];
    const give = async (): Promise<boolean> => {
      const n = await nextToParse();
      if (n === null) return false;
      parsing.push({ i: n.i, reply: lane.run(n.job, n.i) });
      if (first) started();
      first = false;
      return true;
    };
    if (await give()) await give();
    for (let p = parsing.shift(); p !== undefined; p = parsing.shift()) {
      const reply = await p.reply;
      await give();
      // The worker has its next files: now the main thread takes in the answer.
      store(p.i, "packed" in reply ? unpackChecked(intern(reply)) : reply);
    }
  };
  const drive = async (lane: Lane | null) => {
    let first = true;
    if (pending) {
      const r = pending;
      pending = null;
      if (lane) {
        const reply = lane.reference(r, REFERENCE_ID);
        started();
        first = false;
        referenceResult = await reply;
      } else referenceResult = await referenceInProcess(r, plan, today);
    }
    if (lane) return driveLane(lane, first);
    for (let t = take(); t !== null; t = take()) {
      const prepared = await t.read;
      store(t.i, "result" in prepared ? prepared : await inProcess(prepared, plan, today));
    }
  };
  try {
    await Promise.all(lanes.map(drive));
  } finally {
    stopped = true;
    // Warm workers no lane took (fewer files than threads) would hold their heaps to the end of the run.
    await Promise.all([...lanes.map((l) => l?.close()), endWarmWorkers()]);
  }
  return { checked: results, reference: referenceResult };
};

/** Checks the office workbooks (see runPool). */
export const checkAll = async (...args: PoolArgs): Promise<CheckedInput[]> => (await runPool(null, ...args)).checked;

/** Checks the office workbooks and parses a reference workbook beside them, in the same pool. */
export const checkAllBeside = (
  reference: ReferenceRequest,
  ...args: PoolArgs
): Promise<{ checked: CheckedInput[]; reference: GuardedReference }> =>
  runPool(reference, ...args) as Promise<{ checked: CheckedInput[]; reference: GuardedReference }>;

/**
 * Parses one reference workbook (master plan, previous or consolidated workbook) through the same
 * guard as office files: a worker of its own with the heap limit and the timeout. A file that
 * defeats the parser is a sentence for a usage error, not a crash of the run.
 */
export const parseReferenceGuarded = async (
  kind: ReferenceKind,
  file: string,
  bytes: Uint8Array,
  plan: PlanConfig,
  today: string,
  options: PoolOptions,
  sheet?: string,
): Promise<GuardedReference> => {
  const script = options.workers > 0 ? workerScript() : null;
  if (script === null) return parseReference(kind, file, bytes, plan, today, sheet);
  // One worker may take the whole budget: reference workbooks are read before the office files.
  const lane = new Lane(script, { ...options, heapMb: Math.max(options.heapMb, heapPerWorker(1)) }, { plan, today });
  try {
    return await lane.reference({ kind, file, bytes, ...(sheet !== undefined ? { sheet } : {}) }, 0);
  } finally {
    await lane.close();
  }
};
