// Node only: zlib's native inflate for the reader's fast path. fflate (pure JavaScript, used in the
// browser) needs ~0.3 s of JIT warm-up per process before it runs at speed; a read worker that reads
// thirty files never gets past it. zlib runs at full speed from the first part.
import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "./zip-guard";

/**
 * zlib's output buffer: the whole part where it is small enough. With its default 16 KiB a 200 KB
 * sheet took 13 native calls and a copy of the pieces into one buffer; the bound keeps a header
 * that lies about its size from reserving much more than the default up front.
 */
const MAX_CHUNK = 4 * 1024 * 1024;

/** Raw deflate → bytes, never more than `maxBytes` (zlib stops and throws past it; the reader then counts in slices). */
export const nodeInflateRaw: InflateRaw = Object.assign(
  (data: Uint8Array, maxBytes: number): Uint8Array => {
    const out = inflateRawSync(data, {
      maxOutputLength: maxBytes,
      chunkSize: Math.max(64, Math.min(maxBytes, MAX_CHUNK)),
    });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  { stopsAtMax: true },
);
