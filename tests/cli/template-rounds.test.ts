import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { masterplan } from "../helpers/offices";
import { cli, tempDir } from "../helpers/run-cli";
import { loadWorkbook } from "../helpers/workbook";
import { FILLED, fillByLabel } from "../xlsx/template/template-fixtures";
import { mergeReportAt } from "../helpers/report-json";
import type { MergeReport } from "../../src/core";

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

/** Two reporting rounds: the second pre-filled from the first, returned partly unchanged, next to a file of the first round. */
describe("templates across reporting rounds", () => {
  const dir = tempDir("template-rounds");
  const master = join(dir, "Masterplan.xlsx");
  const round1 = join(dir, "vorlagen-2024");
  const round2 = join(dir, "vorlagen-2026");
  const inbox = join(dir, "eingang-2026");
  const json = join(dir, "bericht-2026.json");
  const first = join(dir, "Umsetzungsstand-2024.xlsx");
  let report: MergeReport;

  const merge = async (extra: readonly string[]) => {
    const r = await cli([
      "merge",
      inbox,
      "--out",
      join(dir, "Umsetzungsstand-2026.xlsx"),
      "--report-json",
      json,
      "--today",
      "2026-12-31",
      ...extra,
    ]);
    report = mergeReportAt(json);
    return r;
  };
  const findings = (file: string, codes: readonly string[]) =>
    report.inputs
      .find((i) => i.file.endsWith(file))!
      .issues.filter((i) => codes.includes(i.code))
      .map((i) => [i.cell ?? "Datei", i.code, i.severity]);

  beforeAll(async () => {
    writeFileSync(master, await masterplan());
    expect((await cli(["template", "--master", master, "--out-dir", round1, "--today", "2024-05-01"])).code).toBe(0);
    const inbox1 = join(dir, "eingang-2024");
    mkdirSync(inbox1);
    for (const office of ["Sozialamt", "Jugendamt"])
      writeFileSync(join(inbox1, `${office}.xlsx`), await fillByLabel(bytesOf(join(round1, `${office}.xlsx`)), FILLED));
    expect((await cli(["merge", inbox1, "--out", first, "--today", "2024-06-30"])).code).toBe(0);
    const r = await cli([
      "template",
      "--master",
      master,
      "--out-dir",
      round2,
      "--previous",
      first,
      "--period",
      "abschlussbericht 2026",
      "--today",
      "2026-05-01",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Sozialamt: 2 Maßnahmen, 2 vorausgefüllt");
    mkdirSync(inbox);
    // The Sozialamt sends its template back untouched; the Jugendamt updates 3.1.1 and confirms 3.1.2 by its date.
    copyFileSync(join(round2, "Sozialamt.xlsx"), join(inbox, "Sozialamt.xlsx"));
    const jugendamt = await fillByLabel(bytesOf(join(round2, "Jugendamt.xlsx")), {
      "3.1.1": { Umsetzungsstand: "umgesetzt", Fortschritt: 1 },
      "3.1.2": { Stand: new Date("2026-11-30T00:00:00Z") },
    });
    writeFileSync(join(inbox, "Jugendamt.xlsx"), jugendamt);
    // … and someone also sends last round's file again.
    copyFileSync(join(inbox1, "Jugendamt.xlsx"), join(inbox, "Jugendamt Zwischenbericht.xlsx"));
  });

  it("pre-fills the last status, progress and Sachstand", async () => {
    const ws = (await loadWorkbook(bytesOf(join(round2, "Sozialamt.xlsx")))).getWorksheet("Maßnahmen")!;
    expect(ws.getCell("A1").value).toBe("Aktionsplan Integration 2022 bis 2026 – Abschlussbericht 2026");
    const row = (n: number) => [
      ws.getCell(n, 1).value,
      ws.getCell(n, 16).value,
      ws.getCell(n, 17).value,
      ws.getCell(n, 18).value,
    ];
    expect([row(5), row(6)]).toEqual([
      ["1.1.1", "umgesetzt", 1, "Kurse laufen regulär"],
      ["2.1.1", "in Planung", 0.1, "Konzept liegt vor"],
    ]);
  });

  it("flags rows returned unchanged as „nicht aktualisiert“ and last round's file as an old template", async () => {
    const r = await merge([]);
    expect(r.code).toBe(0);
    expect(findings("/Sozialamt.xlsx", ["row/not-updated", "file/old-template"])).toEqual([
      ["P5", "row/not-updated", "warning"],
      ["P6", "row/not-updated", "warning"],
    ]);
    expect(findings("/Jugendamt.xlsx", ["row/not-updated", "file/old-template"])).toEqual([]);
    expect(findings("/Jugendamt Zwischenbericht.xlsx", ["row/not-updated", "file/old-template"])).toEqual([
      ["Datei", "file/old-template", "warning"],
    ]);
    const old = report.inputs
      .find((i) => i.file.endsWith("Zwischenbericht.xlsx"))!
      .issues.find((i) => i.code === "file/old-template")!;
    expect(old.message).toBe(
      "Die Datei stammt aus der Vorlage der Berichtsrunde „Zwischenbericht 2024“, gesammelt wird aber „Abschlussbericht 2026“. Bitte prüfen, ob es die aktuelle Meldung ist; sonst bitte die aktuelle Vorlage ausfüllen.",
    );
  });

  it("with --period judges the files against the round named", async () => {
    await merge(["--period", "Zwischenbericht 2024"]);
    expect(findings("/Sozialamt.xlsx", ["file/old-template"])).toEqual([["Datei", "file/old-template", "warning"]]);
    expect(findings("/Jugendamt Zwischenbericht.xlsx", ["file/old-template"])).toEqual([]);
  });
});
