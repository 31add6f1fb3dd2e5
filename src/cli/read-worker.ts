// Worker thread entry: parses one workbook at a time, so a file that defeats the parser (memory,
// endless loop) costs this worker — terminated by the pool — and one "unreadable" line, not the run.
import { parentPort, workerData } from "node:worker_threads";
import { parsePlanConfig } from "../core";
import { nodeInflateRaw } from "../xlsx/node-inflate";
import { checkWorkbookBytes } from "../xlsx/read";
import type { ReadJob, ReadJobResult, ReferenceJob, ReferenceJobResult, WorkerSetup } from "./read-job";
import { parseReference } from "./reference-parse";

// The plan arrives once, as workerData (a structured-clone copy): parsed here once, so its lookup
// indexes (cached per plan object) are built once per worker, not per file.
const setup = workerData as WorkerSetup;
const parsed = parsePlanConfig(setup.plan);
if (!parsed.ok) throw new Error("worker received an invalid plan");
const plan = parsed.plan;

parentPort?.on("message", (job: ReadJob | ReferenceJob) => {
  if ("kind" in job) {
    parseReference(job.kind, job.file, new Uint8Array(job.bytes), plan, setup.today, job.sheet)
      .then((reference) => parentPort?.postMessage({ id: job.id, reference } satisfies ReferenceJobResult))
      .catch((e: unknown) =>
        parentPort?.postMessage({ id: job.id, ok: false, error: String(e) } satisfies ReferenceJobResult),
      );
    return;
  }
  checkWorkbookBytes(job.file, job.sha256, new Uint8Array(job.bytes), plan, setup.today, { inflateRaw: nodeInflateRaw })
    .then((checked) => {
      const reply: ReadJobResult = {
        id: job.id,
        ok: true,
        checked: {
          result: checked.result,
          records: checked.records,
          template: checked.template,
          sheets: checked.sheets,
        },
      };
      parentPort?.postMessage(reply);
    })
    .catch((e: unknown) =>
      parentPort?.postMessage({ id: job.id, ok: false, error: String(e) } satisfies ReadJobResult),
    );
});
