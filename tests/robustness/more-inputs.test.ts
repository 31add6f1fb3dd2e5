import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { DEFAULT_PLAN } from "../../src/core";
import { checkWorkbookBytes, correctedCopy, readWorkbookGrids } from "../../src/xlsx";
import { dropEmptyCells, EMPTY_SCAN_FROM_BYTES } from "../../src/xlsx/repair-package";
import { fileHash, cli, tempDir } from "../helpers/run-cli";
import { loadWorkbook } from "../helpers/workbook";
import {
  BASIC_STYLES,
  buildPackage,
  colLetter,
  MAIN_NS,
  REL_NS,
  rowsXml,
  SharedStrings,
  worksheetBytes,
  worksheetXml,
  type Cell,
} from "./hand-made-package";
import { SHORT_HEADER } from "../helpers/short-header";

const today = "2024-06-30";
const HEADER = SHORT_HEADER;
const pct = (n: number): Cell => ({ n, s: 2 });
const TABLE: readonly (readonly Cell[])[] = [
  HEADER,
  ["3.1.1", "Bildung", "Elternarbeit in Kitas mehrsprachig", "Jugendamt", "nein", "in Umsetzung", pct(0.5)],
  ["3.1.2", "Bildung", "Sprachmittlung in Beratungsstellen", "Jugendamt", "ja", "in Planung", pct(0)],
];

const check = (bytes: Uint8Array, file = "t.xlsx") => checkWorkbookBytes(file, "0", bytes, DEFAULT_PLAN, today);
/** Data cells as plain values, to compare with what was written. */
const values = (rows: readonly (readonly ({ value: unknown } | null)[])[]) =>
  rows.map((r) => r.map((c) => (c === null ? null : c.value)));
const TABLE_VALUES = [
  HEADER,
  ["3.1.1", "Bildung", "Elternarbeit in Kitas mehrsprachig", "Jugendamt", "nein", "in Umsetzung", 0.5],
  ["3.1.2", "Bildung", "Sprachmittlung in Beratungsstellen", "Jugendamt", "ja", "in Planung", 0],
];

describe("dropping empty cells from a large sheet", () => {
  it.each([
    [
      "self-closing styled cells",
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"/></row>',
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
    ],
    [
      "an explicitly empty cell",
      '<row r="1"><c r="A1" s="1"></c><c r="B1"><v>2</v></c></row>',
      '<row r="1"><c r="B1"><v>2</v></c></row>',
    ],
    ["a row of empty cells", '<row r="2" s="1" customFormat="1"><c r="A2" s="1"/><c r="B2" s="1"/></row>', ""],
    ["a self-closing styled row", '<row r="1048576" s="1" customFormat="1"/>', ""],
    [
      "formulas and inline strings are content",
      '<row r="3"><c r="A3"><f>[1]Sheet1!A1</f><v>4</v></c><c r="B3" t="inlineStr"><is><t>a &gt; b</t></is></c></row>',
      '<row r="3"><c r="A3"><f>[1]Sheet1!A1</f><v>4</v></c><c r="B3" t="inlineStr"><is><t>a &gt; b</t></is></c></row>',
    ],
    [
      "a cols element and other parts stay",
      '<row r="5" spans="1:2"><c r="A5"><v>1</v></c></row>',
      '<row r="5" spans="1:2"><c r="A5"><v>1</v></c></row>',
    ],
  ])("%s", (_what, data, expected) => {
    const xml = worksheetXml({
      head: '<dimension ref="A1:XFD1048576"/><cols><col min="1" max="16384" style="1"/></cols>',
      sheetData: data,
      tail: '<pageMargins left="0.7"/>',
    });
    expect(strFromU8(dropEmptyCells(strToU8(xml)))).toBe(xml.replace(data, expected));
  });
});

