// @needs: python3-openpyxl
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Grid } from "../../src/core";
import { buildExampleWorkbooks } from "../../src/examples";
import { readWorkbookGrids } from "../../src/xlsx";
import { readWorkbookGridsExceljs } from "../../src/xlsx/read-workbook-exceljs";
import { buergeramt, jugendamt, masterplan, sozialamt } from "../helpers/offices";
import { cellsOfGrids, diffCells, hiddenOfRead, sheetJsCells, sheetJsHidden } from "../helpers/reader-diff";
import { tempDir } from "../helpers/run-cli";
import { addRows, workbookBytes } from "../helpers/workbook";

jest.setTimeout(60_000);

/** Every value shape exceljs writes, with number formats, formulas, merges, a hidden row, column and sheet. */
const everyShape = () =>
  workbookBytes((wb) => {
    const ws = wb.addWorksheet("Werte");
    ws.getCell("A1").value = "Titel über drei Spalten";
    ws.mergeCells("A1:C1");
    addRows(ws, [
      ["Text", 42, true, 0.35, { formula: "B2*2", result: 84 }, { formula: "B2/0", result: { error: "#DIV/0!" } }],
      [
        { richText: [{ text: "fett", font: { bold: true } }, { text: " und normal" }] },
        { sharedFormula: "E2", result: 8 },
        { error: "#N/A" },
        new Date(Date.UTC(2024, 11, 31)),
        45657,
        "=1+1",
      ],
      [
        { text: "Link", hyperlink: "https://example.invalid" },
        "  Leerzeichen  ",
        "Zeile 1\nZeile 2",
        0.075,
        1e-7,
        "<&>\"'",
      ],
    ]);
    ws.getCell("D2").numFmt = "0%";
    ws.getCell("D3").numFmt = "dd.mm.yyyy";
    ws.getCell("E3").numFmt = "dd.mm.yyyy";
    ws.getCell("D4").numFmt = "0.0%";
    ws.getRow(3).hidden = true;
    ws.getColumn(5).hidden = true;
    addRows(wb.addWorksheet("Versteckt", { state: "hidden" }), [["x", 1]]);
  });

/** Another writer: openpyxl (Debian's python3-openpyxl) with inline-free shared strings, dates, merges, a formula. */
const openpyxlWorkbook = async (): Promise<Uint8Array> => {
  const path = join(tempDir("diff-openpyxl"), "o.xlsx");
  const script = `
import openpyxl, sys, datetime
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Meldung"
ws["A1"] = "Sachstand Sozialamt"
ws.merge_cells("A1:D1")
ws.append(["Nr.", "Maßnahme", "Ende", "Fortschritt"])
ws.append(["4.1.1", "Beratung\\nmehrsprachig", datetime.datetime(2025, 12, 31), 0.25])
ws.append(["4.1.2", "Lotsen", datetime.datetime(2024, 6, 30, 8, 15), "=D3*2"])
ws["C3"].number_format = "dd.mm.yyyy"
ws["D3"].number_format = "0%"
ws.row_dimensions[3].hidden = True
ws.row_dimensions[7].hidden = True
ws.column_dimensions.group("B", "C", hidden=True)
wb.create_sheet("Leer")
wb.save(sys.argv[1])
`;
  const r = spawnSync("/usr/bin/python3", ["-c", script, path], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return new Uint8Array(readFileSync(path));
};

/** The grids without the merged ranges, which only the streaming reader reports. */
const withoutMerges = (grids: readonly Grid[]) =>
  grids.map(({ merges: _merges, ...g }) => ({
    ...g,
    rows: g.rows.map((r) => r.map((c) => (c === null ? null : { ...c }))),
  }));

const WORKBOOKS: [string, () => Promise<Uint8Array>][] = [
  ["every value shape", everyShape],
  ["Jugendamt (tests)", jugendamt],
  ["Sozialamt (tests)", sozialamt],
  ["Bürgeramt (tests)", buergeramt],
  ["Masterplan (tests)", masterplan],
  ["openpyxl", openpyxlWorkbook],
];

describe("the streaming reader against exceljs' document reader and SheetJS, on the workbooks the suite builds", () => {
  const compare = async (bytes: Uint8Array) => {
    const ours = await readWorkbookGrids(bytes);
    const reference = await readWorkbookGridsExceljs(bytes);
    if (!ours.ok || !reference.ok)
      throw new Error(`unreadable: ${JSON.stringify([ours.ok || ours.detail, reference.ok || reference.detail])}`);
    // The same grids, cell for cell (value, format, formula flag), as exceljs gave the core before.
    expect(withoutMerges(ours.grids)).toEqual(withoutMerges(reference.grids));
    expect(ours.sheets).toEqual(reference.sheets);
    const sheetjs = sheetJsCells(bytes);
    if (typeof sheetjs === "string") throw new Error(sheetjs);
    expect(diffCells(cellsOfGrids(ours.grids), sheetjs)).toEqual([]);
    expect(hiddenOfRead(ours)).toEqual(sheetJsHidden(bytes, 100_000, 500));
    return ours;
  };

  it.each(WORKBOOKS)("%s", async (_name, make) => {
    await compare(await make());
  });

  it("the example workbooks of the demo", async () => {
    for (const f of await buildExampleWorkbooks()) await compare(f.bytes);
  });

  it("notes the hidden row and column of both writers (their cells still read)", async () => {
    const shape = await compare(await everyShape());
    const openpyxl = await compare(await openpyxlWorkbook());
    expect([shape.sheets[0], openpyxl.sheets[0]]).toMatchObject([
      { hiddenRows: [{ first: 3, last: 3 }], hiddenColumns: [{ first: 5, last: 5 }] },
      {
        hiddenRows: [
          { first: 3, last: 3 },
          { first: 7, last: 7 },
        ],
        hiddenColumns: [{ first: 2, last: 3 }],
      },
    ]);
    expect(shape.grids[0]?.rows[2]?.[0]?.value).toBe("fett und normal");
  });

  it("reports the merged title as a range, its value in the top-left cell only", async () => {
    const r = await compare(await everyShape());
    expect(r.grids[0]?.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  });
});
