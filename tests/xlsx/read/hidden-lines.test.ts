import { strToU8, zipSync } from "fflate";
import { readWorkbookGrids } from "../../../src/xlsx";
import { HiddenLines } from "../../../src/xlsx/hidden-lines";
import { readWorkbookGridsExceljs } from "../../../src/xlsx/read-workbook-exceljs";
import { hiddenOfRead, sheetJsHidden } from "../../helpers/reader-diff";
import { BASIC_STYLES, buildPackage, SharedStrings, worksheetXml } from "../../robustness/hand-made-package";

describe("HiddenLines: spans as readers meet them → sorted, joined, cut at the cap", () => {
  it.each<[string, [number, number][], number, { first: number; last: number }[]]>([
    ["nothing hidden", [], 100, []],
    [
      "out of order, touching and overlapping spans join",
      [
        [7, 9],
        [2, 2],
        [3, 4],
        [8, 12],
      ],
      100,
      [
        { first: 2, last: 4 },
        { first: 7, last: 12 },
      ],
    ],
    [
      "cut at the cap; a span wholly beyond it is dropped",
      [
        [5, 16_384],
        [600, 700],
      ],
      500,
      [{ first: 5, last: 500 }],
    ],
    [
      "min > max, zero and a missing bound (NaN) are no span",
      [
        [5, 4],
        [0, 3],
        [Number.NaN, 3],
      ],
      100,
      [],
    ],
  ])("%s", (_what, spans, cap, expected) => {
    const lines = new HiddenLines();
    for (const [first, last] of spans) lines.add(first, last);
    expect(lines.within(cap)).toEqual(expected);
  });
});

describe("hidden rows and columns of an .xlsx, against exceljs and SheetJS", () => {
  /** Row 2 hidden with values, row 3 shown explicitly, row 5 hidden and empty, row 6 hidden as "true"; columns B, D–E and from H on hidden. */
  const bytes = () => {
    const sst = new SharedStrings();
    const row = (r: number, attrs: string, cells: string) => `<row r="${r}"${attrs}>${cells}</row>`;
    const sheetData = [
      row(1, "", `<c r="A1" t="s"><v>${sst.at("Nr.")}</v></c><c r="B1" t="s"><v>${sst.at("intern")}</v></c>`),
      row(2, ' hidden="1"', `<c r="A2" t="s"><v>${sst.at("1.1.1")}</v></c><c r="B2"><v>7</v></c>`),
      row(3, ' hidden="0"', `<c r="A3" t="s"><v>${sst.at("1.1.2")}</v></c>`),
      row(5, ' hidden="1" customHeight="1" ht="0"', ""),
      row(6, ' hidden="true"', `<c r="C6"><v>1</v></c>`),
    ].join("");
    const head =
      '<cols><col min="1" max="1" width="9"/><col min="2" max="2" width="9" hidden="1"/><col min="4" max="5" hidden="true"/><col min="8" max="16384" hidden="1"/></cols>';
    return buildPackage({
      sheets: [{ name: "Meldung", xml: worksheetXml({ head, sheetData }) }],
      sst,
      styles: BASIC_STYLES,
    });
  };

  it("notes them as spans and still reads the hidden cells", async () => {
    const r = await readWorkbookGrids(bytes());
    if (!r.ok) throw new Error(r.detail);
    expect(r.sheets[0]).toMatchObject({
      hiddenRows: [
        { first: 2, last: 2 },
        { first: 5, last: 6 },
      ],
      hiddenColumns: [
        { first: 2, last: 2 },
        { first: 4, last: 5 },
        { first: 8, last: 500 },
      ],
    });
    expect(r.grids[0]?.rows[1]?.map((c) => c?.value)).toEqual(["1.1.1", 7, undefined]);
  });

  it("agrees with exceljs' document reader and SheetJS 0.20.3 row by row", async () => {
    const ours = await readWorkbookGrids(bytes());
    const exceljs = await readWorkbookGridsExceljs(bytes());
    if (!ours.ok || !exceljs.ok) throw new Error("unreadable");
    expect(hiddenOfRead(ours)).toEqual(hiddenOfRead(exceljs));
    expect(hiddenOfRead(ours)).toEqual(sheetJsHidden(bytes(), 100_000, 500));
  });
});

describe("hidden rows and columns of an OpenDocument spreadsheet", () => {
  const NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  const cell = (t: string) => `<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
  // As LibreOffice writes them: column and row groups, "collapse" by hand, "filter" by an autofilter,
  // the unused rest of the sheet as one repeated (and here hidden) row and column.
  const content = `<office:document-content ${NS}><office:body><office:spreadsheet><table:table table:name="Meldung">
<table:table-column/><table:table-header-columns><table:table-column table:visibility="collapse"/></table:table-header-columns>
<table:table-column-group><table:table-column table:number-columns-repeated="2" table:visibility="filter"/></table:table-column-group>
<table:table-column table:visibility="visible"/><table:table-column table:number-columns-repeated="1019" table:visibility="collapse"/>
<table:table-header-rows><table:table-row>${cell("Nr.")}${cell("intern")}</table:table-row></table:table-header-rows>
<table:table-row table:visibility="collapse">${cell("1.1.1")}</table:table-row>
<table:table-row-group><table:table-row table:number-rows-repeated="2" table:visibility="filter">${cell("1.1.2")}</table:table-row></table:table-row-group>
<table:table-row table:visibility="visible">${cell("1.1.4")}</table:table-row>
<table:table-row table:number-rows-repeated="1048570" table:visibility="collapse"><table:table-cell/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>`;
  const ods = () =>
    zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
      "content.xml": strToU8(content),
      "META-INF/manifest.xml": strToU8(
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
      ),
    });

  it("reads collapse and filter as hidden, repeats as spans cut at the caps, values still read", async () => {
    const r = await readWorkbookGrids(ods(), { maxRows: 1000 });
    if (!r.ok) throw new Error(r.detail);
    expect([r.sheets[0]?.hiddenRows, r.sheets[0]?.hiddenColumns]).toEqual([
      [
        { first: 2, last: 4 },
        { first: 6, last: 1000 },
      ],
      [
        { first: 2, last: 4 },
        { first: 6, last: 500 },
      ],
    ]);
    expect(r.grids[0]?.rows.map((row) => row[0]?.value)).toEqual(["Nr.", "1.1.1", "1.1.2", "1.1.2", "1.1.4"]);
  });
});
