import { consolidate, DEFAULT_PLAN, type PlanConfig } from "../../../src/core";
import { consolidatedLists } from "../../../src/xlsx/consolidated/fill-workbook";
import { input, masterMeasure, record } from "../../helpers/records";

/** The Integration plan with its plan columns renamed: a header on the own sheets can only have the name from the plan. */
const RENAMED: Readonly<Record<string, string>> = {
  measureId: "Nummer",
  field: "Themenfeld",
  measure: "Vorhaben",
  leadOffice: "zuständig",
  status: "Stand der Dinge",
  budget: "Finanzbedarf",
  coverageProposal: "Finanzierung",
};
const plan: PlanConfig = {
  ...DEFAULT_PLAN,
  columns: DEFAULT_PLAN.columns.map((c) => (RENAMED[c.key] ? { ...c, label: RENAMED[c.key]! } : c)),
};
const F1 = "Arbeit und Wirtschaft";

it("names plan columns on Prüfbericht, Konflikte, Fehlende Meldungen, Abweichungen and Deckungsvorschläge as the plan does", () => {
  const row = { field: F1, leadOffice: "Sozialamt", budget: "ja" };
  const soz = input("Sozialamt.xlsx", "Sozialamt", [
    record({ ...row, measureId: "1.1.1", measure: "Kurs", status: "in Umsetzung" }),
  ]);
  const ja = input("Jugendamt.xlsx", "Jugendamt", [
    record({ ...row, measureId: "1.1.1", measure: "Kurs", status: "in Planung" }),
  ]);
  const master = [
    masterMeasure({ ...row, measureId: "1.1.1", measure: "Sprachkurs" }),
    masterMeasure({ ...row, measureId: "1.1.2", measure: "Lotsen" }),
  ];
  const c = consolidate([soz, ja], { plan, today: "2024-06-30", master });
  const headers = new Map(consolidatedLists(c, plan).map((l) => [l.sheet, l.columns.map((x) => x.header)]));
  expect(headers.get("Prüfbericht")).toContain("Nummer");
  expect(headers.get("Konflikte")?.[0]).toBe("Nummer");
  expect(headers.get("Fehlende Meldungen")?.slice(1, 5)).toEqual(["Nummer", "Themenfeld", "Vorhaben", "zuständig"]);
  expect(headers.get("Abweichungen vom Masterplan")?.[0]).toBe("Nummer");
  expect(headers.get("Deckungsvorschläge")).toEqual(
    expect.arrayContaining(["Nummer", "Stand der Dinge", "Finanzbedarf", "Finanzierung", "Finanzierung vorhanden"]),
  );
  const all = [...headers.values()].flat();
  for (const former of ["Maßnahmen-Nr.", "Umsetzungsstand", "Haushaltsrelevanz", "Deckungsvorschlag"])
    expect(all).not.toContain(former);
});
