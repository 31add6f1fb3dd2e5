// Node-only: lets the zip give back the chunks the direct rows write (direct-rows.ts) once zlib has
// read them, so that the next chunks reuse their memory instead of touching fresh pages.
import { RELEASE_WHEN_READ, type Releasable } from "./consolidated/direct-rows";

type TransformCallback = (error?: Error | null, data?: unknown) => void;

/** crc32-stream's DeflateCRC32Stream, archiver's deflate stream for each zip entry, as far as used here. */
export interface DeflateStreamClass {
  readonly prototype: { _transform(chunk: unknown, encoding: string, callback: TransformCallback): void };
}

const patched = new WeakSet<DeflateStreamClass>();

/**
 * Makes the zip's deflate stream call a chunk's RELEASE_WHEN_READ once zlib is done with it. Node's
 * zlib calls a chunk's transform callback only after it has read all of the chunk and dropped its
 * reference to it (lib/zlib.js, processCallback), and archiver's entry stream hands each chunk on
 * as the same object; a chunk joined with others on the way never reaches here marked, and is then
 * simply not reused. Not after an error: who still reads that memory is then unknown.
 */
export const releaseChunksWhenRead = (Deflate: DeflateStreamClass): void => {
  if (patched.has(Deflate)) return;
  patched.add(Deflate);
  const transform = Deflate.prototype._transform;
  Deflate.prototype._transform = function (chunk, encoding, callback) {
    const release = (chunk as Releasable | null | undefined)?.[RELEASE_WHEN_READ];
    if (release === undefined) return transform.call(this, chunk, encoding, callback);
    transform.call(this, chunk, encoding, (error, data) => {
      if (!error) release();
      callback(error, data);
    });
  };
};
