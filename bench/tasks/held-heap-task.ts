// What the main thread of a merge holds just before it writes: the CLI's own steps up to the
// writer (the read pool with its workers and interner, the register's round, mergeRound), then a
// heap snapshot. `heap-snapshot-summary` sums it by node type and property set.
import { writeHeapSnapshot } from "node:v8";
import { DEFAULT_PLAN, mergeRound, registerMerge } from "../../src/core";
import { checkListed, listOfficeInputs } from "../../src/cli/gather-inputs";
import { DEFAULT_POOL } from "../../src/cli/read-pool";
import { receivedDates } from "../../src/cli/received-dates";
import { argOf, inputList, reportResult } from "./task-io";

const quiet = { out: () => undefined, err: () => undefined, progressStream: process.stderr, progress: false };

const main = async (): Promise<void> => {
  const today = argOf("today", "2024-06-30");
  const listing = await listOfficeInputs(inputList(), false, quiet);
  const checked = await checkListed(listing, { plan: DEFAULT_PLAN, today, pool: DEFAULT_POOL }, quiet);
  const { plan, register } = registerMerge(checked, {
    plan: DEFAULT_PLAN,
    today,
    register: null,
    file: null,
    received: await receivedDates(listing),
    feedback: [],
  });
  const merged = mergeRound(checked, { plan, today, register });
  const file = writeHeapSnapshot(argOf("snapshot"));
  // Read after the snapshot, so everything the writer would get is still alive when it is taken.
  reportResult({
    snapshot: file,
    rows: merged.consolidation.inputs.reduce((n, i) => n + i.records.length, 0),
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
  });
};

void main();
