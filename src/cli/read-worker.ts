// Worker thread entry: parses one workbook at a time, so a file that defeats the parser (memory,
// endless loop) costs this worker — terminated by the pool — and one "unreadable" line, not the run.
import { parentPort, workerData } from "node:worker_threads";
import { nodeInflateRaw } from "../xlsx/node-inflate";
import { checkWorkbookBytes } from "../xlsx/read";
import {
  packChecked,
  packedBuffers,
  type ReadJob,
  type ReadJobResult,
  type ReferenceJob,
  type ReferenceJobResult,
  type WorkerSetup,
} from "./read-job";
import { parseReference } from "./reference-parse";

// The plan arrives once, as workerData: a structured-clone copy of the plan the main thread has
// parsed, so it is taken as it is (parsing it again cost every worker a zod pass at start-up). One
// object per worker, so its lookup indexes (cached per plan object) are built once, not per file.
const setup = workerData as WorkerSetup;
const plan = setup.plan;

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
      const packed = packChecked(checked);
      // The index arrays move, not copy: the rest (the distinct values) is small beside the rows.
      parentPort?.postMessage({ id: job.id, ok: true, checked: packed } satisfies ReadJobResult, packedBuffers(packed));
    })
    .catch((e: unknown) =>
      parentPort?.postMessage({ id: job.id, ok: false, error: String(e) } satisfies ReadJobResult),
    );
});
