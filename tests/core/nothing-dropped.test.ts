import { DEFAULT_PLAN, validateGrid, validateWorkbook, type CellValue } from "../../src/core";
import { cellFromExceljs } from "../../src/xlsx";
import { checkWorkbookBytes } from "../../src/xlsx/read";
import { addRows, workbookBytes } from "../helpers/workbook";
import { flat, withoutInfo } from "../helpers/flatten";
import { grid, type CellInput } from "../helpers/grid";

// Issue 19, item 2: nothing an office typed is dropped without a warning or an error.
const HEADER = [
  "Nr.",
  "Handlungsfeld",
  "Maßnahme",
  "Federführung",
  "Haushaltsrelevanz",
  "Beginn",
  "Ende",
  "Status",
  "Fortschritt",
  "Sachstand",
];
const date = (iso: string): CellValue => ({ date: iso });
const row = (id: CellInput, measure: CellInput, extra: Partial<Record<number, CellInput>> = {}): CellInput[] => {
  const r: CellInput[] = [
    id,
    "Bildung",
    measure,
    "Jugendamt",
    "nein",
    date("2022-01-01"),
    date("2025-12-31"),
    "in Umsetzung",
    { value: 0.5, format: "0%" },
    "läuft",
  ];
  for (const [i, v] of Object.entries(extra)) r[Number(i)] = v;
  return r;
};
const today = "2024-06-30";

describe("a row with an ID is never a totals line", () => {
  it.each([
    "Gesamtkonzept Sprachförderung",
    "Anzahl der Beratungen erhöhen",
    "Ergebnisse sichtbar machen",
    "Summe der Angebote bündeln",
  ])("%s is read as a measure", (measure) => {
    // The measure text comes first in this layout, the ID later: the first filled cell is the text.
    const cols = ["Maßnahme", "Nr.", "Handlungsfeld", "Federführung", "Haushaltsrelevanz", "Status"];
    const r = validateGrid(
      grid([cols, [measure, "3.1.1", "Bildung", "Jugendamt", "nein", "in Umsetzung"]]),
      DEFAULT_PLAN,
      { today },
    );
    expect(r.records.map((x) => [x.source.row, x.row.measureId, x.row.measure])).toEqual([[2, "3.1.1", measure]]);
    expect(flat(r.issues).filter(([, code]) => code === "row/totals-skipped")).toEqual([]);
  });

  it("a line with 'Summe' in the ID column, or without ID, is still a totals line", () => {
    const r = validateGrid(
      grid([
        HEADER,
        row("3.1.1", "Elternarbeit"),
        ["Summe", null, null, null, null, null, null, null, { value: 0.5, formula: true }],
        [null, "Gesamt: 1"],
      ]),
      DEFAULT_PLAN,
      { today },
    );
    expect(r.records.map((x) => x.row.measureId)).toEqual(["3.1.1"]);
    expect(flat(r.issues).filter(([, code]) => code === "row/totals-skipped")).toEqual([
      ["row 3", "row/totals-skipped"],
      ["row 4", "row/totals-skipped"],
    ]);
  });
});

describe("a data row made of header words is data", () => {
  it("a measure whose cells read Maßnahme / Status / Sachstand stays a measure under the first header", () => {
    const r = validateGrid(
      grid([
        HEADER,
        row("3.1.1", "Elternarbeit"),
        [
          "3.1.2",
          "Handlungsfeld",
          "Maßnahme",
          "federführend",
          "Haushaltsrelevanz",
          "Beginn",
          "Ende",
          "Status",
          "Fortschritt",
          "Sachstand",
        ],
      ]),
      DEFAULT_PLAN,
      { today },
    );
    expect(r.records.map((x) => [x.source.row, x.row.measureId, x.row.measure])).toEqual([
      [2, "3.1.1", "Elternarbeit"],
      [3, "3.1.2", "Maßnahme"],
    ]);
    expect(r.header?.row).toBe(1);
  });

  it("a real second header (its ID cell a header word) still starts a second table", () => {
    const r = validateGrid(
      grid([
        HEADER,
        row("3.1.1", "A"),
        [],
        ["Status", "Nr.", "Maßnahme", "Federführung", "Handlungsfeld", "Haushaltsrelevanz"],
        ["in Planung", "3.1.2", "B", "Jugendamt", "Bildung", "nein"],
      ]),
      DEFAULT_PLAN,
      { today },
    );
    expect(r.records.map((x) => [x.row.measureId, x.row.status])).toEqual([
      ["3.1.1", "in Umsetzung"],
      ["3.1.2", "in Planung"],
    ]);
  });
});

