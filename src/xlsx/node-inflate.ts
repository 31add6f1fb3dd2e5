// Node only: zlib's native inflate for the reader's fast path. fflate (pure JavaScript, used in the
// browser) needs ~0.3 s of JIT warm-up per process before it runs at speed; a read worker that reads
// thirty files never gets past it. zlib runs at full speed from the first part.
import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "./zip-guard";

/** Raw deflate → bytes, never more than `maxBytes` (zlib stops and throws past it; the reader then counts in slices). */
export const nodeInflateRaw: InflateRaw = Object.assign(
  (data: Uint8Array, maxBytes: number): Uint8Array => {
    const out = inflateRawSync(data, { maxOutputLength: maxBytes });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  { stopsAtMax: true },
);
