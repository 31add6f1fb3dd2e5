import { DEFAULT_PLAN, type CellValue, type History, type PlanConfig } from "../../../src/core";
import { FACT, sheetLabels } from "../../../src/xlsx/consolidated/labels";
import { historyList } from "../../../src/xlsx/register/history-sheet";
import { readRegister } from "../../../src/xlsx/register/read-register";
import { loadBundledPlan } from "../../helpers/bundled-plans";
import { grid } from "../../helpers/grid";

const unBrk = loadBundledPlan("un-brk-2023-2027.json");

const overview = (plan: PlanConfig) => grid([[FACT.planId, plan.id]], { sheet: "Übersicht" });

/** A register as a merge writes it: Verlauf, Entscheidungen and a choice on Konflikte, under the given ID and status headers. */
const register = (idHeader: string, statusHeader: string, id: string, status: string) => [
  grid(
    [
      [idHeader, "Maßnahme", "federführend", "Erste Meldung", "Letzte Meldung"].concat(
        ["Ende (geplant)", "Fortschritt", "Quelle", "Stand"].map((c) => `Runde 1: ${c}`),
        [`Runde 1: ${statusHeader}`],
      ),
      [id, "Leichte Sprache", "Sozialamt", "Runde 1", "Runde 1", null, 0.5, "Sozialamt.xlsx", null, status],
    ],
    { sheet: "Verlauf" },
  ),
  grid(
    [
      [idHeader, "Feld", "Art", "Wert", "Begründung"],
      [id, null, "Kommentar", null, "Telefonat mit dem Amt"],
    ],
    { sheet: "Entscheidungen" },
  ),
  grid(
    [
      [idHeader, "Feld", "Wert (abweichend)", "Quelle (abweichend)", "Entscheidung", "Begründung (Entscheidung)"],
      [id, "Sachstand", "neu", "C:\\eingang\\Sozialamt.xlsx", "Quelle wählen", "neuere Fassung"],
    ],
    { sheet: "Konflikte" },
  ),
];

const read = (plan: PlanConfig, grids: ReturnType<typeof register>) => {
  const r = readRegister([overview(plan), ...grids], "Register.xlsx", plan);
  if (!r.ok) throw new Error(r.message);
  return r.register!;
};

const facts = (reg: ReturnType<typeof read>) => ({
  history: reg.history.rows.map((row) => [row.measureId, row.leadOffice, row.rounds["Runde 1"]?.status]),
  decisions: reg.decisions.map((d) => [d.sheet, d.measureId, d.kind, d.value]),
});

describe("the register's sheets name plan columns as the plan does, and read older spellings too", () => {
  it.each([
    ["under the plan's labels", "Kennung", "Ampel"],
    ["by an earlier version", "Maßnahmen-Nr.", "Umsetzungsstand"],
  ])("reads a UN-BRK register written %s (%s, %s)", (_, idHeader, statusHeader) => {
    expect(facts(read(unBrk, register(idHeader, statusHeader, "B-03.2", "gelb")))).toEqual({
      history: [["B-03.2", "Sozialamt", "gelb"]],
      decisions: [
        ["Entscheidungen", "B-03.2", "Kommentar", null],
        ["Konflikte", "B-03.2", "Quelle wählen", "Sozialamt.xlsx"],
      ],
    });
  });

  it("names a status the plan lacks as the plan's status column does", () => {
    const r = readRegister([overview(unBrk), ...register("Kennung", "Ampel", "B-03.2", "lila")], "R.xlsx", unBrk);
    expect(r.ok ? "" : r.message).toContain("Zelle J2: „lila“ ist keine zulässige Ampelfarbe.");
  });

  it("refuses a Verlauf without the ID column and names the plan's label", () => {
    const grids = register("Nummer", "Ampel", "B-03.2", "gelb");
    const r = readRegister([overview(unBrk), ...grids], "R.xlsx", unBrk);
    expect(r.ok ? "" : r.message).toContain("Die Spalte „Kennung“ fehlt.");
  });

  const history = (id: string, status: string): History => ({
    rounds: [{ name: "Jahresbericht 2024", cutoff: null, deadline: null, contact: null }],
    rows: [
      {
        measureId: id,
        measure: "Leichte Sprache",
        leadOffice: "Sozialamt",
        rounds: {
          "Jahresbericht 2024": { reported: true, status, progress: 40, asOf: null, end: null, source: "S.xlsx" },
        },
      },
    ],
  });

  it.each([
    [unBrk, "B-03.2", "grün", ["Kennung", "Maßnahme", "verantwortlich"], "Jahresbericht 2024: Ampel"],
    [
      DEFAULT_PLAN,
      "3.2.1",
      "in Umsetzung",
      ["Maßnahmen-Nr.", "Maßnahme", "federführend"],
      "Jahresbericht 2024: Umsetzungsstand",
    ],
  ])("writes Verlauf under the plan's labels and reads it back (%#)", (plan, id, status, first, statusHeader) => {
    const { rounds, rows } = history(id, status);
    const list = historyList({ rounds, count: rows.length, row: (i) => rows[i]! }, sheetLabels(plan));
    const headers = list.columns.map((c) => c.header);
    expect(headers.slice(0, 3)).toEqual(first);
    expect(headers).toContain(statusHeader);
    const back = read(plan, [grid([headers, list.row(0) as CellValue[]], { sheet: "Verlauf" })]);
    expect(back.history).toEqual(history(id, status));
  });
});
