"use strict";
// A stand-in for the read worker (tests/cli/read-lane.test.ts, warm-workers.test.ts): answers each
// job with its file name, its thread and the date of its setup (given as workerData, or as the
// first message to a warm worker), so a test sees which worker read what; hangs or dies on the
// files named so.
const { parentPort, threadId, workerData } = require("node:worker_threads");

let setup = workerData ?? null;
parentPort.on("message", (job) => {
  if ("setup" in job) {
    setup = job.setup;
    return;
  }
  if (job.file === "haengt.xlsx") for (;;);
  if (job.file === "absturz.xlsx") process.exit(3);
  parentPort.postMessage({ id: job.id, ok: true, checked: { file: job.file, thread: threadId, today: setup?.today } });
});
