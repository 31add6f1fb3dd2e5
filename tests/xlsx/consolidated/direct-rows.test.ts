import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { DEFAULT_PLAN, consolidate, makeIssue, type FileResult } from "../../../src/core";
import { directRows, VALUE_TYPE } from "../../../src/xlsx/consolidated/direct-rows";
import { writeListSheet, type ListSheet } from "../../../src/xlsx/consolidated/list-sheet";
import { cellXml, xmlEscape } from "../../../src/xlsx/consolidated/row-xml";
import { isPlainText, safeText, type OutValue } from "../../../src/xlsx/consolidated/sheet-kit";
import { streamConsolidatedWorkbook } from "../../../src/xlsx/node";
import { input, masterMeasure, record } from "../../helpers/records";

/** Every part of a package as text, by name. */
const parts = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

const collect = async (write: (out: PassThrough) => Promise<void>): Promise<Uint8Array> => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (b: Buffer) => chunks.push(b));
  const ended = new Promise<void>((done) => out.once("end", done));
  await write(out);
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
};

/** One list sheet through exceljs' streaming writer, its rows either direct or as exceljs row objects. */
const streamedList = (list: ListSheet, exceljsRows: boolean, breathe = false): Promise<Uint8Array> =>
  collect(async (out) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    // A fixed time: the two packages are compared byte for byte.
    wb.created = wb.modified = new Date("2024-06-30T00:00:00Z");
    await writeListSheet(wb as unknown as ExcelJS.Workbook, list, {
      tables: false,
      maxRows: 1_048_576,
      print: { plan: "Aktionsplan", round: "Stand 30.06.2024" },
      exceljsRows,
      ...(breathe ? { breathe: () => new Promise<void>((done) => setImmediate(done)) } : {}),
    });
    await wb.commit();
  });

const AWKWARD = [
  "Träger & \"Partner\" <mit> 'Zitat'",
  "Zeile eins\nZeile zwei\r\nmit\tTab",
  "Steuerzeichen \u0001\u0007\u000b\u001f und DEL \u007f",
  '=HYPERLINK("http://evil")',
  "Emoji 🙂 und ß, äöü",
  "sehr lang ".repeat(60),
  "",
];

/** Rows of every value type the lists hold, dates in a column with and one without a format, and notes. */
const list = (count: number): ListSheet => ({
  sheet: "Liste",
  table: "Liste",
  columns: [
    { header: "Maßnahmen-Nr.", width: 12 },
    { header: "Text", width: 30, wrap: true },
    { header: "Anteil", width: 10, format: "0%" },
    { header: "Ende", width: 12, format: "dd.mm.yyyy" },
    { header: "Gemischt", width: 14 },
    { header: "Zahl", width: 8 },
    { header: "Entscheidung", width: 16, choices: '"angenommen,abgelehnt"' },
  ],
  count,
  row: (i): OutValue[] => [
    `1.${i % 7}.${i}`,
    AWKWARD[i % AWKWARD.length]!,
    i % 3 === 0 ? null : (i % 101) / 100,
    i % 5 === 0 ? null : new Date(Date.UTC(2022 + (i % 5), i % 12, 1 + (i % 28))),
    // A date in a column without a number format, a number, a truth value, text: exceljs styles each by its type.
    [new Date(Date.UTC(2024, 5, 30, 12)), 42.125, true, false, "Text", null][i % 6]!,
    i % 4 === 0 ? -i * 1e-7 : i * 1e21,
    i % 9 === 0 ? "angenommen" : null,
  ],
  emptyText: "Keine Einträge.",
  overflowText: (n) => `… weitere ${n}`,
  notes: (i) => (i % 97 === 5 ? [{ column: 2, text: `Entschieden am 01.07.2024 <${i}> & gut` }] : []),
  conditional: (first, last) => [
    {
      ref: `C${first}:C${last}`,
      rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0.5"], priority: 1, style: {} }],
    },
  ],
});

describe("list rows written as direct XML", () => {
  it.each([
    ["a short list", 40, false],
    ["a list across several 64 KiB chunks, breathing", 3_000, true],
  ])("make the same package as exceljs' row objects: %s", async (_name, count, breathe) => {
    const direct = parts(await streamedList(list(count), false, breathe));
    const exceljs = parts(await streamedList(list(count), true, breathe));
    expect(Object.keys(direct).sort()).toEqual(Object.keys(exceljs).sort());
    // The notes are there (comments and their drawing), so the comparison covers them too.
    expect(Object.keys(direct).some((p) => p.startsWith("xl/comments"))).toBe(true);
    for (const name of Object.keys(exceljs)) expect([name, direct[name]]).toEqual([name, exceljs[name]]);
  });

  it("make the same package as exceljs' row objects when a row alone is larger than a chunk", async () => {
    // Four long texts of two- to four-byte characters: the row takes more bytes than a chunk holds.
    const long = (i: number, c: number) => `${i}${c} Größe ≥ 🙂 & <x> `.repeat(1_500);
    const wide: ListSheet = {
      sheet: "Lang",
      table: "Lang",
      columns: [1, 2, 3, 4].map((c) => ({ header: `Text ${c}`, width: 40, wrap: true })),
      count: 6,
      row: (i) => (i === 2 ? ["kurz", null, 1, true] : [1, 2, 3, 4].map((c) => long(i, c))),
      emptyText: null,
      overflowText: (n) => `… weitere ${n}`,
    };
    expect(4 * long(0, 1).length).toBeGreaterThan((4 * 64 * 1024) / 3);
    const direct = parts(await streamedList(wide, false));
    const exceljs = parts(await streamedList(wide, true));
    expect(Object.keys(direct).sort()).toEqual(Object.keys(exceljs).sort());
    for (const name of Object.keys(exceljs)) expect([name, direct[name]]).toEqual([name, exceljs[name]]);
  });

  it("make the same consolidated workbook as exceljs' row objects", async () => {
    const ja = input(
      "Jugendamt.xlsx",
      "Jugendamt",
      Array.from({ length: 30 }, (_, i) =>
        record(
          {
            measureId: `3.1.${i + 1}`,
            field: "Kindertagesbetreuung, Schule und Bildung",
            leadOffice: "Jugendamt",
            status: i % 2 ? "umgesetzt" : "in Umsetzung",
            progress: i % 2 ? 100 : 40,
            end: "2023-12-31",
            budget: "ja",
            note: i % 3 === 0 ? `Sachstand <${i}> & "mehr"` : null,
          },
          i + 2,
        ),
      ),
    );
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
