// Issue 17: how long a parsing thread takes to start — load its script, parse the plan — timed
// against a second script in the same process, the two started in turn (A B A B …), so a ratio
// holds while the shared machine's speed drifts. Each start is timed up to the answer to its first
// file (the same small file for both); the same worker's answer to it again is printed beside, as
// the part of that time the file itself takes once the worker runs.
//
//   node bench-out/bench/tasks/worker-start-task.js --a lib/bundle/read-worker.js \
//     --b /tmp/before/lib/cli/read-worker.js --file bench/cache/city-2024/0001-BIA.xlsx --runs 15
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type { ReadJob, WorkerSetup } from "../../src/cli/read-job";
import { DEFAULT_PLAN } from "../../src/core";
import { argOf, msSince, numberArg, reportResult } from "./task-io";

const bytes = readFileSync(argOf("file"));
const runs = numberArg("runs", 15);
const today = argOf("today", "2024-06-30");

/** One answer from `worker` to the file, timed from `since`. */
const answer = (worker: Worker, id: number, since: bigint): Promise<number> =>
  new Promise((done, fail) => {
    worker.once("message", () => done(msSince(since)));
    worker.once("error", fail);
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const job: ReadJob = { id, file: "start.xlsx", sha256: "", bytes: copy };
    worker.postMessage(job, [copy]);
  });

/** One worker: its first answer (start-up and the file), and its second (the file alone). */
const startUp = async (script: string): Promise<{ firstMs: number; fileMs: number }> => {
  const t0 = process.hrtime.bigint();
  const setup: WorkerSetup = { plan: DEFAULT_PLAN, today };
  const worker = new Worker(script, { workerData: setup });
  const first = await answer(worker, 0, t0);
  const fileMs = await answer(worker, 1, process.hrtime.bigint());
  await worker.terminate();
  return { firstMs: first, fileMs };
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const main = async (): Promise<void> => {
  const a = resolve(argOf("a"));
  const b = resolve(argOf("b"));
  await startUp(a);
  await startUp(b);
  const as: number[] = [];
  const bs: number[] = [];
  const files: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ta = await startUp(a);
    const tb = await startUp(b);
    as.push(ta.firstMs);
    bs.push(tb.firstMs);
    files.push(ta.fileMs, tb.fileMs);
    ratios.push(ta.firstMs / tb.firstMs);
  }
  process.stdout.write(
    `first answer (start-up + file), median of ${runs}: A ${median(as).toFixed(0)} ms, B ${median(bs).toFixed(0)} ms, ` +
      `A/B pair by pair ${median(ratios).toFixed(3)} (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)}); ` +
      `the file alone ${median(files).toFixed(0)} ms\n`,
  );
  reportResult({ a, b, runs, aMs: median(as), bMs: median(bs), ratio: median(ratios), fileMs: median(files) });
};

void main();
