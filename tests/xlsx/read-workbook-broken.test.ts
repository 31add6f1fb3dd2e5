import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { readWorkbookGrids, type ReadOptions } from "../../src/xlsx";
import { addRows, workbookBytes } from "../helpers/workbook";
import { fakeWorkbookZip, patchEntry } from "./zip-fixtures";

const MiB = 1024 * 1024;
const realWorkbook = () =>
  workbookBytes((wb) =>
    addRows(wb.addWorksheet("S"), [
      ["Nr.", "Status"],
      ["1.1.1", "umgesetzt"],
    ]),
  );
/** 40 MiB of zeros in a few KiB, built once: compressing it takes a second. */
let bombCache: Uint8Array | undefined;
const bomb = () => (bombCache ??= fakeWorkbookZip({ "xl/worksheets/sheet1.xml": new Uint8Array(40 * MiB) }));
const halfOf = (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length / 2));
const manyEntries = (n: number) =>
  fakeWorkbookZip(Object.fromEntries(Array.from({ length: n }, (_, i) => [`xl/x${i}.xml`, strToU8("<x/>")])));

describe("readWorkbookGrids: broken and hostile files get a reason, never an exception", () => {
  it.each<[string, string, () => Promise<Uint8Array> | Uint8Array, ReadOptions?]>([
    ["empty file", "empty", () => new Uint8Array()],
    ["CSV renamed to .xlsx", "text", () => strToU8("Nr.;Maßnahme;Status\n1.1.1;Sprachkurs;läuft\n")],
    [
      "OLE2 header (old .xls or password-protected)",
      "ole2",
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]),
    ],
    ["random binary", "not-a-workbook", () => new Uint8Array([1, 2, 3, 0, 255, 7, 0, 9])],
    ["truncated workbook (first half)", "corrupt", async () => halfOf(await realWorkbook())],
    [
      "Word document renamed",
      "not-a-workbook",
      () => zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") }),
    ],
    ["zip bomb", "too-large", bomb, { zipLimits: { maxTotalBytes: 16 * MiB } }],
    ["zip bomb with lying sizes", "ratio", () => patchEntry(bomb(), "xl/worksheets/sheet1.xml", { size: 999 })],
    ["too many entries", "too-many-entries", () => manyEntries(50), { zipLimits: { maxEntries: 20 } }],
    [
      "zip-encrypted entry (not Excel's own encryption)",
      "encrypted",
      () => patchEntry(fakeWorkbookZip(), "xl/workbook.xml", { flags: 1 }),
    ],
    ["workbook part without sheets", "no-worksheets", () => fakeWorkbookZip()],
    [
      "workbook part that is not XML",
      "parse-failed",
      () => fakeWorkbookZip({ "xl/workbook.xml": strToU8("<workbook><sheets") }),
    ],
  ])("%s → %s", async (_name, reason, make, options = {}) => {
    const r = await readWorkbookGrids(await make(), options);
    expect(r.ok ? "ok" : r.reason).toBe(reason);
  });

  it("gives a detail a maintainer can act on", async () => {
    const r = await readWorkbookGrids(zipSync({ "word/document.xml": strToU8("<w:document/>") }));
    expect(r).toEqual({ ok: false, reason: "not-a-workbook", detail: "no xl/workbook.xml among 1 entries" });
  });

  it("resolves for any bytes, and for a real workbook with a few bytes changed", async () => {
    const real = await realWorkbook();
    const settle = async (bytes: Uint8Array) => {
      const r = await readWorkbookGrids(bytes);
      return typeof r.ok === "boolean";
    };
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), settle), { numRuns: 100 });
    const mutation = fc.array(fc.tuple(fc.nat({ max: real.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 4,
    });
    await fc.assert(
      fc.asyncProperty(mutation, async (changes) => {
        const bytes = real.slice();
        for (const [at, value] of changes) bytes[at] = value;
        return settle(bytes);
      }),
      { numRuns: 150 },
    );
  });
});
