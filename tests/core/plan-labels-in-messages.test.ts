import { messageDe, validateGrid, type PlanConfig } from "../../src/core";
import { checkDecisions } from "../../src/core/register/check-decisions";
import { loadBundledPlan } from "../helpers/bundled-plans";
import { grid } from "../helpers/grid";

const unBrk = loadBundledPlan("un-brk-2023-2027.json");
/** The UN-BRK plan with its progress column named otherwise, so a message can only have the name from the plan. */
const renamed: PlanConfig = {
  ...unBrk,
  columns: unBrk.columns.map((c) => (c.key === "progress" ? { ...c, label: "Umsetzungsgrad" } : c)),
};

describe("messages name the plan's columns as the plan does", () => {
  it("a progress out of range names the plan's progress column", () => {
    const r = validateGrid(
      grid([
        ["Kennung", "Handlungsfeld", "Maßnahme", "verantwortlich", "Ampel", "Umsetzungsgrad"],
        ["B-03.2", "Bildung und lebenslanges Lernen", "Leichte Sprache", "Sozialamt", "grün", 150],
      ]),
      renamed,
      { today: "2024-12-31" },
    );
    const issue = r.issues.find((i) => i.code === "cell/progress-range");
    expect([issue?.cell, issue && messageDe(issue)]).toEqual([
      "F2",
      "„Umsetzungsgrad“ muss zwischen 0 % und 100 % liegen (gelesen: 150 %).",
    ]);
  });

  it("a decision on an unknown measure names the plan's ID column", () => {
    const cells = { measureId: "A2", column: "B2", kind: "C2", value: "D2", reason: "E2", on: "G2" };
    const row = {
      sheet: "Entscheidungen",
      row: 2,
      cells,
      measureId: "B-99.9",
      column: null,
      kind: "Kommentar",
      value: null,
      reason: "Telefonat",
      by: null,
      on: null,
      basis: null,
      origin: null,
    };
    const { invalid } = checkDecisions([row], unBrk, new Set(["B-03.2"]), "2024-12-31");
    expect(invalid.map((o) => o.issue && messageDe(o.issue))).toEqual([
      "Die Entscheidung in dieser Zeile kann nicht angewendet werden: die Kennung gibt es weder im Masterplan noch im Verlauf („B-99.9“).",
    ]);
  });
});
