// Worker thread entry: renders batches of a long list's rows as sheet XML and encodes them, while
// the main thread computes the next rows' values (node-row-renderer.ts starts it).
import { parentPort } from "node:worker_threads";
import { renderBatch, type RowBatch } from "./consolidated/row-batch";
import type { RenderJob, RenderReply } from "./node-row-renderer";

/** Room for a batch's XML: its texts three bytes a character at worst, and the markup around each cell. */
const worstCase = (b: RowBatch): number => 3 * b.textLength + b.rows * (b.columns * 48 + 96);

/** One working buffer for every batch, grown when a batch needs more: a fresh one each time left megabytes for the collector. */
let scratch = Buffer.allocUnsafeSlow(0);

/**
 * The rows' UTF-8 bytes, each row encoded once straight into the working buffer, then copied into
 * a buffer of their own size, which is transferred, not copied again.
 */
const encodeBatch = (job: RenderJob): { buffer: ArrayBuffer; length: number } => {
  if (scratch.length < worstCase(job.batch)) scratch = Buffer.allocUnsafeSlow(worstCase(job.batch));
  let used = 0;
  renderBatch(job.batch, job.sheet, (xml) => {
    // The guess covers the markup of ordinary cells; a longer row (many columns) still fits.
    if (used + 3 * xml.length > scratch.length) {
      const larger = Buffer.allocUnsafeSlow(2 * scratch.length + 3 * xml.length);
      scratch.copy(larger, 0, 0, used);
      scratch = larger;
    }
    used += scratch.write(xml, used, "utf8");
  });
  const bytes = new Uint8Array(used);
  bytes.set(scratch.subarray(0, used));
  return { buffer: bytes.buffer, length: used };
};

parentPort?.on("message", (job: RenderJob) => {
  let reply: RenderReply;
  try {
    reply = { ok: true, ...encodeBatch(job) };
  } catch (e) {
    reply = { ok: false, error: String(e) };
  }
  parentPort?.postMessage(reply, reply.ok ? [reply.buffer] : []);
});
