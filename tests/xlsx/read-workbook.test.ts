import { strFromU8, strToU8, unzipSync } from "fflate";
import type { RawCell } from "../../src/core";
import { readWorkbookGrids, type ReadOptions } from "../../src/xlsx";
import { IGNORED_NODES, readWorkbookGridsExceljs } from "../../src/xlsx/read-workbook-exceljs";
import { addRows, workbookBytes } from "../helpers/workbook";
import { editPart, rezip, zipStreaming } from "./zip-fixtures";

const readOk = async (bytes: Uint8Array, options: ReadOptions = {}) => {
  const r = await readWorkbookGrids(bytes, options);
  if (!r.ok) throw new Error(`unreadable: ${r.reason} (${r.detail})`);
  return r;
};

/** Plain objects, so toEqual compares values and not readonly wrappers. */
const plain = (rows: readonly (readonly (RawCell | null)[])[]) =>
  rows.map((row) => row.map((c) => (c === null ? null : { ...c })));

describe("readWorkbookGrids: values as the core expects them", () => {
  it("converts every value shape a sheet can hold, keeping number formats", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Tabelle1");
      addRows(ws, [
        ["Text", 42, true, 0.35, { formula: "B1*2", result: 84 }, { formula: "B1/0", result: { error: "#DIV/0!" } }],
        [
          { richText: [{ text: "fett", font: { bold: true } }, { text: " und normal" }] },
          { formula: "B1*2", result: 4 },
          { error: "#REF!" },
          1,
          { formula: "NOW()" },
          "=1+1",
        ],
        [
          { text: "Link", hyperlink: "https://example.invalid" },
          { sharedFormula: "B2", result: 8 },
          { error: "#N/A" },
          0.075,
          { formula: "B1*0", result: 0 },
          " ",
        ],
      ]);
      ws.getCell("D1").numFmt = "0%";
      ws.getCell("D2").numFmt = "0%";
      ws.getCell("D3").numFmt = "0.0%";
    });
    const r = await readOk(bytes);
    const g = r.grids[0]!;
    expect([g.sheet, g.top, g.left, g.date1904]).toEqual(["Tabelle1", 1, 1, undefined]);
    expect(plain(g.rows)).toEqual([
      [
        { value: "Text" },
        { value: 42 },
        { value: true },
        { value: 0.35, format: "0%" },
        { value: 84, formula: true },
        { value: { error: "#DIV/0!" }, formula: true },
      ],
      [
        { value: "fett und normal" },
        { value: 4, formula: true },
        { value: { error: "#REF!" } },
        { value: 1, format: "0%" },
        { value: null, formula: true },
        { value: "=1+1" },
      ],
      [
        { value: "Link" },
        { value: 8, formula: true },
        { value: { error: "#N/A" } },
        { value: 0.075, format: "0.0%" },
        { value: 0, formula: true },
        { value: " " },
      ],
    ]);
  });

  it("shows a merged title once, in its top-left cell, as Excel does", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "Umsetzungsstand 2024";
      ws.mergeCells("A1:C1");
      addRows(ws, [["Nr.", "Maßnahme", "Status"]]);
    });
    expect(plain((await readOk(bytes)).grids[0]!.rows)).toEqual([
      [{ value: "Umsetzungsstand 2024" }, null, null],
      [{ value: "Nr." }, { value: "Maßnahme" }, { value: "Status" }],
    ]);
  });

  it("starts the grid at the first filled cell so positions stay those Excel shows", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("C2").value = "Aktionsplan Integration – Meldung Jugendamt";
      ws.getCell("C4").value = "Nr.";
      ws.getCell("D4").value = "Status";
      ws.getCell("C5").value = "3.2.1";
      ws.getCell("D5").value = "in Umsetzung";
      ws.getCell("F9").numFmt = "0%"; // styled but empty: not part of the used area
    });
    const g = (await readOk(bytes)).grids[0]!;
    expect([g.top, g.left, g.rows.length, g.rows[0]?.length]).toEqual([2, 3, 4, 2]);
    expect(plain(g.rows)).toEqual([
      [{ value: "Aktionsplan Integration – Meldung Jugendamt" }, null],
      [null, null],
      [{ value: "Nr." }, { value: "Status" }],
      [{ value: "3.2.1" }, { value: "in Umsetzung" }],
    ]);
  });

  it("reads hidden rows and columns, and reports every sheet's state", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Meldung");
      addRows(ws, [
        ["a", "b", "c"],
        ["d", "e", "f"],
        ["g", "h", "i"],
      ]);
      ws.getRow(2).hidden = true;
      ws.getColumn(2).hidden = true;
      addRows(wb.addWorksheet("Hilfswerte", { state: "hidden" }), [["x"]]);
      addRows(wb.addWorksheet("Listen", { state: "veryHidden" }), [["y"]]);
      wb.addWorksheet("Leer");
    });
    const r = await readOk(bytes);
    expect(r.grids.map((g) => [g.sheet, g.top, g.left, g.rows.length, g.rows[0]?.length ?? 0])).toEqual([
      ["Meldung", 1, 1, 3, 3],
      ["Hilfswerte", 1, 1, 1, 1],
      ["Listen", 1, 1, 1, 1],
      ["Leer", 1, 1, 0, 0],
    ]);
    expect(r.grids[0]?.rows[1]?.[1]?.value).toBe("e");
    expect(r.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Meldung", "visible"],
      ["Hilfswerte", "hidden"],
      ["Listen", "veryHidden"],
      ["Leer", "visible"],
    ]);
    expect(r.flags).toEqual({ hasMacros: false, lossyParts: [], unreadWorksheets: [], repairs: [] });
  });

  it("caps rows and columns and says how far the sheet went", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("S");
      for (let r = 1; r <= 12; r++) ws.getRow(r).values = [r, r, r, r];
      ws.getCell("Z3").value = "far right";
    });
    const r = await readOk(bytes, { maxRows: 10, maxColumns: 3 });
    expect([r.grids[0]?.rows.length, r.grids[0]?.rows[0]?.length]).toEqual([10, 3]);
    expect(r.sheets[0]).toEqual({
      name: "S",
      state: "visible",
      truncated: true,
      lastRow: 12,
      lastColumn: 26,
      hiddenRows: [],
      hiddenColumns: [],
    });
    expect((await readOk(bytes)).sheets[0]?.truncated).toBe(false);
  });
});

