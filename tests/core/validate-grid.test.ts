import { DEFAULT_PLAN, validateGrid, validateWorkbook, type CellValue } from "../../src/core";
import { grid, type CellInput } from "../helpers/grid";
import { flat, withoutInfo, withoutReadings } from "../helpers/flatten";

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
const pct = (n: number) => ({ value: n, format: "0%" });
const date = (iso: string): CellValue => ({ date: iso });
/** A valid row to vary one cell at a time. */
const good = (id = "3.1.1"): CellInput[] => [
  `${id}`,
  "Bildung",
  "Elternarbeit in Kitas",
  "Jugendamt",
  "nein",
  date("2022-01-01"),
  date("2025-12-31"),
  "in Umsetzung",
  pct(0.5),
  "läuft",
];
const today = "2024-06-30";
const run = (rows: CellInput[][], top = 1) => validateGrid(grid([HEADER, ...rows], { top }), DEFAULT_PLAN, { today });

const COL = Object.fromEntries(HEADER.map((h, i) => [h, i]));
const vary = (changes: Record<string, CellInput>, id?: string): CellInput[] => {
  const row = good(id);
  for (const [h, v] of Object.entries(changes)) row[COL[h]!] = v;
  return row;
};

describe("validateGrid: a clean table", () => {
  it("is valid, with normalised rows linked to their physical source rows", () => {
    const r = run([good("3.1.1"), good("3.1.2")], 4);
    expect(withoutInfo(r.issues)).toEqual([]);
    expect(r.valid).toBe(true);
    // The two infos are the readings of "Bildung" as the field's full name (issue 14: readings are listed).
    expect(r.stats).toEqual({ rows: 2, error: 0, warning: 0, info: 2 });
    expect(flat(r.issues)).toEqual([
      ["B5", "cell/normalised"],
      ["B6", "cell/normalised"],
    ]);
    expect(
      r.records.map((x) => [x.source.row, x.row.measureId, x.row.field, x.row.progress, x.row.status, x.worst]),
    ).toEqual([
      [5, "3.1.1", "Kindertagesbetreuung, Schule und Bildung", 50, "in Umsetzung", null],
      [6, "3.1.2", "Kindertagesbetreuung, Schule und Bildung", 50, "in Umsetzung", null],
    ]);
    expect(r.header?.row).toBe(4);
  });
});

