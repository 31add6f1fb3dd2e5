import { DEFAULT_PLAN, validateGrid } from "../../src/core";
import { checkWorkbookBytes, readWorkbookGrids } from "../../src/xlsx";
import { flat, withoutInfo } from "../helpers/flatten";
import { grid } from "../helpers/grid";
import { addRows, workbookBytes } from "../helpers/workbook";

// Issue 19, item 2: a Handlungsfeld or federführend cell merged down over the rows of its measures.
const HEADER = ["Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Haushaltsrelevanz", "Status", "Sachstand"];
const today = "2024-06-30";

const officeLayout = () =>
  workbookBytes((wb) => {
    const ws = wb.addWorksheet("Meldung");
    addRows(ws, [
      HEADER,
      ["3.1.1", "Bildung", "Elternarbeit", "Jugendamt", "nein", "in Umsetzung", "läuft"],
      ["3.1.2", null, "Sprachmittlung", null, "nein", "in Planung", null],
      ["3.1.3", null, "Lesepaten", null, "nein", "umgesetzt", "fertig"],
      ["1.1.1", "Arbeit", "Sprachkurse", "Sozialamt", "nein", "in Planung", "Sachstand"],
    ]);
    ws.mergeCells("B2:B4");
    ws.mergeCells("D2:D4");
    // A merged note: not marked by the plan, so it stays in its first row only.
    ws.mergeCells("G3:G4");
  });

describe("vertically merged cells", () => {
  it("the reader gives the grid the sheet's merged ranges", async () => {
    const read = await readWorkbookGrids(await officeLayout());
    expect(read.ok && read.grids[0]!.merges).toEqual([
      { top: 2, left: 2, bottom: 4, right: 2 },
      { top: 2, left: 4, bottom: 4, right: 4 },
      { top: 3, left: 7, bottom: 4, right: 7 },
    ]);
  });

  it("give their value to every row they span, for the fields the plan marks, and no false 'Pflichtangabe fehlt'", async () => {
    const checked = await checkWorkbookBytes("Meldung.xlsx", "", await officeLayout(), DEFAULT_PLAN, today);
    expect(flat(withoutInfo(checked.report!.issues))).toEqual([]);
    expect(checked.records.map((r) => [r.row.measureId, r.row.field, r.row.leadOffice, r.row.note])).toEqual([
      ["3.1.1", "Kindertagesbetreuung, Schule und Bildung", "Jugendamt", "läuft"],
      ["3.1.2", "Kindertagesbetreuung, Schule und Bildung", "Jugendamt", null],
      ["3.1.3", "Kindertagesbetreuung, Schule und Bildung", "Jugendamt", null],
      ["1.1.1", "Arbeit und Wirtschaft", "Sozialamt", "Sachstand"],
    ]);
  });

  it("never fill from a header merged over two rows, and stay bounded for ranges beyond the grid", () => {
    const g = {
      ...grid([
        HEADER,
        [null, null, null, null, null, null, null],
        ["3.1.1", null, "A", "Jugendamt", "nein", "in Planung"],
      ]),
      merges: [
        { top: 1, left: 2, bottom: 3, right: 2 },
        { top: 3, left: 4, bottom: 1_048_576, right: 4 },
      ],
    };
    const r = validateGrid(g, DEFAULT_PLAN, { today });
    expect(r.records.map((x) => [x.row.measureId, x.row.field])).toEqual([["3.1.1", null]]);
    expect(flat(withoutInfo(r.issues))).toEqual([["B3", "cell/required"]]);
  });
});
