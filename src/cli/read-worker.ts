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
import { isSetupMessage, type SetupMessage } from "./warm-workers";

// The plan arrives once, as workerData or, for a worker started before the plan was known
// (warm-workers.ts), as the first message: a structured-clone copy of the plan the main thread has
// parsed, so it is taken as it is (parsing it again cost every worker a zod pass at start-up). One
// object per worker, so its lookup indexes (cached per plan object) are built once, not per file.
let setup = (workerData ?? null) as WorkerSetup | null;

parentPort?.on("message", (job: ReadJob | ReferenceJob | SetupMessage) => {
  if (isSetupMessage(job)) {
    setup = job.setup;
    return;
  }
  if (setup === null) throw new Error("read worker: a job came before the plan");
  const { plan, today } = setup;
  if ("kind" in job) {
    parseReference(job.kind, job.file, new Uint8Array(job.bytes), plan, today, job.sheet)
      .then((reference) => parentPort?.postMessage({ id: job.id, reference } satisfies ReferenceJobResult))
      .catch((e: unknown) =>
        parentPort?.postMessage({ id: job.id, ok: false, error: String(e) } satisfies ReferenceJobResult),
      );
    return;
  }
  checkWorkbookBytes(job.file, job.sha256, new Uint8Array(job.bytes), plan, today, { inflateRaw: nodeInflateRaw })
    .then((checked) => {
      const packed = packChecked(checked);
      // The index arrays move, not copy: the rest (the distinct values) is small beside the rows.
      parentPort?.postMessage({ id: job.id, ok: true, checked: packed } satisfies ReadJobResult, packedBuffers(packed));
    })
    .catch((e: unknown) =>
      parentPort?.postMessage({ id: job.id, ok: false, error: String(e) } satisfies ReadJobResult),
    );
});
