import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { DEFAULT_PLAN, consolidate, makeIssue, type FileResult } from "../../../src/core";
import { BUFFER_BYTES, CHUNK_BYTES, directRows, VALUE_TYPE } from "../../../src/xlsx/consolidated/direct-rows";
import type { ListSheet } from "../../../src/xlsx/consolidated/list-sheet";
import { cellXml, xmlEscape } from "../../../src/xlsx/consolidated/row-xml";
import { isPlainText, safeText } from "../../../src/xlsx/consolidated/sheet-kit";
import { streamConsolidatedWorkbook } from "../../../src/xlsx/node";
import { longInput, masterMeasure } from "../../helpers/records";
import { collect, list, parts, streamedList } from "./list-fixtures";

describe("list rows written as direct XML", () => {
  it.each([
    ["a short list", 40, false],
    ["a list across several chunks, breathing", 7_000, true],
  ])("make the same package as exceljs' row objects: %s", async (_name, count, breathe) => {
    const direct = parts(await streamedList(list(count), false, breathe));
    const exceljs = parts(await streamedList(list(count), true, breathe));
    if (count > 40) expect(direct["xl/worksheets/sheet1.xml"]!.length).toBeGreaterThan(2 * CHUNK_BYTES);
    expect(Object.keys(direct).sort()).toEqual(Object.keys(exceljs).sort());
    // The notes are there (comments and their drawing), so the comparison covers them too.
    expect(Object.keys(direct).some((p) => p.startsWith("xl/comments"))).toBe(true);
    for (const name of Object.keys(exceljs)) expect([name, direct[name]]).toEqual([name, exceljs[name]]);
  });

  it("make the same package as exceljs' row objects when a row alone is larger than a chunk", async () => {
    // Long texts of two- to four-byte characters, each just below Excel's 32,767 characters a cell,
    // in enough columns that the row takes more bytes than the working buffer holds.
    const long = (i: number, c: number) => `${i}${c} Größe ≥ 🙂 & <x> `.repeat(1_500);
    const columns = Array.from({ length: 24 }, (_, c) => c + 1);
    const wide: ListSheet = {
      sheet: "Lang",
      table: "Lang",
      columns: columns.map((c) => ({ header: `Text ${c}`, width: 40, wrap: true })),
      count: 6,
      row: (i) => (i === 2 ? ["kurz", null, 1, true] : columns.map((c) => long(i, c))),
      emptyText: null,
      overflowText: (n) => `… weitere ${n}`,
    };
    expect(long(0, 1).length).toBeLessThanOrEqual(32_767);
    expect(columns.length * long(0, 1).length).toBeGreaterThan(BUFFER_BYTES / 3);
    const direct = parts(await streamedList(wide, false));
    const exceljs = parts(await streamedList(wide, true));
    expect(Object.keys(direct).sort()).toEqual(Object.keys(exceljs).sort());
    for (const name of Object.keys(exceljs)) expect([name, direct[name]]).toEqual([name, exceljs[name]]);
  });

  it("make the same consolidated workbook as exceljs' row objects", async () => {
    const ja = longInput(30, (i) => ({ budget: "ja", note: i % 3 === 0 ? `Sachstand <${i}> & "mehr"` : null }));
    const issue = makeIssue(
      "cell/enum",
      { sheet: "Tabelle1", row: 3, column: 8 },
      { field: "status", value: "fast fertig", params: { allowed: ["in Umsetzung", "umgesetzt"] } },
    );
    const result: FileResult = { ...ja.result, status: "invalid", issues: [issue] };
    const c = consolidate([{ ...ja, result }], {
      plan: DEFAULT_PLAN,
      today: "2024-06-30",
      master: [
        masterMeasure({
          measureId: "3.1.99",
          field: "Kindertagesbetreuung, Schule und Bildung",
          measure: "M",
          leadOffice: "Jugendamt",
          budget: "nein",
        }),
      ],
      previous: [],
    });
    const write = (exceljsRows: boolean) =>
      collect((out) => streamConsolidatedWorkbook(c, DEFAULT_PLAN, out, { tableRowLimit: 1, exceljsRows }));
    const [direct, exceljs] = [parts(await write(false)), parts(await write(true))];
    expect(Object.keys(direct).sort()).toEqual(Object.keys(exceljs).sort());
    for (const name of Object.keys(exceljs)) expect([name, direct[name]]).toEqual([name, exceljs[name]]);
  });

  it("hand their chunks to the zip past exceljs' stream buffers", async () => {
    // exceljs' sheet stream copies what it is given into buffers it allocates (its private
    // StreamBuf): the direct rows go past it, the row objects through it.
    type Chunk = { readonly length: number };
    const StreamBuf = require("exceljs/lib/utils/stream-buf") as {
      prototype: { _writeToBuffers(chunk: Chunk): void };
    };
    const buffered = jest.spyOn(StreamBuf.prototype, "_writeToBuffers");
    const bytesBuffered = async (exceljsRows: boolean): Promise<number> => {
      buffered.mockClear();
      const pkg = await streamedList(list(3_000), exceljsRows, true);
      expect(parts(pkg)["xl/worksheets/sheet1.xml"]!.length).toBeGreaterThan(1_000_000);
      return buffered.mock.calls.reduce((n, [chunk]) => n + chunk.length, 0);
    };
    try {
      // Through exceljs: every byte of the sheet and its other parts; past it: its header, footer and other parts.
      expect(await bytesBuffered(true)).toBeGreaterThan(1_000_000);
      expect(await bytesBuffered(false)).toBeLessThan(128_000);
    } finally {
      buffered.mockRestore();
    }
  });

  it("reuse the memory of the chunks the zip has read, and still make exceljs' package", async () => {
    // Long notes: the Maßnahmen list takes many chunks (one per 256 rows at most 1 MiB).
    const ja = longInput(6_000, (i) => ({ note: `Sachstand ${i}: ${"Förderung und Beratung ".repeat(20)}` }));
    const c = consolidate([ja], { plan: DEFAULT_PLAN, today: "2024-06-30" });
    const write = (exceljsRows: boolean) =>
      collect((out) => streamConsolidatedWorkbook(c, DEFAULT_PLAN, out, { tableRowLimit: 1, exceljsRows }));
    const alloc = jest.spyOn(Buffer, "allocUnsafe");
    let direct: Record<string, string>;
    let chunkBuffers: number;
    try {
      direct = parts(await write(false));
      chunkBuffers = alloc.mock.calls.filter(([size]) => size === BUFFER_BYTES).length;
    } finally {
      alloc.mockRestore();
    }
    const sheet = direct["xl/worksheets/sheet2.xml"]!;
    expect(sheet).toContain("<v>Maßnahmen-Nr.</v>");
    // Each 256 rows go to the zip as one chunk at least: some 23 here, from a handful of buffers
    // (each sheet's working buffer, and the chunks the zip had not read yet when the next came).
    expect(sheet.length / CHUNK_BYTES).toBeGreaterThan(8);
    expect(chunkBuffers).toBeLessThan(10);
    const exceljs = parts(await write(true));
    expect(Object.keys(direct).sort()).toEqual(Object.keys(exceljs).sort());
    for (const name of Object.keys(exceljs)) expect([name, direct[name]]).toEqual([name, exceljs[name]]);
  }, 60_000);

  it("know exceljs' value type numbers", () => {
    expect(VALUE_TYPE).toEqual({
      null: ExcelJS.ValueType.Null,
      number: ExcelJS.ValueType.Number,
      string: ExcelJS.ValueType.String,
      date: ExcelJS.ValueType.Date,
      boolean: ExcelJS.ValueType.Boolean,
    });
  });

  it.each([
    ["a<b & 'c' \"d\">", "a&lt;b &amp; &apos;c&apos; &quot;d&quot;&gt;"],
    ["tab\tline\nreturn\r", "tab\tline\nreturn\r"],
    ["\u0000\u0008\u000b\u000c\u000e\u001f\u007fx", "x"],
    ["plain", "plain"],
  ])("escape %j as exceljs does", (text, xml) => {
    expect(xmlEscape(text)).toBe(xml);
  });

  // The writer tests a text once (isPlainText) and then skips safeText and the escape: only sound
  // if a plain text is one that both would leave as it is.
  it("call a text plain only when safeText and the escape leave it as it is", () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(..."aß ü<>&'\"\t\n\r\u0001\u007f\ud83d\ude42\ud800\ufffe"),
        fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      ),
    });
    let plain = 0;
    fc.assert(
      fc.property(text, (t) => {
        const unchanged = safeText(t) === t && xmlEscape(t) === t;
        expect([t, isPlainText(t)]).toEqual([t, isPlainText(t) && unchanged]);
        if (isPlainText(t)) plain++;
      }),
      { numRuns: 3000 },
    );
    expect(plain).toBeGreaterThan(100);
    expect(isPlainText("x".repeat(32_768))).toBe(false);
    expect(isPlainText("Träger\tund\nPartner")).toBe(true);
  });

  it("write a null cell only when it has a style", () => {
    expect(cellXml("B2", 0, null)).toBe("");
    expect(cellXml("B2", 3, null)).toBe('<c r="B2" s="3"/>');
  });
});

describe("the sheets direct rows write into", () => {
  it("are exceljs' streamed sheets after their header row, not the document writer's", () => {
    const streamed = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough(), useSharedStrings: false });
    const ws = streamed.addWorksheet("Liste");
    expect(directRows(ws as unknown as ExcelJS.Worksheet)).toBeNull();
    ws.getRow(1).values = ["Kopf"];
    ws.getRow(1).commit();
    expect(directRows(ws as unknown as ExcelJS.Worksheet)).not.toBeNull();
    const doc = new ExcelJS.Workbook().addWorksheet("Liste");
    doc.getRow(1).values = ["Kopf"];
    expect(directRows(doc)).toBeNull();
  });
});
