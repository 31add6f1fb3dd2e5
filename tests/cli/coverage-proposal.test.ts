import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { cli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";
import { mergeReportAt } from "../helpers/report-json";
import type { MergeReport } from "../../src/core";

const HEADER = [
  "Maßnahmen-Nr.",
  "Handlungsfeld",
  "Maßnahme",
  "federführend",
  "Haushaltsrelevanz",
  "neue freiwillige Leistung",
  "Umsetzungsstand",
  "Sachstand",
  "Deckungsvorschlag",
  "Stand Deckungsvorschlag",
  "Gremium",
  "Vorlagen-Nr.",
];
// Every measure has a Sachstand, as the template asks: before issue 14 each of them counted as a proposal.
const ROWS = [
  [
    "2.1.1",
    "Wohnen",
    "Wohnraumvermittlung",
    "Sozialamt",
    "ja",
    "nein",
    "in Planung",
    "Konzept in Arbeit",
    "Umschichtung aus Budget 50.1",
    "vorgelegt",
    "Ausschuss für Soziales",
    "V1234/24",
  ],
  [
    "2.1.2",
    "Wohnen",
    "Mietberatung",
    "Sozialamt",
    "ja",
    "nein",
    "in Planung",
    "Gespräche mit Trägern",
    null,
    null,
    null,
    null,
  ],
  ["2.1.3", "Wohnen", "Wohnprojekte", "Sozialamt", "ja", "nein", "in Planung", "Standortsuche", "ja", null, null, null],
  [
    "2.1.4",
    "Wohnen",
    "Quartiersarbeit",
    "Sozialamt",
    "nein",
    "ja",
    "in Planung",
    "Träger gefunden",
    "liegt vor",
    null,
    null,
    null,
  ],
  [
    "2.1.5",
    "Wohnen",
    "Nachbarschaftshilfe",
    "Sozialamt",
    "nein",
    "ja",
    "in Planung",
    "Aufruf gestartet",
    null,
    null,
    null,
    null,
  ],
  ["2.1.6", "Wohnen", "Wohnungsbörse", "Sozialamt", "nein", "nein", "in Planung", "läuft", null, null, null, null],
];

describe("merge: only the Deckungsvorschlag column counts as a proposal", () => {
  const dir = tempDir("coverage");
  const out = join(dir, "Umsetzungsstand.xlsx");
  const json = join(dir, "bericht.json");
  let report: MergeReport;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    mkdirSync(join(dir, "eingang"));
    writeFileSync(
      join(dir, "eingang", "Sozialamt.xlsx"),
      await workbookBytes((wb) => addRows(wb.addWorksheet("Maßnahmen"), [HEADER, ...ROWS])),
    );
    const r = await cli(["merge", join(dir, "eingang"), "--out", out, "--report-json", json, "--today", "2024-06-30"]);
    expect(r.stderr).toContain("Konsolidierter Umsetzungsstand");
    report = mergeReportAt(json);
    sheet = (await loadWorkbook(readFileSync(out))).getWorksheet("Deckungsvorschläge")!;
  });

  it("flags a missing proposal at the budget or voluntary-service cell, a bare 'ja' or 'liegt vor' at the proposal cell", () => {
    const found = report.inputs[0]!.issues.filter((i) => i.code.startsWith("cell/coverage")).map((i) => [
      i.cell,
      i.code,
    ]);
    expect(found).toEqual([
      ["E3", "cell/coverage-missing"],
      ["I4", "cell/coverage-unnamed"],
      ["I5", "cell/coverage-unnamed"],
      ["F6", "cell/coverage-missing"],
    ]);
  });

  it("counts the same way in the JSON report", () => {
    expect(report.totals).toMatchObject({ coverageNeeded: 5, coverageMissing: 4 });
    expect(report.coverage?.map((c) => [c.id, c.hasProposal, c.state])).toEqual([
      ["2.1.1", true, "vorgelegt"],
      ["2.1.2", false, null],
      ["2.1.3", false, null],
      ["2.1.4", false, null],
      ["2.1.5", false, null],
    ]);
    expect(report.coverage?.every((c) => c.needsProposal && c.office === "Sozialamt")).toBe(true);
  });

  it("and on the Deckungsvorschläge sheet, with state, Gremium and Vorlagen-Nr., never a Sachstand", () => {
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (h: string) => header.indexOf(h) + 1;
    const rows = [2, 3, 4, 5, 6].map((r) =>
      [
        "Maßnahmen-Nr.",
        "Deckungsvorschlag",
        "Stand Deckungsvorschlag",
        "Gremium",
        "Vorlagen-Nr.",
        "Deckungsvorschlag vorhanden",
      ].map((h) => sheet.getCell(r, col(h)).value),
    );
    expect(rows).toEqual([
      ["2.1.1", "Umschichtung aus Budget 50.1", "vorgelegt", "Ausschuss für Soziales", "V1234/24", "ja"],
      ["2.1.2", null, null, null, null, "nein"],
      ["2.1.3", "ja", null, null, null, "nein"],
      ["2.1.4", "liegt vor", null, null, null, "nein"],
      ["2.1.5", null, null, null, null, "nein"],
    ]);
  });
});
