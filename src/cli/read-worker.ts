// Worker thread entry: parses one workbook at a time, so a file that defeats the parser (memory,
// endless loop) costs this worker — terminated by the pool — and one "unreadable" line, not the run.
import { parentPort } from "node:worker_threads";
import { parsePlanConfig, type PlanConfig } from "../core";
import { checkWorkbookBytes } from "../xlsx";
import type { ReadJob, ReadJobResult } from "./read-job";

// Every job brings the plan as a structured-clone copy. Parsed once and kept: a fresh plan object
// per file would also rebuild the plan's lookup indexes (cached per object) for every file.
let parsed: { readonly json: string; readonly plan: PlanConfig } | null = null;
const planOf = (input: unknown): PlanConfig => {
  const json = JSON.stringify(input);
  if (parsed?.json === json) return parsed.plan;
  const plan = parsePlanConfig(input);
  if (!plan.ok) throw new Error("worker received an invalid plan");
  parsed = { json, plan: plan.plan };
  return plan.plan;
};

parentPort?.on("message", (job: ReadJob) => {
  checkWorkbookBytes(job.file, job.sha256, new Uint8Array(job.bytes), planOf(job.plan), job.today)
    .then((checked) => {
      const reply: ReadJobResult = { id: job.id, ok: true, checked: { result: checked.result, records: checked.records, sheets: checked.sheets } };
      parentPort?.postMessage(reply);
    })
    .catch((e: unknown) => parentPort?.postMessage({ id: job.id, ok: false, error: String(e) } satisfies ReadJobResult));
});
