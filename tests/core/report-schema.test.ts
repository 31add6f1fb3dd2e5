import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ISSUES, MergeReport, REPORT_SCHEMA_FILE, Report, reportJsonSchema } from "../../src/core";

describe("the published JSON Schema of the report", () => {
  it("is the one generated from the core's zod schema (run `npm run schemas` after changing it)", () => {
    const checkedIn = JSON.parse(readFileSync(join(__dirname, "..", "..", REPORT_SCHEMA_FILE), "utf8")) as unknown;
    expect(checkedIn).toEqual(reportJsonSchema());
  });

  it("names every issue code of the catalogue, so a new code changes the published contract", () => {
    const text = readFileSync(join(__dirname, "..", "..", REPORT_SCHEMA_FILE), "utf8");
    const defs = (JSON.parse(text) as { $defs: Record<string, { properties: Record<string, { enum?: string[] }> }> })
      .$defs;
    expect(defs.ReportIssue?.properties.code?.enum).toEqual(Object.keys(ISSUES));
  });

  it("reads a validate report and a merge report; a merge report stays a merge report", () => {
    const validate = { version: 1, plan: "p", today: "2024-06-30", inputs: [] };
    expect(Report.parse(validate)).toEqual(validate);
    const merge = {
      ...validate,
      master: null,
      output: { file: null, rows: 0, written: false },
      totals: {
        files: 0,
        rows: 0,
        measures: 0,
        errors: 0,
        warnings: 0,
        unreadable: 0,
        conflicts: 0,
        planned: null,
        reported: 0,
        unreported: 0,
        officesExpected: null,
        officesReplied: 0,
        masterDeviations: 0,
        coverageNeeded: 0,
        coverageMissing: 0,
        decisionsApplied: 0,
        decisionsToCheck: 0,
      },
      coverage: [],
      decisions: [],
      deviations: [],
    };
    expect(Report.parse(merge)).toEqual(merge);
    expect(MergeReport.safeParse(validate).success).toBe(false);
  });

  it.each([
    ["a cell that is not its column and row", { cell: "B7", column: "C", row: 7 }],
    ["a column past XFD", { cell: "XFE7", column: "XFE", row: 7 }],
    ["a row past Excel's last", { cell: "B1048577", column: "B", row: 1_048_577 }],
    ["a code the catalogue does not know", { code: "cell/invented" }],
  ])("refuses %s", (_name, change) => {
    const issue = {
      code: "cell/required",
      severity: "error",
      sheet: "Tabelle1",
      cell: "B7",
      row: 7,
      column: "B",
      field: "measure",
      value: null,
      message: "Pflichtangabe „Maßnahme“ fehlt.",
    };
    const file = {
      file: "a.xlsx",
      sha256: "",
      status: "invalid",
      office: null,
      offices: [],
      sheet: "Tabelle1",
      rows: 1,
      issues: [{ ...issue, ...change }],
    };
    expect(Report.safeParse({ version: 1, plan: "p", today: "2024-06-30", inputs: [file] }).success).toBe(false);
    expect(
      Report.safeParse({ version: 1, plan: "p", today: "2024-06-30", inputs: [{ ...file, issues: [issue] }] }).success,
    ).toBe(true);
  });
});
