import { strToU8, unzipSync, zipSync } from "fflate";
import { guardZip, type ZipLimits } from "../../src/xlsx";
import { addRows, workbookBytes } from "../helpers/workbook";
import { fakeWorkbookZip, patchEntry, patchEntryCount, zipStreaming } from "./zip-fixtures";

const MiB = 1024 * 1024;
const zeros = (bytes: number) => new Uint8Array(bytes);
const outcome = (bytes: Uint8Array, limits: Partial<ZipLimits> = {}) => {
  const v = guardZip(bytes, limits);
  return v.ok ? "ok" : v.reason;
};

const realWorkbook = () =>
  workbookBytes((wb) =>
    addRows(wb.addWorksheet("S"), [
      ["a", "b"],
      [1, 2],
    ]),
  );

describe("guardZip: packages that pass", () => {
  it("lists the entries of a real workbook and counts its inflated bytes", async () => {
    const v = guardZip(await realWorkbook());
    if (!v.ok) throw new Error(v.detail);
    expect(v.entries).toEqual(
      expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml"]),
    );
    expect(v.totalBytes).toBeGreaterThan(1000);
    expect([v.hasMacros, v.lossyParts]).toEqual([false, []]);
  });

  it("reads sizes from the central directory when the writer used data descriptors", async () => {
    const streamed = zipStreaming(unzipSync(await realWorkbook()));
    // Bit 3 of the first local header: sizes follow the data, the local header holds zeros.
    expect(new DataView(streamed.buffer).getUint16(6, true) & 8).toBe(8);
    expect(outcome(streamed)).toBe("ok");
  });

  it("allows bytes before the zip (a self-extractor stub), as JSZip does", () => {
    const zip = fakeWorkbookZip({ "xl/worksheets/sheet1.xml": strToU8("<worksheet/>") });
    const prefixed = new Uint8Array(64 + zip.length);
    prefixed.set(zip, 64);
    expect(outcome(prefixed)).toBe("ok");
  });

  it("flags macros and the parts a rewrite would drop, as folders", () => {
    const v = guardZip(
      fakeWorkbookZip({
        "xl/vbaProject.bin": zeros(10),
        "xl/charts/chart1.xml": strToU8("<c/>"),
        "xl/charts/chart2.xml": strToU8("<c/>"),
        "xl/drawings/drawing1.xml": strToU8("<d/>"),
        "xl/pivotTables/pivotTable1.xml": strToU8("<p/>"),
        "xl/worksheets/sheet1.xml": strToU8("<worksheet/>"),
      }),
    );
    expect(v.ok && [v.hasMacros, v.lossyParts]).toEqual([true, ["xl/charts/", "xl/drawings/", "xl/pivotTables/"]]);
  });

  it("counts stored (uncompressed) entries too", () => {
    expect(outcome(fakeWorkbookZip({ "xl/big.bin": zeros(2 * MiB) }, 0), { maxTotalBytes: 1 * MiB })).toBe("too-large");
    expect(outcome(fakeWorkbookZip({ "xl/big.bin": zeros(2 * MiB) }, 0))).toBe("ok");
  });
});

describe("guardZip: packages that are refused, with the reason", () => {
  const bomb = fakeWorkbookZip({ "xl/worksheets/sheet1.xml": zeros(40 * MiB) });
  /** The same bomb with honest-looking small sizes in its headers: only inflating tells. */
  const lyingBomb = patchEntry(bomb, "xl/worksheets/sheet1.xml", { size: 4000 });
  const many = (n: number) =>
    fakeWorkbookZip(Object.fromEntries(Array.from({ length: n }, (_, i) => [`xl/x${i}.xml`, strToU8("<x/>")])));

  it("keeps the bomb small on disk", () => expect(bomb.length).toBeLessThan(100 * 1024));

  it.each<[string, string, () => Uint8Array, Partial<ZipLimits>?]>([
    ["bomb, sizes declared honestly", "too-large", () => bomb, { maxTotalBytes: 16 * MiB }],
    [
      "bomb, sizes lied about, size limit first",
      "too-large",
      () => lyingBomb,
      { maxTotalBytes: 16 * MiB, maxRatio: 5000 },
    ],
    ["bomb, sizes lied about, default ratio limit", "ratio", () => lyingBomb],
    ["bomb under the size limit but over the ratio", "ratio", () => bomb],
    ["more entries than allowed", "too-many-entries", () => many(50), { maxEntries: 20 }],
    [
      "end record understating the entry count",
      "too-many-entries",
      () => patchEntryCount(many(50), 3),
      { maxEntries: 20 },
    ],
    [
      "entry size differing from its header",
      "corrupt",
      () => patchEntry(fakeWorkbookZip(), "xl/workbook.xml", { size: 5 }),
    ],
    ["encrypted entry", "encrypted", () => patchEntry(fakeWorkbookZip(), "xl/workbook.xml", { flags: 1 })],
    [
      "compression JSZip cannot read (bzip2)",
      "corrupt",
      () => patchEntry(fakeWorkbookZip(), "xl/workbook.xml", { method: 12 }),
    ],
    [
      "no xl/workbook.xml (a Word document)",
      "not-a-workbook",
      () => zipSync({ "word/document.xml": strToU8("<w:document/>") }),
    ],
    [
      "empty archive",
      "not-a-workbook",
      () => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
    ],
    ["not a zip at all", "corrupt", () => strToU8("just some text that is long enough to search")],
    ["a few bytes", "corrupt", () => new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
  ])("%s → %s", (_name, reason, make, limits = {}) => expect(outcome(make(), limits)).toBe(reason));

  it("says what was found in the detail", () => {
    const v = guardZip(lyingBomb);
    expect(v.ok ? "" : v.detail).toBe("xl/worksheets/sheet1.xml: over 200:1");
  });

  it.each([0.1, 0.5, 0.9, 0.99])("reports a workbook cut at %p of its length as corrupt", async (share) => {
    const bytes = await realWorkbook();
    expect(outcome(bytes.subarray(0, Math.floor(bytes.length * share)))).toBe("corrupt");
  });
});
