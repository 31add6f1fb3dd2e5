import { DEFAULT_PLAN, consolidate, makeIssue, type FileResult, type MergeInput } from "../../../src/core";
import { issuesList } from "../../../src/xlsx/consolidated/issues-sheet";
import { input, record } from "../../helpers/records";

/** A file whose findings sit on given sheets and rows. */
const withIssues = (base: MergeInput, at: readonly { sheet: string | null; row: number | null }[]): MergeInput => {
  const issues = at.map((p) =>
    makeIssue("cell/enum", { ...p, column: 8 }, { field: "status", value: "x", params: { allowed: ["umgesetzt"] } }),
  );
  const result: FileResult = { ...base.result, status: "invalid", issues };
  return { ...base, result };
};

describe("Prüfbericht: the measure of the row a finding is on", () => {
  it("is found by file, sheet and row, and only there", () => {
    const ja = withIssues(
      input("Jugendamt.xlsx", "Jugendamt", [
        record({ measureId: "3.1.1", leadOffice: "Jugendamt" }, 3),
        record({ measureId: "3.1.2", leadOffice: "Jugendamt" }, 4),
        record({ measureId: "3.1.7", leadOffice: "Jugendamt" }, 3, "Zweites Blatt"),
        record({ measureId: null, leadOffice: "Jugendamt" }, 5),
      ]),
      [
        { sheet: "Tabelle1", row: 3 },
        { sheet: "Tabelle1", row: 4 },
        { sheet: "Zweites Blatt", row: 3 },
        // A row without an ID, a row nobody wrote, a finding about the file.
        { sheet: "Tabelle1", row: 5 },
        { sheet: "Tabelle1", row: 9 },
        { sheet: null, row: null },
      ],
    );
    // Another file with the same sheet and row numbers: its own measures, not the Jugendamt's.
    const sa = withIssues(input("Sozialamt.xlsx", "Sozialamt", [record({ measureId: "5.2.1" }, 3)]), [
      { sheet: "Tabelle1", row: 3 },
      { sheet: "Tabelle1", row: 4 },
    ]);
    const c = consolidate([ja, sa], { plan: DEFAULT_PLAN, today: "2024-06-30" });
    const list = issuesList(c, DEFAULT_PLAN);
    const last = list.columns.length - 1;
    const rows = Array.from({ length: list.count }, (_, i) => list.row(i));
    expect(rows.map((r) => [r[0], r[1], r[3], r[last]])).toEqual([
      ["Jugendamt.xlsx", null, null, null],
      ["Jugendamt.xlsx", "Tabelle1", 3, "3.1.1"],
      ["Jugendamt.xlsx", "Tabelle1", 4, "3.1.2"],
      ["Jugendamt.xlsx", "Tabelle1", 5, null],
      ["Jugendamt.xlsx", "Tabelle1", 9, null],
      ["Jugendamt.xlsx", "Zweites Blatt", 3, "3.1.7"],
      ["Sozialamt.xlsx", "Tabelle1", 3, "5.2.1"],
      ["Sozialamt.xlsx", "Tabelle1", 4, null],
    ]);
  });
});
