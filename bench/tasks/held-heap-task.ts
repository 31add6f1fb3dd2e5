// What the main thread of a merge holds just before it writes: the CLI's own steps up to the
// writer (the read pool with its workers and interner, the register's round, mergeRound), then a
// heap snapshot. `heap-snapshot-summary` sums it by node type and property set.
import { writeHeapSnapshot } from "node:v8";
import { mergeRound } from "../../src/core";
import { readForMerge } from "./read-for-merge";
import { argOf, reportResult } from "./task-io";

const main = async (): Promise<void> => {
  const { checked, options } = await readForMerge(argOf("today", "2024-06-30"));
  const merged = mergeRound(checked, options);
  const file = writeHeapSnapshot(argOf("snapshot"));
  // Read after the snapshot, so everything the writer would get is still alive when it is taken.
  reportResult({
    snapshot: file,
    rows: merged.consolidation.inputs.reduce((n, i) => n + i.records.length, 0),
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
  });
};

void main();
