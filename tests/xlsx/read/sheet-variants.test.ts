import { strToU8, zipSync } from "fflate";
import type { RawCell } from "../../../src/core";
import { readWorkbookGrids } from "../../../src/xlsx";
import { BASIC_STYLES, buildPackage, MAIN_NS, SharedStrings, worksheetXml } from "../../robustness/hand-made-package";

const plain = (rows: readonly (readonly (RawCell | null)[])[]) =>
  rows.map((row) => row.map((c) => (c === null ? null : { ...c })));

/** One sheet of the given sheetData (shared strings "a", "b" at 0, 1; styles: 2 = 0%, 3 = dd.mm.yyyy). */
const sheet = async (sheetData: string, extra: { head?: string; tail?: string; workbookHead?: string } = {}) => {
  const sst = new SharedStrings();
  sst.at("a");
  sst.at("b");
  const xml = worksheetXml({
    sheetData,
    ...(extra.head ? { head: extra.head } : {}),
    ...(extra.tail ? { tail: extra.tail } : {}),
  });
  const r = await readWorkbookGrids(
    buildPackage({
      sheets: [{ name: "S", xml }],
      sst,
      styles: BASIC_STYLES,
      ...(extra.workbookHead ? { workbookHead: extra.workbookHead } : {}),
    }),
  );
  if (!r.ok) throw new Error(`${r.reason}: ${r.detail}`);
  return r.grids[0]!;
};

describe("worksheet XML as the writers of this world write it", () => {
  it.each<[string, string, (RawCell | null)[][]]>([
    [
      "shared, inline (every variant), str, boolean, error",
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>in</t></is></c><c r="C1" t="inlineStr"><is><r><t>ri</t></r><r><rPr><b/></rPr><t xml:space="preserve">ch </t></r><rPh><t>フ</t></rPh></is></c><c r="D1" t="inlineStr"><v>v-text</v></c><c r="E1" t="str"><v>s</v></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="e"><v>#N/A</v></c></row>',
      [
        [
          { value: "b" },
          { value: "in" },
          { value: "rich " },
          { value: "v-text" },
          { value: "s" },
          { value: true },
          { value: { error: "#N/A" } },
        ],
      ],
    ],
    [
      "cells and rows without r",
      '<row><c t="s"><v>0</v></c><c><v>2</v></c></row><row><c/><c t="s"><v>1</v></c></row>',
      [
        [{ value: "a" }, { value: 2 }],
        [null, { value: "b" }],
      ],
    ],
    [
      "formulas: cached values, shared and array, none cached",
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1</f><v>2</v></c><c r="C1"><f t="array" ref="C1">SUM(A1:B1)</f><v>4</v></c><c r="D1" t="str"><f>"x"</f><v>x</v></c><c r="E1"><f>NOW()</f></c></row>',
      [
        [
          { value: 2, formula: true },
          { value: 2, formula: true },
          { value: 4, formula: true },
          { value: "x", formula: true },
          { value: null, formula: true },
        ],
      ],
    ],
    [
      "percent and date styles, ISO date cells",
      '<row r="1"><c r="A1" s="2"><v>0.5</v></c><c r="B1" s="3"><v>45657</v></c><c r="C1" t="d" s="3"><v>2024-12-31T00:00:00</v></c><c r="D1" t="d"><v>2024-06-30T08:15:00</v></c></row>',
      [
        [
          { value: 0.5, format: "0%" },
          { value: { date: "2024-12-31" }, format: "dd.mm.yyyy" },
          { value: { date: "2024-12-31" }, format: "dd.mm.yyyy" },
          { value: { date: "2024-06-30T08:15:00" } },
        ],
      ],
    ],
    [
      "empty values: <v/> in a shared-string cell, styled cells, empty inline",
      '<row r="1"><c r="A1" t="s"><v/></c><c r="B1" s="1"/><c r="C1" t="inlineStr"></c><c r="D1"><v>1</v></c></row>',
      [[{ value: 1 }]],
    ],
    [
      "a _x000D_ escape and a line break",
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_\r\nb</t></is></c></row>',
      [[{ value: "a\r\nb" }]],
    ],
  ])("%s", async (_what, data, rows) => {
    const g = await sheet(data);
    expect(plain(g.rows)).toEqual(rows);
  });

  it("ignores a dimension that lies and places the grid where the values are", async () => {
    const g = await sheet('<row r="3"><c r="C3"><v>1</v></c></row><row r="5"><c r="D5"><v>2</v></c></row>', {
      head: '<dimension ref="A1"/>',
    });
    expect([g.top, g.left, plain(g.rows)]).toEqual([
      3,
      3,
      [
        [{ value: 1 }, null],
        [null, null],
        [null, { value: 2 }],
      ],
    ]);
  });

  it("keeps a merged range's value in its top-left cell only, and reports the range", async () => {
    const g = await sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>',
      { tail: '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>' },
    );
    expect([plain(g.rows), g.merges]).toEqual([[[{ value: "a" }]], [{ top: 1, left: 1, bottom: 2, right: 2 }]]);
  });

  it("shifts bare date serials in the 1904 system", async () => {
    const g = await sheet('<row r="1"><c r="A1" s="3"><v>0</v></c></row>', {
      workbookHead: '<workbookPr date1904="true"/>',
    });
    expect([g.date1904, g.rows[0]?.[0]?.value]).toEqual([true, { date: "1904-01-01" }]);
  });

  it("reads the same serial by each workbook's own date system, one workbook after the other", async () => {
    const data = '<row r="1"><c r="A1" s="3"><v>45000</v></c><c r="B1" s="3"><v>45000.5</v></c></row>';
    const dates = async (workbookHead: string) => (await sheet(data, { workbookHead })).rows[0]!.map((c) => c?.value);
    const in1900 = [{ date: "2023-03-15" }, { date: "2023-03-15T12:00:00" }];
    const in1904 = [{ date: "2027-03-16" }, { date: "2027-03-16T12:00:00" }];
    expect(await dates("<workbookPr/>")).toEqual(in1900);
    expect(await dates('<workbookPr date1904="1"/>')).toEqual(in1904);
    expect(await dates("<workbookPr/>")).toEqual(in1900);
  });
});