describe("validateGrid: row rules, one per case", () => {
  it.each([
    ["required measure missing", vary({ Maßnahme: null }), [["C2", "cell/required"]]],
    ["unknown status", vary({ Status: "fast fertig" }), [["H2", "cell/enum"]]],
    ["unknown office", vary({ Federführung: "Amt für Raumfahrt" }), [["D2", "cell/unknown-office"]]],
    ["ambiguous budget", vary({ Haushaltsrelevanz: "Ja" }), [["E2", "cell/ambiguous-budget"]]],
    ["ID format", vary({ "Nr.": "A-1" }), [["A2", "cell/id-format"]]],
    ["ID does not match field", vary({}, "2.1.1"), [["A2", "cell/id-field-mismatch"]]],
    ["ID stored as a date", vary({ "Nr.": date("2001-01-03") }), [["A2", "cell/id-not-text"]]],
    ["ID stored as a number", vary({ "Nr.": 3.1 }), [["A2", "cell/id-not-text"]]],
    ["start before plan period", vary({ Beginn: date("2019-05-01") }), [["F2", "cell/date-outside-period"]]],
    ["end after plan period", vary({ Ende: date("2028-01-01") }), [["G2", "cell/date-outside-period"]]],
    [
      "end before start",
      vary({ Beginn: date("2024-01-01"), Ende: date("2023-12-31") }),
      [
        ["G2", "cell/end-before-start"],
        ["G2", "cell/overdue"],
      ],
    ],
    ["invalid date", vary({ Ende: "irgendwann" }), [["G2", "cell/date-invalid"]]],
    ["progress over 100", vary({ Fortschritt: 150 }), [["I2", "cell/progress-range"]]],
    ["progress not a number", vary({ Fortschritt: "viel" }), [["I2", "cell/progress-invalid"]]],
    ["done but not 100 %", vary({ Status: "umgesetzt", Fortschritt: pct(0.6) }), [["I2", "cell/status-progress"]]],
    [
      "not started but progress",
      vary({ Status: "nicht begonnen", Fortschritt: pct(0.2) }),
      [["I2", "cell/status-progress"]],
    ],
    [
      "budget ja without Deckungsvorschlag or note",
      vary({ Haushaltsrelevanz: "ja", Sachstand: null }),
      [["E2", "cell/coverage-missing"]],
    ],
    ["overdue", vary({ Ende: date("2024-03-31") }), [["G2", "cell/overdue"]]],
    ["error value", vary({ Fortschritt: { error: "#DIV/0!" } }), [["I2", "cell/error-value"]]],
  ] as const)("%s", (_name, row, expected) => {
    expect(flat(withoutInfo(run([row as CellInput[]]).issues))).toEqual(expected);
  });

  // Issue 14 changed this: a Sachstand used to count as a Deckungsvorschlag, so "ja" without a proposal went unflagged.
  it("budget ja with only a Sachstand is still missing its Deckungsvorschlag", () => {
    expect(
      flat(
        withoutInfo(
          run([vary({ Haushaltsrelevanz: "ja", Sachstand: "Deckung über Fördermittel des Freistaats." })]).issues,
        ),
      ),
    ).toEqual([["E2", "cell/coverage-missing"]]);
  });

  const PROPOSAL_HEADER = [...HEADER, "Deckungsvorschlag", "neue freiwillige Leistung"];
  const withProposal = (budget: string, proposal: CellInput, voluntary: CellInput = null): CellInput[] => [
    ...vary({ Haushaltsrelevanz: budget }),
    proposal,
    voluntary,
  ];
  it.each([
    ["a named proposal", "ja", "Umschichtung aus Budget 50.1", []],
    ["no proposal", "ja", null, [["E2", "cell/coverage-missing"]]],
    ["a bare ja", "ja", "ja", [["K2", "cell/coverage-unnamed"]]],
    ["an x", "ja", "x", [["K2", "cell/coverage-unnamed"]]],
    ["liegt vor", "ja", "liegt vor", [["K2", "cell/coverage-unnamed"]]],
    ["Vorhanden.", "ja", "Vorhanden.", [["K2", "cell/coverage-unnamed"]]],
    ["a bare ja where none is needed", "nein", "ja", [["K2", "cell/coverage-unnamed"]]],
  ] as const)("Deckungsvorschlag: %s", (_name, budget, proposal, expected) => {
    const r = validateGrid(grid([PROPOSAL_HEADER, withProposal(budget, proposal)]), DEFAULT_PLAN, { today });
    expect(flat(withoutInfo(r.issues))).toEqual(expected);
  });

  it("a new voluntary service needs a Deckungsvorschlag too", () => {
    const r = validateGrid(grid([PROPOSAL_HEADER, withProposal("nein", null, "ja")]), DEFAULT_PLAN, { today });
    expect(flat(withoutInfo(r.issues))).toEqual([["L2", "cell/coverage-missing"]]);
  });

  it("done, dropped and ongoing measures are never overdue", () => {
    const rows = [
      vary({ Ende: date("2023-12-31"), Status: "umgesetzt", Fortschritt: pct(1) }, "3.1.1"),
      vary({ Ende: date("2023-12-31"), Status: "entfallen" }, "3.1.2"),
      vary({ Ende: date("2023-12-31"), Status: "Daueraufgabe" }, "3.1.3"),
    ];
    expect(withoutInfo(run(rows).issues)).toEqual([]);
  });

  it("overdue depends only on the date passed in", () => {
    const row = vary({ Ende: date("2024-12-31") });
    expect(flat(withoutInfo(validateGrid(grid([HEADER, row]), DEFAULT_PLAN, { today: "2025-01-01" }).issues))).toEqual([
      ["G2", "cell/overdue"],
    ]);
    expect(withoutInfo(validateGrid(grid([HEADER, row]), DEFAULT_PLAN, { today: "2024-12-31" }).issues)).toEqual([]);
  });

  it("formula-like text is info, not a warning", () => {
    const r = run([vary({ Sachstand: '=HYPERLINK("http://x")' })]);
    expect(flat(withoutReadings(r.issues))).toEqual([["J2", "cell/formula-like"]]);
    expect(r.valid).toBe(true);
  });
});

