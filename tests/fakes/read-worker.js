"use strict";
// A stand-in for the read worker (tests/cli/read-lane.test.ts): answers each job with its file name
// and its thread, so a test sees which worker read what; hangs or dies on the files named so.
const { parentPort, threadId } = require("node:worker_threads");

parentPort.on("message", (job) => {
  if (job.file === "haengt.xlsx") for (;;);
  if (job.file === "absturz.xlsx") process.exit(3);
  parentPort.postMessage({ id: job.id, ok: true, checked: { file: job.file, thread: threadId } });
});