describe("sheets styled far beyond their table", () => {
  it("reads the table above a million rows of empty styled cells, quickly and without an issue per row", async () => {
    const sst = new SharedStrings();
    const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1:G1000000"/><sheetData>${rowsXml(TABLE, sst)}`;
    const xml = worksheetBytes(
      head,
      (r) => `<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/><c r="G${r}" s="1"/></row>`,
      TABLE.length + 1,
      1_000_000,
      "</sheetData></worksheet>",
    );
    expect(xml.length).toBeGreaterThan(EMPTY_SCAN_FROM_BYTES);
    // Stored, not deflated: deflating 80 MB would cost the test seconds and the reader nothing.
    const bytes = buildPackage({ sheets: [{ name: "Formatiert", xml }], sst, styles: BASIC_STYLES }, 0);
    const heapBefore = process.memoryUsage().heapUsed;
    const read = await readWorkbookGrids(bytes);
    if (!read.ok) throw new Error(read.detail);
    // The streaming reader keeps nothing for a cell without a value: no repair pass is needed any more.
    expect(read.flags.repairs).toEqual([]);
    expect(read.sheets).toEqual([
      {
        name: "Formatiert",
        state: "visible",
        truncated: false,
        lastRow: 3,
        lastColumn: 7,
        hiddenRows: [],
        hiddenColumns: [],
      },
    ]);
    expect(values(read.grids[0]!.rows)).toEqual(TABLE_VALUES);
    // exceljs kept an object per empty cell before the repair: 37 s and ~2 GB for this sheet.
    expect((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toBeLessThan(600);
    const { result } = await check(bytes);
    expect([result.status, result.rows]).toEqual(["ok", 2]);
    expect(result.issues.filter((i) => i.row !== null && i.row > 3)).toEqual([]);
  }, 60_000);

  it("reads a sheet whose dimension, columns and last row reach XFD1048576", async () => {
    const sst = new SharedStrings();
    const styledRow = (r: number) =>
      `<row r="${r}" s="1" customFormat="1">${Array.from({ length: 16_384 }, (_, c) => `<c r="${colLetter(c + 1)}${r}" s="1"/>`).join("")}</row>`;
    const xml = worksheetXml({
      head: '<dimension ref="A1:XFD1048576"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="16384" width="9.140625" style="1"/></cols>',
      sheetData: `${rowsXml(TABLE, sst)}${styledRow(4)}<row r="1048576" s="1" customFormat="1"/>`,
    });
    const bytes = buildPackage({ sheets: [{ name: "Ganze Spalten", xml }], sst, styles: BASIC_STYLES });
    const read = await readWorkbookGrids(bytes);
    if (!read.ok) throw new Error(read.detail);
    expect(read.sheets).toEqual([
      {
        name: "Ganze Spalten",
        state: "visible",
        truncated: false,
        lastRow: 3,
        lastColumn: 7,
        hiddenRows: [],
        hiddenColumns: [],
      },
    ]);
    expect(values(read.grids[0]!.rows)).toEqual(TABLE_VALUES);
    const { result } = await check(bytes);
    expect([result.status, result.rows]).toEqual(["ok", 2]);
    expect(result.issues.filter((i) => i.row !== null && i.row > 3)).toEqual([]);
  }, 30_000);
});

/**
 * A Google Sheets download (Datei → Herunterladen → .xlsx), as its parts look: shared strings with a
 * style on every cell, no docProps and no theme (styles still name theme colours), an empty drawing
 * per sheet, decimals written "15.0", frozen header pane, `<definedNames/>` and `<calcPr/>` empty.
 */
const googleSheetsExport = (): Uint8Array => {
  const sst = new SharedStrings();
  const g = (ref: string, v: string | number, s: number) =>
    typeof v === "string"
      ? `<c r="${ref}" s="${s}" t="s"><v>${sst.at(v)}</v></c>`
      : `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
  const header = ["Nr.", "HF", "Maßnahme", "Federführung", "Haushaltsrelevanz", "Status", "Fortschritt in %", "Ende"];
  const data: (string | number)[][] = [
    ["6.1.1", "6", "Willkommenspaten im Quartier", "Sozialamt", "nein", "in Umsetzung", 0.25, 46022],
    ["6.1.2", "6", "Mehrsprachige Sprechstunden", "Bürgeramt", "ja", "umgesetzt", 1, 45473],
  ];
  const style = (c: number) => (c === 6 ? 3 : c === 7 ? 2 : 1);
  // Google writes every formatted cell to column Z, values or not.
  const blanks = (r: number) =>
    Array.from({ length: 26 - header.length }, (_, i) => `<c r="${colLetter(header.length + i + 1)}${r}" s="1"/>`).join(
      "",
    );
  const rows = [
    `<row r="1" ht="15.75" customHeight="1">${header.map((h, c) => g(`${colLetter(c + 1)}1`, h, 4)).join("")}${blanks(1)}</row>`,
    ...data.map(
      (d, i) =>
        `<row r="${i + 2}" ht="15.75" customHeight="1">${d.map((v, c) => g(`${colLetter(c + 1)}${i + 2}`, v, style(c))).join("")}${blanks(i + 2)}</row>`,
    ),
    ...Array.from(
      { length: 20 },
      (_, i) =>
        `<row r="${i + 4}" ht="15.75" customHeight="1">${blanks(i + 4).replace(/<c r="([A-Z]+)\d+"/g, `<c r="$1${i + 4}"`)}</row>`,
    ),
  ];
  const nsAttrs = `xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" xmlns:r="${REL_NS}" xmlns="${MAIN_NS}"`;
  const sheet = (sheetData: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${nsAttrs}><sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><sheetViews><sheetView workbookViewId="0"><pane ySplit="1.0" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection activeCell="C3" sqref="C3" pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="14.43" defaultRowHeight="15.0"/><cols><col customWidth="1" min="3" max="3" width="38.71"/><col customWidth="1" min="4" max="4" width="20.0"/></cols><sheetData>${sheetData}</sheetData><drawing r:id="rId1"/></worksheet>`;
  const drawingRels = (n: number) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/drawing" Target="../drawings/drawing${n}.xml"/></Relationships>`;
  const drawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"/>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns="${MAIN_NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="0%"/></numFmts><fonts count="2"><font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font><font><b/><color theme="1"/><name val="Arial"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs><cellXfs count="5"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"/></xf><xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" vertical="bottom"/></xf><xf borderId="0" fillId="0" fontId="0" numFmtId="164" xfId="0" applyAlignment="1" applyFont="1" applyNumberFormat="1"><alignment horizontal="right" vertical="bottom"/></xf><xf borderId="0" fillId="0" fontId="0" numFmtId="165" xfId="0" applyAlignment="1" applyFont="1" applyNumberFormat="1"><alignment horizontal="right" vertical="bottom"/></xf><xf borderId="0" fillId="0" fontId="1" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" vertical="bottom"/></xf></cellXfs><cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;
  const notes = `<row r="1">${g("A1", "Bitte bis 15.07. ausfüllen.", 1)}</row>`;
  return buildPackage({
    sheets: [
      { name: "Tabellenblatt1", state: "visible", xml: sheet(rows.join("")), rels: drawingRels(1) },
      { name: "Hinweise", state: "visible", xml: sheet(notes), rels: drawingRels(2) },
    ],
    sst,
    styles,
    workbookHead: "<workbookPr/>",
    workbookTail: "<definedNames/><calcPr/>",
    extraParts: {
      "xl/drawings/drawing1.xml": {
        xml: drawing,
        contentType: "application/vnd.openxmlformats-officedocument.drawing+xml",
      },
      "xl/drawings/drawing2.xml": {
        xml: drawing,
        contentType: "application/vnd.openxmlformats-officedocument.drawing+xml",
      },
    },
  });
};

describe("a Google Sheets export", () => {
  it("is read like any workbook: shared strings, dates, percentages, sheet names", async () => {
    const bytes = googleSheetsExport();
    const read = await readWorkbookGrids(bytes);
    if (!read.ok) throw new Error(read.detail);
    expect(read.sheets.map((s) => [s.name, s.state, s.lastRow, s.lastColumn])).toEqual([
      ["Tabellenblatt1", "visible", 3, 8],
      ["Hinweise", "visible", 1, 1],
    ]);
    expect(read.grids[0]!.rows[1]).toEqual([
      { value: "6.1.1" },
      { value: "6" },
      { value: "Willkommenspaten im Quartier" },
      { value: "Sozialamt" },
      { value: "nein" },
      { value: "in Umsetzung" },
      { value: 0.25, format: "0%" },
      { value: { date: "2025-12-31" }, format: "dd.mm.yyyy" },
    ]);
    // Google's empty drawings hold nothing a corrected copy could lose (zip-guard.ts).
    expect(read.flags).toEqual({ hasMacros: false, lossyParts: [], unreadWorksheets: [], repairs: [] });
    const { result } = await check(bytes, "Sozialamt_Google.xlsx");
    expect([result.status, result.sheet, result.rows]).toEqual(["ok", "Tabellenblatt1", 2]);
    // Only what the data says (budget-relevant "ja" without a coverage column): nothing about the export.
    expect(result.issues.filter((i) => i.severity !== "info").map((i) => [i.cell, i.code])).toEqual([
      ["E3", "cell/coverage-missing"],
    ]);
    const copy = await correctedCopy(bytes, (await check(bytes)).report!, DEFAULT_PLAN, [], []);
    expect(copy.kind).toBe("corrected-copy");
  });
});

/**
 * Excel's parts for a formula reaching into another workbook (`[1]Sheet1!A1`, the 1 naming
 * xl/externalLinks/externalLink1.xml with its cached copy of the other file's cells) and a
 * hyperlink to a web page.
 */
const externalLinkWorkbook = (): Uint8Array => {
  const sst = new SharedStrings();
  const rows: (readonly Cell[])[] = [
    [...SHORT_HEADER],
    [
      "3.1.1",
      "Bildung",
      "Elternarbeit in Kitas mehrsprachig",
      { f: "[1]Sheet1!B1", v: "Jugendamt" },
      "nein",
      "in Umsetzung",
      null,
    ],
    ["3.1.2", "Bildung", "Sprachmittlung in Beratungsstellen", "Jugendamt", "nein", "in Planung", null],
  ];
  let sheetData = rowsXml(rows, sst);
  // The progress cells: a formula into the other workbook with its cached 40 %, styled as percent.
  sheetData = sheetData
    .replace('</row><row r="3">', '<c r="G2" s="2"><f>[1]Sheet1!A1</f><v>0.4</v></c></row><row r="3">')
    .replace(/<\/row>$/, '<c r="G3" s="2"><f>[1]Sheet1!A2*2</f><v>0.1</v></c></row>');
  const xml = worksheetXml({
    head: '<dimension ref="A1:G3"/>',
    sheetData,
    tail: '<hyperlinks><hyperlink ref="C2" r:id="rIdH1" display="Konzept"/></hyperlinks><pageMargins left="0.7" right="0.7" top="0.78740157499999996" bottom="0.78740157499999996" header="0.3" footer="0.3"/>',
  });
  const sheetRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH1" Type="${REL_NS}/hyperlink" Target="https://www.example.org/konzept-elternarbeit" TargetMode="External"/></Relationships>`;
  const externalLink = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>0.4</v></cell><cell r="B1" t="str"><v>Jugendamt</v></cell></row><row r="2"><cell r="A2"><v>0.05</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;
  const externalRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/externalLinkPath" Target="file:///\\\\server\\haushalt\\Budget%202024.xlsx" TargetMode="External"/></Relationships>`;
  return buildPackage({
    sheets: [{ name: "Sachstand", xml, rels: sheetRels }],
    sst,
    styles: BASIC_STYLES,
    docProps: true,
    workbookRels: [{ id: "rIdX1", type: "externalLink", target: "externalLinks/externalLink1.xml" }],
    workbookTail: '<externalReferences><externalReference r:id="rIdX1"/></externalReferences><calcPr calcId="191029"/>',
    extraParts: {
      "xl/externalLinks/externalLink1.xml": {
        xml: externalLink,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
      },
      "xl/externalLinks/_rels/externalLink1.xml.rels": { xml: externalRels },
    },
  });
};

describe("external links and hyperlinks", () => {
  it("reads cached values, marks the formula cells and names the external links as a part a copy would lose", async () => {
    const bytes = externalLinkWorkbook();
    const read = await readWorkbookGrids(bytes);
    if (!read.ok) throw new Error(read.detail);
    const grid = read.grids[0]!;
    expect(grid.rows[1]?.[2]).toEqual({ value: "Elternarbeit in Kitas mehrsprachig" });
    expect(grid.rows[1]?.[3]).toEqual({ value: "Jugendamt", formula: true });
    expect(grid.rows[1]?.[6]).toEqual({ value: 0.4, format: "0%", formula: true });
    expect(grid.rows[2]?.[6]).toEqual({ value: 0.1, format: "0%", formula: true });
    expect(read.flags.lossyParts).toEqual(["xl/externalLinks/"]);
    const checked = await check(bytes, "Jugendamt_extern.xlsx");
    expect([checked.result.status, checked.result.rows]).toEqual(["ok", 2]);
    // README: a corrected copy never silently drops parts exceljs cannot rewrite.
    const copy = await correctedCopy(bytes, checked.report!, DEFAULT_PLAN, checked.lossyParts, []);
    expect([copy.kind, copy.reason]).toEqual(["new-workbook", expect.stringContaining("externe Verknüpfungen")]);
  });

  it("merges the cached values and carries no formula into the consolidated workbook", async () => {
    const dir = tempDir("extlink");
    const input = join(dir, "Jugendamt_extern.xlsx");
    writeFileSync(input, externalLinkWorkbook());
    const before = fileHash(input);
    const out = join(tempDir("extlink-out"), "k.xlsx");
    const r = await cli(["merge", dir, "--out", out, "--today", "2024-06-30"]);
    expect(r.code).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const sheets = Object.keys(parts).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThan(0);
    for (const n of sheets) expect(strFromU8(parts[n]!)).not.toMatch(/<f[ >]/);
    expect(Object.keys(parts).filter((n) => n.startsWith("xl/externalLinks/"))).toEqual([]);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const found: unknown[] = [];
    wb.getWorksheet("Maßnahmen")!.eachRow((row) => row.eachCell((c) => void found.push(c.value)));
    expect(
      found.filter((v) => typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v)),
    ).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(["Elternarbeit in Kitas mehrsprachig", "Jugendamt", 0.4, 0.1]));
    expect(fileHash(input)).toBe(before);
  }, 60_000);
});
