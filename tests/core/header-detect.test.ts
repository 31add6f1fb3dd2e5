import { DEFAULT_PLAN, findHeaderRow, matchHeader, planIndex } from "../../src/core";
import { grid } from "../helpers/grid";

const index = planIndex(DEFAULT_PLAN);

describe("header matching: spellings map to canonical columns", () => {
  it.each([
    ["Maßnahmen-Nr.", "measureId"],
    ["Massnahmen Nr", "measureId"],
    ["MASSNAHMEN-NR.", "measureId"],
    ["Nr.", "measureId"],
    ["  Nr  ", "measureId"],
    ["Federführung", "leadOffice"],
    ["federführend", "leadOffice"],
    ["Federfuehrend", "leadOffice"],
    ["Umsetzungsstand", "status"],
    ["Status", "status"],
    ["Fortschritt in %", "progress"],
    ["Fortschritt (%)", "progress"],
    ["Sachstand / Bemerkungen", "note"],
    ["Sachstand/Bemerkungen", "note"],
    ["Haushaltsrelevanz", "budget"],
    ["Umsetzungszeitraum", "timeframe"],
    ["neue freiwillige kommunale Leistung", "newVoluntaryService"],
    ["Stand", "asOf"],
  ])("%p → %s", (header, key) => {
    const g = grid([
      [header, "Maßnahme"],
      ["x", "y"],
    ]);
    const m = matchHeader(g, 0, 2, index);
    expect(m.columns[0]?.key).toBe(key);
  });
});

describe("findHeaderRow", () => {
  it("skips a title block, a Stand line and blank rows", () => {
    const g = grid([
      ["Aktionsplan Integration – Sachstand Sozialamt"],
      ["Stand: 30.06.2024"],
      [],
      ["Nr.", "Maßnahme", "Federführung", "Status"],
      ["1.1.1", "Sprachkurse", "Sozialamt", "umgesetzt"],
    ]);
    expect(findHeaderRow(g, index)).toEqual({ offset: 3, score: 4 });
  });

  it("finds nothing when fewer than two known headers appear within 20 rows", () => {
    expect(
      findHeaderRow(
        grid([
          ["Name", "Telefon"],
          ["a", "b"],
        ]),
        index,
      ),
    ).toBeNull();
    const deep = grid([...Array.from({ length: 20 }, () => ["Notiz"]), ["Nr.", "Maßnahme", "Status"]]);
    expect(findHeaderRow(deep, index)).toBeNull();
  });
});

describe("matchHeader: nothing is dropped", () => {
  const g = grid(
    [
      ["Nr.", "Maßnahme", "Ansprechpartner/in", "Status", "Status", null, "__proto__"],
      ["1.1.1", "Sprachkurse", "Frau A", "umgesetzt", "x", "Notiz", "p"],
    ],
    { top: 3, left: 2 },
  );
  const m = matchHeader(g, 0, 3, index);

  it("keeps unknown, duplicate and blank-header columns as extras at their physical positions", () => {
    expect(m.columns.map((c) => [c.column, c.header, c.key])).toEqual([
      [2, "Nr.", "measureId"],
      [3, "Maßnahme", "measure"],
      [4, "Ansprechpartner/in", null],
      [5, "Status", "status"],
      [6, "Status", null],
      [7, "", null],
      [8, "__proto__", null],
    ]);
  });

  it("reports them, and the missing required columns, at the header row", () => {
    expect(m.issues.map((i) => [i.cell ?? `row ${i.row}`, i.code, i.field])).toEqual([
      ["D3", "header/unknown", null],
      ["F3", "header/duplicate", "status"],
      ["G3", "header/blank", null],
      ["H3", "header/unknown", null],
      ["row 3", "header/missing", "field"],
      ["row 3", "header/missing", "leadOffice"],
      ["row 3", "header/missing", "budget"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
