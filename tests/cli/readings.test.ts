import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";
import { mergeReportAt } from "../helpers/report-json";
import type { MergeReport } from "../../src/core";
import { SHORT_HEADER } from "../helpers/short-header";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HEADER = [...SHORT_HEADER, "Sachstand", "Stand"];

/** Every reading that changes a value is listed; the doubtful ones are warnings (issue 14). */
describe("merge: readings are visible", () => {
  const dir = tempDir("readings");
  const json = join(dir, "bericht.json");
  const out = join(dir, "Umsetzungsstand.xlsx");
  let report: MergeReport;

  beforeAll(async () => {
    mkdirSync(join(dir, "eingang"));
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Maßnahmen");
      addRows(ws, [
        HEADER,
        ["1.1.1", "Arbeit und Wirtschaft", "Sprachkurse", "SozA", "nein", "laufend", "50 %", "läuft", "31.12.24"],
        [
          "1.1.2",
          "Arbeit und Wirtschaft",
          "Beratung",
          "Sozialamt",
          "nein",
          "in Umsetzung",
          0.4,
          "läuft",
          d("2024-07-15"),
        ],
        [
          "1.1.3",
          "Arbeit und Wirtschaft",
          "Mentoring",
          "Sozialamt",
          "nein",
          "in Umsetzung",
          0.4,
          "läuft",
          d("2024-06-28"),
        ],
      ]);
      for (const c of ["G3", "G4"]) ws.getCell(c).numFmt = "0%";
      for (const c of ["I3", "I4"]) ws.getCell(c).numFmt = "dd.mm.yyyy";
    });
    writeFileSync(join(dir, "eingang", "Sozialamt.xlsx"), bytes);
    // The German date form on the command line; the round "Zwischenbericht 2024" has its Stichtag on 30.06.2024.
    const r = await cli([
      "merge",
      join(dir, "eingang"),
      "--out",
      out,
      "--report-json",
      json,
      "--today",
      "05.08.2024",
      "--period",
      "Zwischenbericht 2024",
    ]);
    expect(r.code).toBe(0);
    report = mergeReportAt(json);
  });

  it("takes --today in the German form", () => {
    expect(report.today).toBe("2024-08-05");
  });

  it("lists what was typed and how it was read, and warns where the reading is a guess or the date is late", () => {
    const issues = report.inputs[0]!.issues.filter((i) => i.code !== "header/unknown");
    expect(issues.map((i) => [i.cell, i.code, i.severity])).toEqual([
      ["D2", "cell/normalised", "info"],
      ["F2", "cell/ambiguous-synonym", "warning"],
      ["F2", "cell/normalised", "info"],
      ["G2", "cell/normalised", "info"],
      ["I2", "cell/date-after-stichtag", "warning"],
      ["I2", "cell/normalised", "info"],
      ["I2", "cell/two-digit-year", "warning"],
      ["I3", "cell/date-after-stichtag", "warning"],
    ]);
  });

  it("names both values, dates as TT.MM.JJJJ", () => {
    const msg = (cell: string, code: string) =>
      report.inputs[0]!.issues.find((i) => i.cell === cell && i.code === code)?.message;
    expect(msg("D2", "cell/normalised")).toBe("Eingegeben: „SozA“; gelesen als „Sozialamt“.");
    expect(msg("G2", "cell/normalised")).toBe("Eingegeben: „50 %“; gelesen als „50 %“.");
    expect(msg("I2", "cell/two-digit-year")).toContain("gelesen als 31.12.2024");
    expect(msg("I2", "cell/date-after-stichtag")).toContain("nach dem heutigen Datum (05.08.2024)");
    expect(msg("I3", "cell/date-after-stichtag")).toBe(
      "Der Stand „15.07.2024“ liegt nach dem Stichtag 30.06.2024 der Berichtsrunde „Zwischenbericht 2024“. Bitte prüfen, ob das Datum stimmt; berichtet wird der Stand zum Stichtag.",
    );
    expect(msg("F2", "cell/ambiguous-synonym")).toContain("gelesen als „in Umsetzung“");
  });

  it("shows the readings in the Prüfbericht as hints, and leaves a row with readings only 'ok'", async () => {
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const sheet = wb.getWorksheet("Prüfbericht")!;
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    expect(rows.filter((r) => r.includes("cell/normalised")).every((r) => r.includes("Hinweis"))).toBe(true);
    const measures = wb.getWorksheet("Maßnahmen")!;
    const header = (measures.getRow(1).values as unknown[]).slice(1);
    expect(measures.getCell(4, header.indexOf("Prüfergebnis") + 1).value).toBe("ok");
  });
});
