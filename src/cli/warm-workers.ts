// Parsing threads started before the command line knows its plan and its inputs, so they load
// their bundle on the CPU the main thread leaves idle while it loads its own, parses the plan and
// lists the files (~0.2 s of one CPU at the start of a merge, the other one idle until now).
import { Worker } from "node:worker_threads";
import type { WorkerSetup } from "./read-job";

interface WarmWorker {
  readonly worker: Worker;
  readonly script: string;
  readonly heapMb: number;
  /** Its listeners while it waits: taken, it is removed from the waiting list by them no more. */
  readonly drop: () => void;
}

const warm: WarmWorker[] = [];

/** The setup a warm worker gets as its first message (a cold one gets it as workerData). */
export interface SetupMessage {
  readonly setup: WorkerSetup;
}

export const isSetupMessage = (m: object): m is SetupMessage => "setup" in m;

/**
 * Starts `count` workers of `script` that wait for their setup. They never keep the process
 * alive: a run that takes none (an error in its arguments, fewer files than threads) ends as it
 * would have, and Node ends them with it.
 */
export const warmWorkers = (script: string, count: number, heapMb: number): void => {
  for (let i = 0; i < count; i++) {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    worker.unref();
    // One that fails before it is taken is simply not offered.
    const drop = (): void => {
      const at = warm.indexOf(entry);
      if (at >= 0) warm.splice(at, 1);
    };
    const entry: WarmWorker = { worker, script, heapMb, drop };
    worker.once("error", drop);
    worker.once("exit", drop);
    warm.push(entry);
  }
};

/**
 * A warm worker of this script and heap limit, given its setup, or null: the caller then starts
 * one of its own. Taken, it is the caller's like any worker it started (and keeps the process alive).
 */
export const takeWarmWorker = (script: string, heapMb: number, setup: WorkerSetup): Worker | null => {
  const at = warm.findIndex((w) => w.script === script && w.heapMb === heapMb);
  if (at < 0) return null;
  const [{ worker, drop }] = warm.splice(at, 1) as [WarmWorker];
  worker.off("error", drop);
  worker.off("exit", drop);
  worker.ref();
  worker.postMessage({ setup } satisfies SetupMessage);
  return worker;
};

/** Ends the workers no one took. */
export const endWarmWorkers = async (): Promise<void> => {
  await Promise.all(warm.splice(0).map((w) => w.worker.terminate()));
};

/** How many are waiting to be taken (tests). */
export const warmCount = (): number => warm.length;