describe("readWorkbookGrids: dates in both date systems", () => {
  const build = (date1904: boolean) =>
    workbookBytes((wb) => {
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet("S");
      const cells: [string, unknown, string][] = [
        ["A1", new Date(Date.UTC(2024, 11, 31)), "dd.mm.yyyy"],
        ["A2", 45657, "dd.mm.yyyy"],
        ["A3", { formula: "A1+1", result: new Date(Date.UTC(2025, 0, 1)) }, "dd.mm.yyyy"],
        ["A4", new Date(Date.UTC(2024, 5, 30, 8, 15)), "dd.mm.yyyy hh:mm"],
        ["A5", 0.75, "hh:mm"],
        ["A6", 2024, "0"],
      ];
      for (const [address, value, format] of cells) {
        ws.getCell(address).value = value as never;
        ws.getCell(address).numFmt = format;
      }
    });

  // Dates set as Date objects are written by exceljs as serials of the workbook's own system, so
  // they read back unchanged; a bare serial means another day in 1904 (what Excel shows there).
  it.each<[string, boolean, boolean | undefined, unknown[]]>([
    [
      "1900",
      false,
      undefined,
      [
        { date: "2024-12-31" },
        { date: "2024-12-31" },
        { date: "2025-01-01" },
        { date: "2024-06-30T08:15:00" },
        0.75,
        2024,
      ],
    ],
    [
      "1904",
      true,
      true,
      [
        { date: "2024-12-31" },
        { date: "2029-01-01" },
        { date: "2025-01-01" },
        { date: "2024-06-30T08:15:00" },
        0.75,
        2024,
      ],
    ],
  ])("%s system", async (_name, date1904, flag, values) => {
    const g = (await readOk(await build(date1904))).grids[0]!;
    expect(g.date1904).toBe(flag);
    expect(g.rows.map((row) => row[0]?.value)).toEqual(values);
  });

  it("exceljs writes the 1904 flag and shifts Date serials by 1462 days, but not bare numbers", async () => {
    const files = unzipSync(await build(true));
    expect(strFromU8(files["xl/workbook.xml"]!)).toMatch(/<workbookPr[^>]*date1904="1"/);
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect([/<c r="A1"[^>]*><v>([^<]+)</.exec(sheet)?.[1], /<c r="A2"[^>]*><v>([^<]+)</.exec(sheet)?.[1]]).toEqual([
      "44195",
      "45657",
    ]);
  });
});

