// Worker thread entry: parses one workbook at a time, so a file that defeats the parser (memory,
// endless loop) costs this worker — terminated by the pool — and one "unreadable" line, not the run.
import { parentPort } from "node:worker_threads";
import { parsePlanConfig } from "../core";
import { checkWorkbookBytes } from "../xlsx";
import type { ReadJob, ReadJobResult } from "./read-job";

parentPort?.on("message", (job: ReadJob) => {
  const plan = parsePlanConfig(job.plan);
  if (!plan.ok) throw new Error("worker received an invalid plan");
  checkWorkbookBytes(job.file, job.sha256, new Uint8Array(job.bytes), plan.plan, job.today)
    .then((checked) => {
      const reply: ReadJobResult = { id: job.id, ok: true, checked: { result: checked.result, records: checked.records, sheets: checked.sheets } };
      parentPort?.postMessage(reply);
    })
    .catch((e: unknown) => parentPort?.postMessage({ id: job.id, ok: false, error: String(e) } satisfies ReadJobResult));
});
