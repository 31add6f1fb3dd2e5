import { strToU8, zipSync } from "fflate";
import type { RawCell } from "../../../src/core";
import { readWorkbookGrids } from "../../../src/xlsx";

const plain = (rows: readonly (readonly (RawCell | null)[])[]) =>
  rows.map((row) => row.map((c) => (c === null ? null : { ...c })));

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"';
const STYLES =
  '<office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>';
const content = (tables: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}>${STYLES}<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
const ods = (tables: string, mimetype = "application/vnd.oasis.opendocument.spreadsheet") =>
  zipSync({
    mimetype: [strToU8(mimetype), { level: 0 }],
    "content.xml": strToU8(content(tables)),
    "META-INF/manifest.xml": strToU8(
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    ),
  });

const TABLE = `<table:table table:name="Maßnahmen" table:style-name="ta1">
<table:table-column table:number-columns-repeated="1024"/>
<table:table-row><table:table-cell office:value-type="string" table:number-columns-spanned="3"><text:p>Titel</text:p></table:table-cell><table:covered-table-cell office:value-type="string"><text:p>versteckt</text:p></table:covered-table-cell><table:covered-table-cell/></table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
<table:table-row><table:table-cell office:value-type="float" office:value="3.5"><text:p>3,5</text:p></table:table-cell><table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25 %</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2024-12-31"><text:p>31.12.24</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>WAHR</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>zwei<text:s text:c="2"/>Leer</text:p><text:p>Zeile <text:span>2</text:span></text:p><office:annotation><text:p>Notiz</text:p></office:annotation></table:table-cell></table:table-row>
<table:table-row><table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell><table:table-cell office:value-type="time" office:time-value="PT18H00M00S"/><table:table-cell table:formula="of:=[.A4]*2" office:value-type="float" office:value="7"/><table:table-cell office:value-type="string" table:number-columns-repeated="2"><text:p>x</text:p></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table>
<table:table table:name="Listen" table:style-name="ta2"><table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="string"><text:p>L</text:p></table:table-cell></table:table-row></table:table>`;

describe("OpenDocument spreadsheets", () => {
  it("reads values by value-type, expands repeats only where they hold values, skips covered cells", async () => {
    const r = await readWorkbookGrids(ods(TABLE));
    if (!r.ok) throw new Error(r.detail);
    expect(r.sheets).toEqual([
      {
        name: "Maßnahmen",
        state: "visible",
        truncated: false,
        lastRow: 5,
        lastColumn: 5,
        hiddenRows: [],
        hiddenColumns: [],
      },
      {
        name: "Listen",
        state: "hidden",
        truncated: false,
        lastRow: 3,
        lastColumn: 1,
        hiddenRows: [],
        hiddenColumns: [],
      },
    ]);
    const g = r.grids[0]!;
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(plain(g.rows)).toEqual([
      [{ value: "Titel" }, null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [
        { value: 3.5 },
        { value: 0.25, format: "0%" },
        { value: { date: "2024-12-31" } },
        { value: true },
        { value: "zwei  Leer\nZeile 2" },
      ],
      [
        { value: { error: "#DIV/0!" }, formula: true },
        { value: 0.75, format: "hh:mm:ss" },
        { value: 7, formula: true },
        { value: "x" },
        { value: "x" },
      ],
    ]);
    expect(plain(r.grids[1]!.rows)).toEqual([[{ value: "L" }], [{ value: "L" }], [{ value: "L" }]]);
  });

  it("caps a repeated row of values and says how far it went", async () => {
    const r = await readWorkbookGrids(
      ods(
        '<table:table table:name="T"><table:table-row table:number-rows-repeated="200000"><table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>',
      ),
      { maxRows: 10 },
    );
    expect(r.ok && [r.grids[0]!.rows.length, r.sheets[0]]).toEqual([
      10,
      {
        name: "T",
        state: "visible",
        truncated: true,
        lastRow: 200_000,
        lastColumn: 1,
        hiddenRows: [],
        hiddenColumns: [],
      },
    ]);
  });

  it("reads a flat .fods the same way, and refuses other OpenDocument types and encrypted files", async () => {
    const flat = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document ${NS} office:mimetype="application/vnd.oasis.opendocument.spreadsheet">${STYLES}<office:body><office:spreadsheet>${TABLE}</office:spreadsheet></office:body></office:document>`,
    );
    const [a, b] = [await readWorkbookGrids(flat), await readWorkbookGrids(ods(TABLE))];
    expect(a.ok && b.ok && a.grids).toEqual(b.ok && b.grids);
    expect(await readWorkbookGrids(ods("", "application/vnd.oasis.opendocument.text"))).toMatchObject({
      ok: false,
      reason: "not-a-workbook",
    });
    const encrypted = zipSync({
      mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
      "content.xml": new Uint8Array([1, 2, 3]),
      "META-INF/manifest.xml": strToU8(
        '<m:manifest xmlns:m="urn:x"><m:file-entry><m:encryption-data/></m:file-entry></m:manifest>',
      ),
    });
    expect(await readWorkbookGrids(encrypted)).toMatchObject({ ok: false, reason: "encrypted" });
  });
});