describe("numbers and dates that cannot be", () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number("1e309")])(
    "%s in a number cell is an error naming the cell",
    (n) => {
      const cell = cellFromExceljs({ value: n, numFmt: "0%" } as never, false);
      const r = validateGrid(grid([HEADER, row("3.1.1", "Elternarbeit", { 8: cell })]), DEFAULT_PLAN, { today });
      expect(flat(withoutInfo(r.issues))).toEqual([["I2", "cell/error-value"]]);
    },
  );

  it("NaN and Infinity written into a workbook (<v>NaN</v>) are errors naming their cells, through the reader", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Meldung");
      addRows(ws, [
        HEADER,
        row("3.1.1", "A", { 5: null, 6: null, 8: Number.NaN }),
        row("3.1.2", "B", { 5: null, 6: null, 8: Number.POSITIVE_INFINITY }),
      ]);
    });
    const checked = await checkWorkbookBytes("x.xlsx", "", bytes, DEFAULT_PLAN, today);
    expect(flat(withoutInfo(checked.report!.issues))).toEqual([
      ["I2", "cell/error-value"],
      ["I3", "cell/error-value"],
    ]);
  });

  it("a start date in 9999 is outside the plan period", () => {
    const r = validateGrid(
      grid([HEADER, row("3.1.1", "Elternarbeit", { 5: date("9999-01-01"), 6: null })]),
      DEFAULT_PLAN,
      { today },
    );
    expect(flat(withoutInfo(r.issues))).toEqual([["F2", "cell/date-outside-period"]]);
  });

  it("an end date before the plan period is outside it too", () => {
    const r = validateGrid(
      grid([
        HEADER,
        row("3.1.1", "Elternarbeit", { 5: null, 6: date("1999-12-31"), 7: "umgesetzt", 8: { value: 1, format: "0%" } }),
      ]),
      DEFAULT_PLAN,
      { today },
    );
    expect(flat(withoutInfo(r.issues))).toEqual([["G2", "cell/date-outside-period"]]);
  });
});

describe("every sheet holding a measure table is read", () => {
  it("reads a second sheet of measures with its own provenance", () => {
    const r = validateWorkbook(
      [
        grid([HEADER, row("3.1.1", "A"), row("3.1.2", "B")], { sheet: "2023" }),
        grid(
          [
            ["Nr.", "Maßnahme", "Federführung", "Handlungsfeld", "Haushaltsrelevanz", "Status"],
            ["3.1.3", "C", "Jugendamt", "Bildung", "nein", "in Planung"],
          ],
          { sheet: "2024" },
        ),
      ],
      DEFAULT_PLAN,
      { today },
    );
    expect(r.sheet).toBe("2023");
    expect(r.records.map((x) => [x.source.sheet, x.source.row, x.row.measureId])).toEqual([
      ["2023", 2, "3.1.1"],
      ["2023", 3, "3.1.2"],
      ["2024", 2, "3.1.3"],
    ]);
  });

  it("warns about a sheet that looks like measures but has no ID column, naming it", () => {
    const r = validateWorkbook(
      [
        grid([HEADER, row("3.1.1", "A")], { sheet: "Meldung" }),
        grid(
          [
            ["Handlungsfeld", "Maßnahme", "Status"],
            ["Bildung", "Lesepaten", "in Planung"],
          ],
          { sheet: "Nachträge" },
        ),
      ],
      DEFAULT_PLAN,
      { today },
    );
    expect(r.issues.filter((i) => i.code === "file/sheet-not-read").map((i) => [i.sheet, i.severity])).toEqual([
      ["Nachträge", "warning"],
    ]);
    expect(r.records.map((x) => x.row.measureId)).toEqual(["3.1.1"]);
  });

  it("never reads the drop-down list sheet of a template as measures", () => {
    const r = validateWorkbook(
      [
        grid([HEADER, row("3.1.1", "A")]),
        grid(
          [
            ["Umsetzungsstand", "Haushaltsrelevanz", "Maßnahmen-Nr."],
            ["umgesetzt", "nein", null],
          ],
          { sheet: "AP_Listen" },
        ),
      ],
      DEFAULT_PLAN,
      { today },
    );
    expect(r.issues.filter((i) => i.code.startsWith("file/"))).toEqual([]);
  });
});
