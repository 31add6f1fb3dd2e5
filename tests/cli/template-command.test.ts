import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { masterplan } from "../helpers/offices";
import { fileHash, cli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";
import { FILLED, fillByLabel } from "../xlsx/template/template-fixtures";
import { mergeReportAt } from "../helpers/report-json";

describe("aktionsplan template", () => {
  const dir = tempDir("template");
  const master = join(dir, "Masterplan.xlsx");
  const out = join(dir, "vorlagen");

  beforeAll(async () => {
    writeFileSync(master, await masterplan());
  });

  it("writes one workbook per lead office and leaves the master plan untouched", async () => {
    const before = fileHash(master);
    const r = await cli(["template", "--master", master, "--out-dir", out, "--today", "2024-05-01"]);
    expect(r.stderr).toContain("2 Vorlagen für „Zwischenbericht 2024“ (Abgabe bis 31.07.2024)");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual([
      `Sozialamt: 2 Maßnahmen → ${join(out, "Sozialamt.xlsx")}`,
      `Jugendamt: 2 Maßnahmen → ${join(out, "Jugendamt.xlsx")}`,
    ]);
    expect(readdirSync(out).sort()).toEqual(["Jugendamt.xlsx", "Sozialamt.xlsx"]);
    expect(fileHash(master)).toBe(before);
  });

  it("round trip: filled in and returned, the templates merge with no header issue and map to the master by ID", async () => {
    const inbox = join(dir, "eingang");
    mkdirSync(inbox);
    for (const office of ["Sozialamt", "Jugendamt"])
      writeFileSync(
        join(inbox, `${office} Meldung.xlsx`),
        await fillByLabel(new Uint8Array(readFileSync(join(out, `${office}.xlsx`))), FILLED),
      );
    const json = join(dir, "bericht.json");
    const merged = join(dir, "Umsetzungsstand.xlsx");
    const r = await cli([
      "merge",
      inbox,
      "--master",
      master,
      "--out",
      merged,
      "--report-json",
      json,
      "--today",
      "2024-06-30",
    ]);
    expect(r.stderr).toContain("0 Fehler, 0 Warnungen");
    expect(r.code).toBe(0);
    const report = mergeReportAt(json);
    expect(report.inputs.map((i) => [i.office, i.status, i.rows])).toEqual([
      ["Jugendamt", "ok", 2],
      ["Sozialamt", "ok", 2],
    ]);
    const codes = report.inputs.flatMap((i) => i.issues.map((x) => x.code));
    expect(codes.filter((c) => c.startsWith("header/"))).toEqual([]);
    expect(codes).toEqual(["file/from-template", "file/from-template"]);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(merged)));
    const ids: unknown[] = [];
    wb.getWorksheet("Maßnahmen")!.eachRow((row, n) => n > 1 && ids.push(row.getCell(1).value));
    expect(ids).toEqual(["1.1.1", "2.1.1", "3.1.1", "3.1.2"]);
    const missing: unknown[] = [];
    wb.getWorksheet("Fehlende Meldungen")!.eachRow((row, n) => n > 1 && missing.push(row.getCell(1).value));
    expect(missing.filter((v) => /^\d/.test(String(v)))).toEqual([]);
  });

  it("refuses a round the plan does not know, naming the ones it does (exit 2)", async () => {
    const r = await cli([
      "template",
      "--master",
      master,
      "--out-dir",
      join(dir, "x"),
      "--period",
      "Zwischenbericht 2023",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "Die Berichtsrunde „Zwischenbericht 2023“ steht nicht in der Plan-Konfiguration. Bekannt: „Zwischenbericht 2024“, „Abschlussbericht 2026“.",
    );
    expect(existsSync(join(dir, "x"))).toBe(false);
  });

  it("names master rows that can go into no template and exits 1", async () => {
    const odd = join(dir, "Masterplan-lueckenhaft.xlsx");
    writeFileSync(
      odd,
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Masterplan"), [
          ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Haushaltsrelevanz"],
          ["1.1.1", "Arbeit und Wirtschaft", "Sprachkurse", "Sozialamt", "nein"],
          ["1.1.2", "Arbeit und Wirtschaft", "Jobmesse", "Amt für Zauberei", "nein"],
          [null, "Arbeit und Wirtschaft", "Mentoring", "Sozialamt", "nein"],
        ]),
      ),
    );
    const r = await cli(["template", "--master", odd, "--out-dir", join(dir, "lueckenhaft"), "--today", "2024-05-01"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Sozialamt: 1 Maßnahme →");
    expect(r.stderr).toContain(
      "Masterplan, Zeile 3: Maßnahme 1.1.2 ohne bekanntes federführendes Amt – in keiner Vorlage.",
    );
    expect(r.stderr).toContain("Masterplan, Zeile 4: keine Maßnahmen-Nr. – in keiner Vorlage.");
    expect(r.stderr).toContain("Zelle D3: Das Amt „Amt für Zauberei“ ist im Plan nicht bekannt.");
  });

  it("never writes over its inputs", async () => {
    const r = await cli([
      "template",
      "--master",
      join(out, "Sozialamt.xlsx"),
      "--out-dir",
      out,
      "--today",
      "2024-05-01",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ist dieselbe Datei wie --master");
  });
});
