import {
  buildProgressReport,
  DEFAULT_PLAN,
  historyFigures,
  type DecisionRow,
  type History,
  type HistoryCell,
} from "../../../src/core";
import { reportDocument } from "../../../src/report";

const said = (status: string | null, progress: number | null, end: string | null = "2024-12-31"): HistoryCell => ({
  reported: true,
  status,
  progress,
  asOf: null,
  end,
  source: "Amt.xlsx",
});
const silent = (end: string | null = "2024-12-31"): HistoryCell => ({
  reported: false,
  status: null,
  progress: null,
  asOf: null,
  end,
  source: null,
});
const round = (name: string, cutoff: string | null) => ({ name, cutoff, deadline: null, contact: null });
const R = ["Runde A", "Runde B", "Runde C"] as const;

/** Four rounds' worth of typical rows: each row tests one rule, named by its ID below. */
const history: History = {
  rounds: [round(R[0], "2022-06-30"), round(R[1], "2023-06-30"), round(R[2], null)],
  rows: [
    // Done in B: counted in 2023 once, though C says done again; never "unchanged" (it is finished).
    {
      measureId: "1.1.1",
      measure: "a",
      leadOffice: "Sozialamt",
      rounds: { [R[0]]: said("in Umsetzung", 50), [R[1]]: said("umgesetzt", 100), [R[2]]: said("umgesetzt", 100) },
    },
    // Same status and progress in B and C: unchanged since B, two rounds.
    {
      measureId: "1.1.2",
      measure: "b",
      leadOffice: "Sozialamt",
      rounds: { [R[0]]: said("in Planung", 10), [R[1]]: said("in Umsetzung", 30), [R[2]]: said("in Umsetzung", 30) },
    },
    // Same status, progress moved: not unchanged. Its end moved from 2024 to 2026.
    {
      measureId: "2.1.1",
      measure: "c",
      leadOffice: "Jugendamt",
      rounds: {
        [R[0]]: said("in Umsetzung", 20),
        [R[1]]: said("in Umsetzung", 40, "2026-12-31"),
        [R[2]]: said("in Umsetzung", 60, "2026-12-31"),
      },
    },
    // New in C and not reported: never reported, and no "keine Meldung" in A and B, which did not know it.
    { measureId: "3.1.1", measure: "d", leadOffice: "Jugendamt", rounds: { [R[2]]: silent() } },
    // Left the plan after A: still counted in A, not "never reported" (C does not know it).
    { measureId: "3.1.2", measure: "e", leadOffice: "Jugendamt", rounds: { [R[0]]: silent() } },
    // Reported without a status twice: "ohne Status", never "unchanged" (there is nothing to compare).
    {
      measureId: "4.1.1",
      measure: "f",
      leadOffice: "Sozialamt",
      rounds: { [R[1]]: said(null, null), [R[2]]: said(null, null) },
    },
  ],
};

const decision = (measureId: string, kind: string, by: string): DecisionRow => ({
  sheet: "Entscheidungen",
  row: 2,
  cells: { measureId: "A2", column: "B2", kind: "C2", value: "D2", reason: "E2", on: "G2" },
  measureId,
  column: "Ende",
  kind,
  value: "31.12.2026",
  reason: "Ausschuss",
  by,
  on: "2023-09-01",
  basis: null,
  origin: null,
});

describe("historyFigures: the report's figures over the register's rounds", () => {
  const f = historyFigures(
    history,
    [decision("2.1.1", "Kommentar", "X"), decision("2.1.1", "Terminverschiebung annehmen", "A. Beispiel")],
    DEFAULT_PLAN,
  )!;

  it("counts each round over the measures it knew", () => {
    expect(f.byRound.map((t) => [t.round, t.byStatus, t.unreported, t.noStatus, t.total])).toEqual([
      [R[0], { "in Umsetzung": 2, "in Planung": 1 }, 1, 0, 4],
      [R[1], { umgesetzt: 1, "in Umsetzung": 2 }, 0, 1, 4],
      [R[2], { umgesetzt: 1, "in Umsetzung": 2 }, 1, 1, 5],
    ]);
  });

  it("dates a completion by its round's Stichtag, else the year in the round's name (none: 'ohne Jahr')", () => {
    expect(f.doneByYear).toEqual([
      { year: "2022", count: 0 },
      { year: "2023", count: 1 },
    ]);
  });

  it("lists a moved end with the latest postponement decision, not another kind", () => {
    expect(f.postponed).toEqual([
      {
        id: "2.1.1",
        measure: "c",
        office: "Jugendamt",
        original: "2024-12-31",
        current: "2026-12-31",
        decision: { by: "A. Beispiel", on: "2023-09-01", reason: "Ausschuss" },
      },
    ]);
  });

  it("finds running measures that stand still, and measures never reported", () => {
    expect(f.unchanged.map((m) => [m.id, m.since, m.rounds])).toEqual([["1.1.2", R[1], 2]]);
    expect(f.neverReported.map((m) => m.id)).toEqual(["3.1.1"]);
  });

  it("limits every figure to a Geschäftsbereich's offices when the report is", () => {
    const only = historyFigures(history, [], DEFAULT_PLAN, (o) => o === "Sozialamt")!;
    expect(only.byRound.map((t) => t.total)).toEqual([2, 3, 3]);
    expect(only.postponed).toEqual([]);
  });

  it("is null without a round", () => {
    expect(historyFigures({ rounds: [], rows: [] }, [], DEFAULT_PLAN)).toBeNull();
  });
});

describe("the report's history section", () => {
  const facts = {
    runDate: "2024-08-15",
    source: "U.xlsx",
    files: 1,
    unreadable: 0,
    rowsRead: 1,
    errors: 0,
    warnings: 0,
  };
  const section = (register: NonNullable<Parameters<typeof buildProgressReport>[0]["register"]> | null) =>
    reportDocument(buildProgressReport({ plan: DEFAULT_PLAN, rows: [], changes: null, facts, register })).sections.find(
      (s) => s.heading.startsWith("Entwicklung"),
    )!;

  it.each([
    ["no Verlauf (a workbook from before the register)", null, /enthält keinen Verlauf/],
    [
      "one round",
      { history: { rounds: [round(R[0], null)], rows: history.rows.slice(0, 1) }, decisions: [] },
      /erst eine Berichtsrunde \(Runde A\)/,
    ],
  ])("says in one sentence that there is no development to show yet: %s", (_, register, text) => {
    const s = section(register);
    expect(s.blocks).toHaveLength(1);
    expect(s.blocks[0]).toMatchObject({ kind: "paragraph", text: expect.stringMatching(text) });
  });

  it("names the first round and has a chart with its table for each of the two charts", () => {
    const s = section({ history, decisions: [] });
    expect(s.heading).toBe("Entwicklung seit Runde A");
    const kinds = s.blocks.map((b) => (b.kind === "chart" ? b.chart : b.kind === "table" ? b.table.caption : null));
    expect(kinds.indexOf("Maßnahmen nach Umsetzungsstand und Berichtsrunde")).toBe(kinds.indexOf("byRound") + 1);
    expect(kinds.indexOf("Umgesetzte Maßnahmen je Jahr")).toBe(kinds.indexOf("doneByYear") + 1);
  });
});
