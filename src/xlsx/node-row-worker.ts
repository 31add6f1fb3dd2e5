// A worker thread that renders list rows as sheet XML (UTF-8) while the main thread makes the next
// rows: the write phase of a merge otherwise runs on one CPU while the other idles. Loads only the
// renderer (no exceljs, no core), so it is ready before the first list's rows are.
import { parentPort } from "node:worker_threads";
import { batchXml, type RowBatch, type RowsSpec } from "./consolidated/rows-xml";

const encoder = new TextEncoder();

parentPort?.on("message", ({ spec, batch }: { spec: RowsSpec; batch: RowBatch }) => {
  const bytes = encoder.encode(batchXml(spec, batch));
  // Transferred, not copied: the main thread hands these bytes to the zip as they are.
  parentPort?.postMessage(bytes, [bytes.buffer]);
});