describe("packages found through their relationships", () => {
  const wb = (ns: string, prefix: string) => {
    const p = prefix ? `${prefix}:` : "";
    const decl = prefix ? `xmlns:${prefix}="${ns}"` : `xmlns="${ns}"`;
    const rel = ns.includes("purl")
      ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
      : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    return zipSync({
      "[Content_Types].xml": strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/book/Mappe.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      "_rels/.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/officeDocument" Target="/book/Mappe.xml"/></Relationships>`,
      ),
      "book/Mappe.xml": strToU8(
        `<${p}workbook ${decl} xmlns:r="${rel}"><${p}sheets><${p}sheet name="Blatt &amp; 1" sheetId="1" r:id="s1"/></${p}sheets></${p}workbook>`,
      ),
      "book/_rels/Mappe.xml.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${rel}/worksheet" Target="../data/Tabelle.xml"/><Relationship Id="s2" Type="${rel}/sharedStrings" Target="/data/strings.xml"/></Relationships>`,
      ),
      "data/strings.xml": strToU8(`<${p}sst ${decl}><${p}si><${p}t>Wert</${p}t></${p}si></${p}sst>`),
      "data/Tabelle.xml": strToU8(
        `<${p}worksheet ${decl}><${p}sheetData><${p}row r="1"><${p}c r="A1" t="s"><${p}v>0</${p}v></${p}c></${p}row></${p}sheetData></${p}worksheet>`,
      ),
    });
  };

  it.each([
    ["transitional, default namespace", MAIN_NS, ""],
    ["transitional, x: prefix", MAIN_NS, "x"],
    ["Strict, any prefix", "http://purl.oclc.org/ooxml/spreadsheetml/main", "s"],
  ])("%s, relative and absolute targets, any part names", async (_what, ns, prefix) => {
    const r = await readWorkbookGrids(wb(ns, prefix));
    if (!r.ok) throw new Error(r.detail);
    expect([r.sheets.map((s) => s.name), r.grids[0]?.rows]).toEqual([["Blatt & 1"], [[{ value: "Wert" }]]]);
  });
});