describe("readWorkbookGrids: what exceljs would skip or lose is reported", () => {
  const twoSheets = () =>
    workbookBytes((wb) => {
      addRows(wb.addWorksheet("Daten"), [["a"]]);
      addRows(wb.addWorksheet("Zwei"), [["b"]]);
    });

  it("skips a chart sheet (no cells) and flags the chart parts", async () => {
    const bytes = rezip(await twoSheets(), (files) => {
      editPart(files, "xl/workbook.xml", (t) =>
        t.replace("</sheets>", '<sheet name="Diagramm1" sheetId="9" r:id="rIdC1"/></sheets>'),
      );
      editPart(files, "xl/_rels/workbook.xml.rels", (t) =>
        t.replace(
          "</Relationships>",
          '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
        ),
      );
      files["xl/chartsheets/sheet1.xml"] = strToU8(
        '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      );
      files["xl/charts/chart1.xml"] = strToU8("<c:chartSpace/>");
    });
    const r = await readOk(bytes);
    expect(r.sheets.map((s) => s.name)).toEqual(["Daten", "Zwei"]);
    expect(r.flags.lossyParts).toEqual(["xl/charts/", "xl/chartsheets/"]);
  });

  // exceljs read only parts named xl/worksheets/sheetN.xml and needed the repair pass for others;
  // the streaming reader follows the relationships, so the part's name does not matter.
  it("reads a worksheet part not named sheetN.xml without any repair (exceljs skipped it unrepaired)", async () => {
    const bytes = rezip(await twoSheets(), (files) => {
      files["xl/worksheets/daten.xml"] = files["xl/worksheets/sheet1.xml"]!;
      delete files["xl/worksheets/sheet1.xml"];
      editPart(files, "xl/_rels/workbook.xml.rels", (t) => t.replace("worksheets/sheet1.xml", "worksheets/daten.xml"));
    });
    const r = await readOk(bytes);
    expect([
      r.sheets.map((s) => s.name),
      r.grids.map((g) => g.rows[0]?.[0]?.value),
      r.flags.unreadWorksheets,
      r.flags.repairs,
    ]).toEqual([["Daten", "Zwei"], ["a", "b"], [], []]);
    const unrepaired = await readWorkbookGridsExceljs(bytes, { repair: false });
    expect(unrepaired.ok && [unrepaired.sheets.map((s) => s.name), unrepaired.flags.unreadWorksheets]).toEqual([
      ["Zwei"],
      ["xl/worksheets/daten.xml"],
    ]);
  });

  it("reads a macro workbook and says it has macros", async () => {
    const r = await readOk(rezip(await twoSheets(), (files) => (files["xl/vbaProject.bin"] = new Uint8Array(64))));
    expect([r.grids.length, r.flags.hasMacros]).toEqual([2, true]);
  });

  it("reads a package whose writer used data descriptors", async () => {
    const r = await readOk(zipStreaming(unzipSync(await twoSheets())));
    expect(r.grids.map((g) => g.rows[0]?.[0]?.value)).toEqual(["a", "b"]);
  });

  it("ignores only worksheet elements exceljs knows, and never the cells", () => {
    const WorksheetXform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform") as new () => {
      map: Record<string, unknown>;
    };
    const known = Object.keys(new WorksheetXform().map);
    expect(IGNORED_NODES.filter((n: string) => !known.includes(n))).toEqual([]);
    expect(IGNORED_NODES).not.toContain("sheetData");
  });
});
