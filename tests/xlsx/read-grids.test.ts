import { zipSync, strToU8 } from "fflate";
import { readWorkbookGrids, sniffBytes, inspectZip } from "../../src/xlsx";
import { addRows, workbookBytes } from "../helpers/workbook";

const cellsOf = async (bytes: Uint8Array) => {
  const r = await readWorkbookGrids(bytes);
  if (!r.ok) throw new Error(`unreadable: ${r.reason}`);
  return r;
};

describe("readWorkbookGrids: values as the core expects them", () => {
  it("converts every exceljs value shape to a plain cell, keeping number formats", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Tabelle1");
      addRows(ws, [
        ["Text", 42, true, new Date(Date.UTC(2024, 11, 31)), { formula: "B1*2", result: 84 }, { formula: "B1/0", result: { error: "#DIV/0!" } }],
        [{ richText: [{ text: "fett", font: { bold: true } }, { text: " und normal" }] }, { text: "Link", hyperlink: "https://example.invalid" }, { error: "#REF!" }, 0.5, { formula: "A1" }, "=1+1"],
      ]);
      ws.getCell("D1").numFmt = "dd.mm.yyyy";
      ws.getCell("D2").numFmt = "0%";
    });
    const r = await cellsOf(bytes);
    const g = r.grids[0]!;
    expect([g.sheet, g.top, g.left]).toEqual(["Tabelle1", 1, 1]);
    expect(g.rows.map((row) => row.map((c) => c && { ...c }))).toEqual([
      [{ value: "Text" }, { value: 42 }, { value: true }, { value: { date: "2024-12-31" }, format: "dd.mm.yyyy" }, { value: 84, formula: true }, { value: { error: "#DIV/0!" }, formula: true }],
      [{ value: "fett und normal" }, { value: "Link" }, { value: { error: "#REF!" } }, { value: 0.5, format: "0%" }, { value: null, formula: true }, { value: "=1+1" }],
    ]);
  });

  it("reads dates of a 1904 workbook as the dates Excel shows", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = new Date(Date.UTC(2024, 11, 31));
      ws.getCell("A1").numFmt = "dd.mm.yyyy";
    });
    const r = await cellsOf(bytes);
    expect(r.grids[0]?.date1904).toBe(true);
    expect(r.grids[0]?.rows[0]?.[0]?.value).toEqual({ date: "2024-12-31" });
  });

  it("starts the grid at the first filled cell and keeps physical positions", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("C4").value = "Titel";
      ws.getCell("D6").value = "x";
      ws.getRow(5).hidden = true;
      wb.addWorksheet("Leer");
    });
    const r = await cellsOf(bytes);
    expect(r.grids.map((g) => [g.sheet, g.top, g.left, g.rows.length, g.rows[0]?.length ?? 0])).toEqual([
      ["S", 4, 3, 3, 2],
      ["Leer", 1, 1, 0, 0],
    ]);
    expect(r.grids[0]?.rows[2]?.[1]?.value).toBe("x");
  });
});

describe("readWorkbookGrids: broken and hostile files get a reason, never an exception", () => {
  const real = () => workbookBytes((wb) => addRows(wb.addWorksheet("S"), [["a", "b"], [1, 2]]));

  it.each([
    ["empty file", async () => new Uint8Array(), "empty"],
    ["CSV renamed", async () => strToU8("Nr.;Maßnahme;Status\n1.1.1;Kurs;läuft\n"), "text"],
    ["OLE2 (old .xls or encrypted)", async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), "ole2"],
    ["truncated zip", async () => (await real()).subarray(0, 1500), "corrupt"],
    ["Word document renamed", async () => zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") }), "not-a-workbook"],
    ["random binary", async () => new Uint8Array([1, 2, 3, 0, 255, 7, 0, 9]), "not-a-workbook"],
  ] as const)("%s → %s", async (_name, make, reason) => {
    const r = await readWorkbookGrids(await make());
    expect(r.ok ? "ok" : r.reason).toBe(reason);
  });

  it("stops a decompression bomb at the size limit while inflating", async () => {
    const bomb = zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/sheet1.xml": new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const r = await readWorkbookGrids(bomb, { zipLimits: { maxEntries: 100, maxTotalBytes: 16 * 1024 * 1024, maxRatio: 500 } });
    expect(r.ok ? "ok" : r.reason).toBe("too-large");
    const ratio = inspectZip(bomb, { maxEntries: 100, maxTotalBytes: 1024 * 1024 * 1024, maxRatio: 500 });
    expect(ratio.ok ? "ok" : ratio.reason).toBe("ratio");
  });

  it("refuses a package with too many entries", async () => {
    const files: Record<string, Uint8Array> = { "xl/workbook.xml": strToU8("<workbook/>") };
    for (let i = 0; i < 50; i++) files[`xl/x${i}.xml`] = strToU8("<x/>");
    const r = await readWorkbookGrids(zipSync(files), { zipLimits: { maxEntries: 20, maxTotalBytes: 1e9, maxRatio: 500 } });
    expect(r.ok ? "ok" : r.reason).toBe("too-many-entries");
  });

  it.each([
    [[0x50, 0x4b, 0x03, 0x04], "zip"],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "ole2"],
    [[0xef, 0xbb, 0xbf, 0x4e, 0x72, 0x3b], "text"],
    [[], "empty"],
  ] as const)("sniffs %p as %s", (bytes, kind) => expect(sniffBytes(new Uint8Array(bytes))).toBe(kind));
});
