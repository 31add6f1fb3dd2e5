import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as zlib from "node:zlib";
import fc from "fast-check";
import { DEFAULT_PLAN } from "../../src/core";
import { type CrcBuf, nativeCrcBuf, useNativeCrc32 } from "../../src/xlsx/node-crc32";
import { writeConsolidatedFile } from "../../src/xlsx/node";
import { readZipDirectory } from "../../src/xlsx/zip-directory";
import { longRound } from "../helpers/records";

const javascriptCrc = (require("crc-32") as { buf: CrcBuf }).buf;
const native = nativeCrcBuf(zlib.crc32, javascriptCrc);

describe("crc-32's buf through zlib.crc32", () => {
  it("equals crc-32's own on random bytes and seeds", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), fc.constant(undefined)),
        (bytes, seed) => {
          expect(native(bytes, seed)).toBe(javascriptCrc(bytes, seed));
          expect(native(Buffer.from(bytes), seed)).toBe(javascriptCrc(Buffer.from(bytes), seed));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("chains over pieces as crc32-stream calls it: a Buffer of four zeros first, then the last result", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { minLength: 1, maxLength: 6 }), (pieces) => {
        const chain = (buf: CrcBuf) =>
          pieces.reduce<unknown>((seed, piece) => buf(piece, seed) >>> 0, Buffer.alloc(4)) as number;
        expect(chain(native)).toBe(chain(javascriptCrc));
        expect(chain(native)).toBe(zlib.crc32(Buffer.concat(pieces)));
      }),
    );
  });

  it("leaves what is not bytes to crc-32", () => {
    expect(native([1, 2, 3], 7)).toBe(javascriptCrc([1, 2, 3], 7));
  });
});

describe("the command line's zip writer with the native checksum", () => {
  it("replaces the function of the crc-32 that archiver's crc32-stream requires", () => {
    const streamCrc = createRequire(require.resolve("crc32-stream"))("crc-32") as { buf: CrcBuf };
    expect(streamCrc.buf).toBe(javascriptCrc);
    useNativeCrc32();
    expect(streamCrc.buf).not.toBe(javascriptCrc);
    expect(streamCrc.buf(Buffer.from("Maßnahmen"), 0) >>> 0).toBe(zlib.crc32("Maßnahmen"));
  });

  it("writes a consolidated workbook whose directory declares each part's true CRC and size", async () => {
    // Enough rows for several 64 KiB pieces per list sheet: the checksum runs on across calls.
    const c = longRound(1_500, (i) => `Sachstand ${i}: Fortschritt „gut“ – Träger beteiligt, Räume geprüft.`);
    const dir = mkdtempSync(join(tmpdir(), "crc-"));
    try {
      const path = join(dir, "k.xlsx");
      await writeConsolidatedFile(path, c, DEFAULT_PLAN, { tableRowLimit: 1 });
      const bytes = new Uint8Array(readFileSync(path));
      const zip = readZipDirectory(bytes, 1_000);
      if (!zip.ok) throw new Error(zip.detail);
      const sheet = zip.entries.find((e) => e.name === "xl/worksheets/sheet2.xml");
      expect(sheet?.declaredSize).toBeGreaterThan(4 * 64 * 1024);
      for (const e of zip.entries) {
        const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
        const part = e.method === 8 ? zlib.inflateRawSync(data) : data;
        expect([e.name, e.crc32, e.declaredSize]).toEqual([e.name, zlib.crc32(part), part.length]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
