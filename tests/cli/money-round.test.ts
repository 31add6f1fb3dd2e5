import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildProgressReport, DEFAULT_PLAN, type PlanConfig } from "../../src/core";
import { renderReportHtml, reportDocument, type ReportTable } from "../../src/report";
import { readConsolidated } from "../../src/xlsx/read";
import { cli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";

// Issue 16: the Finanzausschuss asks for amounts. A plan that declares money columns gets them
// checked (numbers, years) and summed per field of action, office and Geschäftsbereich, in the
// Übersicht and in the report, from workbooks built here as offices would send them.

const PLAN: PlanConfig = {
  ...DEFAULT_PLAN,
  money: {
    planned: { label: "Mittel geplant (EUR)", synonyms: ["geplante Mittel"] },
    spent: { label: "Mittel verausgabt (EUR)", synonyms: [] },
    year: { label: "Haushaltsjahr", synonyms: [] },
    costCentre: { label: "Produkt / Kostenstelle", synonyms: [] },
  },
};
const HEAD = ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Haushaltsrelevanz", "Umsetzungsstand"];
const A = "Arbeit und Wirtschaft";
const K = "Kindertagesbetreuung, Schule und Bildung";
const GB_SOZ = "GB Arbeit, Soziales, Gesundheit und Wohnen";
const GB_BIL = "GB Bildung, Jugend und Sport";

describe("money columns declared by the plan", () => {
  const dir = tempDir("money");
  const inbox = join(dir, "eingang");
  const out = join(dir, "Umsetzungsstand.xlsx");
  let json: { inputs: { file: string; issues: { code: string; cell: string | null; message: string }[] }[] };

  beforeAll(async () => {
    mkdirSync(inbox);
    const planFile = join(dir, "plan.json");
    writeFileSync(planFile, JSON.stringify(PLAN));
    // The Sozialamt writes amounts as text the German way; the Jugendamt as numbers, with two slips.
    writeFileSync(
      join(inbox, "Sozialamt.xlsx"),
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Meldung"), [
          [...HEAD, "Mittel geplant (EUR)", "Mittel verausgabt (EUR)", "Haushaltsjahr", "Produkt / Kostenstelle"],
          [
            "1.1.1",
            A,
            "Sprachkurse",
            "Sozialamt",
            "ja",
            "in Umsetzung",
            "12.500,00 €",
            "4.000,50 €",
            "2024",
            "31.10.01",
          ],
          ["1.1.2", A, "Jobmesse", "Sozialamt", "nein", "in Planung", "2.000", null, 2025, null],
        ]),
      ),
    );
    writeFileSync(
      join(inbox, "Jugendamt.xlsx"),
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Meldung"), [
          [...HEAD, "geplante Mittel", "Mittel verausgabt (EUR)", "Haushaltsjahr"],
          ["3.1.1", K, "Elternarbeit", "Jugendamt", "ja", "in Umsetzung", 30000, 10000, 2024],
          ["3.1.2", K, "Sprachmittlung", "Jugendamt", "ja", "in Umsetzung", "zwölftausend", 500, "24"],
          ["3.1.3", K, "Lernpaten", "Jugendamt", "nein", "in Umsetzung", 1000, null, 2031],
        ]),
      ),
    );
    const jsonFile = join(dir, "report.json");
    const r = await cli([
      "merge",
      inbox,
      "--plan",
      planFile,
      "--out",
      out,
      "--report-json",
      jsonFile,
      "--today",
      "2024-06-30",
    ]);
    expect(r.code).toBe(1);
    json = JSON.parse(readFileSync(jsonFile, "utf8"));
  });

  it("names every amount and year that is none, by file and cell, in German", () => {
    const jugendamt = json.inputs.find((i) => i.file.endsWith("Jugendamt.xlsx"))!;
    const money = jugendamt.issues.filter((i) => i.code === "cell/amount-invalid" || i.code === "cell/year-invalid");
    expect(money.map((i) => [i.cell, i.code])).toEqual([
      ["G3", "cell/amount-invalid"],
      ["I3", "cell/year-invalid"],
      ["I4", "cell/year-invalid"],
    ]);
    expect(money[0]!.message).toBe(
      "„zwölftausend“ ist kein Betrag. Bitte tragen Sie in der Spalte „Mittel geplant (EUR)“ eine Zahl in Euro ein, z. B. 12.500,00 (ohne Text; leer lassen, wenn es keinen Betrag gibt).",
    );
    expect(money[1]!.message).toContain("„24“ ist kein Haushaltsjahr");
    expect(money[2]!.message).toContain("außerhalb des Planzeitraums 2022 bis 2026");
    const sozialamt = json.inputs.find((i) => i.file.endsWith("Sozialamt.xlsx"))!;
    expect(sozialamt.issues.filter((i) => i.code.startsWith("cell/amount") || i.code.startsWith("cell/year"))).toEqual(
      [],
    );
  });

  it("sums planned and spent money per field of action, office and Geschäftsbereich in the Übersicht", async () => {
    const ws = (await loadWorkbook(new Uint8Array(readFileSync(out)))).getWorksheet("Übersicht")!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const block = (label: string) => {
      const start = rows.findIndex((r) => r[0] === label && r[1] === "Mittel geplant (EUR)");
      expect(start).toBeGreaterThan(0);
      const end = rows.findIndex((r, i) => i > start && r[0] === "Gesamt");
      return rows.slice(start + 1, end + 1).map((r) => r.slice(0, 5));
    };
    // 12.500 + 2.000 planned and 4.000,50 spent in A; 30.000 + 1.000 planned (the unreadable amount is not guessed) and 10.500 spent in K.
    expect(block("Handlungsfeld")).toEqual([
      [A, 14500, 4000.5, 0.28, 2],
      [K, 31000, 10500, 0.34, 3],
      ["Gesamt", 45500, 14500.5, 0.32, 5],
    ]);
    expect(block("federführendes Amt")).toEqual([
      ["Sozialamt", 14500, 4000.5, 0.28, 2],
      ["Jugendamt", 31000, 10500, 0.34, 3],
      ["Gesamt", 45500, 14500.5, 0.32, 5],
    ]);
    expect(block("Geschäftsbereich")).toEqual([
      [GB_SOZ, 14500, 4000.5, 0.28, 2],
      [GB_BIL, 31000, 10500, 0.34, 3],
      ["Gesamt", 45500, 14500.5, 0.32, 5],
    ]);
  });

  it("puts the same sums into the report, in HTML and in the document Word is made from", async () => {
    const read = await readConsolidated(new Uint8Array(readFileSync(out)), "Umsetzungsstand.xlsx", PLAN);
    if (!read.ok) throw new Error(read.message);
    const report = buildProgressReport(read.input);
    const section = reportDocument(report).sections.find((s) => s.heading === "Mittel")!;
    const tables = section.blocks.flatMap((b) => (b.kind === "table" ? [b.table as ReportTable] : []));
    expect(tables.map((t) => t.caption)).toEqual([
      "Mittel nach Handlungsfeld",
      "Mittel nach federführendem Amt",
      "Mittel nach Geschäftsbereich",
    ]);
    const nb = (s: string) => s.replace(/\u00a0/g, " ");
    expect(tables[0]!.rows.map((r) => r.map(nb))).toEqual([
      [A, "14.500,00 €", "4.000,50 €", "28 %", "2"],
      [K, "31.000,00 €", "10.500,00 €", "34 %", "3"],
      ["Gesamt", "45.500,00 €", "14.500,50 €", "32 %", "5"],
    ]);
    expect(tables[2]!.rows.map((r) => r[0])).toEqual([GB_SOZ, GB_BIL, "Gesamt"]);
    const html = nb(renderReportHtml(report, { byField: "<svg></svg>" }));
    expect(html).toContain("<h2>Mittel</h2>");
    expect(html).toContain("45.500,00 €");
    // A department's report sums its own offices only.
    const area = buildProgressReport({ ...read.input, businessArea: GB_BIL });
    expect(area.money?.overall).toMatchObject({ planned: 31000, spent: 10500, measures: 3 });
  });

  it("leaves a plan without money columns as it was: no checks, no sums", async () => {
    const plain = join(dir, "ohne.xlsx");
    await cli(["merge", inbox, "--out", plain, "--today", "2024-06-30"]);
    const read = await readConsolidated(new Uint8Array(readFileSync(plain)), "ohne.xlsx", DEFAULT_PLAN);
    if (!read.ok) throw new Error(read.message);
    expect(buildProgressReport(read.input).money).toBeNull();
    expect(reportDocument(buildProgressReport(read.input)).sections.map((s) => s.heading)).not.toContain("Mittel");
  });
});