describe("validateGrid: rows and cross-row rules", () => {
  it("skips blank rows and a totals line, and reports duplicates and identical rows", () => {
    const r = run([
      good("3.1.1"),
      [],
      good("3.1.2"),
      vary({ Maßnahme: "Andere" }, "3.1.1"),
      good("3.1.2"),
      ["Summe", null, null, null, null, null, null, null, { value: 0.5, format: "0%", formula: true }],
    ]);
    expect(flat(withoutReadings(r.issues))).toEqual([
      ["A5", "row/duplicate-id"],
      ["A6", "row/identical"],
      ["row 7", "row/totals-skipped"],
    ]);
    expect(r.records.map((x) => x.source.row)).toEqual([2, 4, 5, 6]);
    expect(r.records.map((x) => x.worst)).toEqual([null, null, "error", "warning"]);
    expect(r.valid).toBe(false);
  });

  it("tells repeats from duplicates per ID, rows without ID included, and names the first of each", () => {
    const noId = (m: string) => vary({ Maßnahme: m }, "");
    const r = run([
      good("3.1.1"),
      vary({ Maßnahme: "Andere" }, "3.1.1"),
      good("3.1.1"),
      vary({ Maßnahme: "Andere" }, "3.1.1"),
      noId("Ohne Nr."),
      noId("Ohne Nr."),
      noId("Noch eine"),
    ]);
    expect(
      r.issues
        .filter((i) => i.code.startsWith("row/"))
        .map((i) => [i.cell ?? `row ${i.row}`, i.code, "first" in i.params ? i.params.first : null]),
    ).toEqual([
      ["A3", "row/duplicate-id", 2],
      ["A4", "row/identical", 2],
      ["A5", "row/identical", 3],
      ["A7", "row/identical", 6],
    ]);
  });

  it("keeps unknown columns' values with each record", () => {
    const g = grid([
      [...HEADER, "Ansprechpartner/in"],
      [...good(), "Frau Çelik"],
    ]);
    const r = validateGrid(g, DEFAULT_PLAN, { today });
    expect(r.records[0]?.extras).toEqual([{ header: "Ansprechpartner/in", column: "K", value: "Frau Çelik" }]);
  });

  it("proposes fixes as data, never applying them", () => {
    const r = run([vary({ Status: "umgesetzt ", Fortschritt: "100 %", Federführung: "SozA", Ende: "31.12.2024" })]);
    expect(r.fixes.map((f) => [f.cell, f.from, f.to, f.format ?? null, f.reason])).toEqual([
      ["B2", "Bildung", "Kindertagesbetreuung, Schule und Bildung", null, "synonym"],
      ["D2", "SozA", "Sozialamt", null, "synonym"],
      ["G2", "31.12.2024", { date: "2024-12-31" }, "dd.mm.yyyy", "date-text"],
      ["H2", "umgesetzt ", "umgesetzt", null, "trim"],
      ["I2", "100 %", 1, "0%", "progress-text"],
    ]);
  });

  it("understands a Zeitraum column when there are no Beginn/Ende columns", () => {
    const header = [
      "Nr.",
      "Handlungsfeld",
      "Maßnahme",
      "federführend",
      "Haushaltsrelevanz",
      "Zeitraum",
      "Umsetzungsstand",
    ];
    const g = grid([
      header,
      ["3.1.1", "3", "Kita", "Jugendamt", "nein", "2022–2023", "in Umsetzung"],
      ["3.1.2", "3", "Kita", "Jugendamt", "nein", "fortlaufend", "in Umsetzung"],
    ]);
    const r = validateGrid(g, DEFAULT_PLAN, { today });
    expect(flat(withoutInfo(r.issues))).toEqual([["F2", "cell/overdue"]]);
    expect(r.records.map((x) => [x.row.start, x.row.end, x.row.ongoing])).toEqual([
      ["2022-01-01", "2023-12-31", false],
      [null, null, true],
    ]);
  });
});

describe("validateWorkbook", () => {
  it("picks the sheet that holds the measure table", () => {
    const notes = grid([["Hinweise"], ["Bitte bis 31.07. ausfüllen"]], { sheet: "Hinweise" });
    const table = grid([HEADER, good()], { sheet: "Tabelle1" });
    expect(validateWorkbook([notes, table], DEFAULT_PLAN, { today }).sheet).toBe("Tabelle1");
  });
  it("reports a workbook with no table, never as 'no measures'", () => {
    const r = validateWorkbook([grid([["Hallo"]])], DEFAULT_PLAN, { today });
    expect(flat(r.issues)).toEqual([["file", "file/no-table"]]);
    expect(r.valid).toBe(false);
    expect(flat(validateWorkbook([], DEFAULT_PLAN, { today }).issues)).toEqual([["file", "file/no-worksheets"]]);
  });
});

describe("validateGrid: two tables on one sheet", () => {
  it("reads the second table with its own header instead of as a measure", () => {
    const second = ["Maßnahme", "Nr.", "Status", "Federführung", "Handlungsfeld", "Haushaltsrelevanz"];
    const r = run([good("3.1.1"), [], second, ["Kita-Info", "3.1.2", "in Planung", "Jugendamt", "3", "nein"]]);
    expect(withoutInfo(r.issues)).toEqual([]);
    expect(r.records.map((x) => [x.source.row, x.row.measureId, x.row.measure, x.row.status])).toEqual([
      [2, "3.1.1", "Elternarbeit in Kitas", "in Umsetzung"],
      [5, "3.1.2", "Kita-Info", "in Planung"],
    ]);
  });
});
