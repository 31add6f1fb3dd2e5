import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { masterplan } from "../helpers/offices";
import { cli, tempDir } from "../helpers/run-cli";
import { loadWorkbook } from "../helpers/workbook";
import { FILLED, fillByLabel } from "../xlsx/template/template-fixtures";

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

interface Report {
  totals: { errors: number; warnings: number; decisionsApplied: number; decisionsToCheck: number };
  decisions: { id: string | null; column: string | null; kind: string | null; status: string; message: string }[];
  inputs: { file: string; status: string; issues: { code: string; cell: string | null; accepted?: boolean }[] }[];
}

/** The measure's row on the Maßnahmen sheet, by header. */
const measureRow = (wb: ExcelJS.Workbook, id: string) => {
  const ws = wb.getWorksheet("Maßnahmen")!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  for (let r = 2; r <= ws.rowCount; r++)
    if (ws.getCell(r, 1).value === id) return { cell: (label: string) => ws.getCell(r, header.indexOf(label) + 1) };
  throw new Error(`no row ${id}`);
};

/**
 * The coordinator's decisions, typed into the register's Entscheidungen sheet with exceljs as a
 * coordinator would in Excel, applied by the next merge, and carried into the round after.
 */
describe("decisions in the plan register", () => {
  const dir = tempDir("decisions");
  const master = join(dir, "Masterplan.xlsx");
  const inbox = join(dir, "eingang");
  const reg = join(dir, "Register.xlsx");
  const decided = join(dir, "Register-entschieden.xlsx");
  const out = join(dir, "Register-neu.xlsx");
  const json = join(dir, "neu.json");
  let report: Report;
  let wb: ExcelJS.Workbook;

  const merge = async (folder: string, to: string, previous?: string) => {
    const r = await cli([
      "merge",
      folder,
      "--master",
      master,
      "--out",
      to,
      "--report-json",
      json,
      "--period",
      "Zwischenbericht 2024",
      "--today",
      "2024-08-15",
      ...(previous ? ["--previous", previous] : []),
    ]);
    report = JSON.parse(readFileSync(json, "utf8")) as Report;
    return r;
  };

  beforeAll(async () => {
    writeFileSync(master, await masterplan());
    const templates = join(dir, "vorlagen");
    expect((await cli(["template", "--master", master, "--out-dir", templates, "--today", "2024-05-01"])).code).toBe(0);
    mkdirSync(inbox);
    // 1.1.1 reported with a progress over 100 %: an error the coordinator accepts after a phone call.
    const fill: typeof FILLED = { ...FILLED, "1.1.1": { ...FILLED["1.1.1"], Fortschritt: 1.2 } };
    for (const office of ["Sozialamt", "Jugendamt"])
      writeFileSync(join(inbox, `${office}.xlsx`), await fillByLabel(bytesOf(join(templates, `${office}.xlsx`)), fill));
    // A second file of the Jugendamt says 3.1.1 is further on and proposes a later end for 3.1.2.
    writeFileSync(
      join(inbox, "Jugendamt (Nachtrag).xlsx"),
      await fillByLabel(bytesOf(join(templates, "Jugendamt.xlsx")), {
        ...fill,
        "3.1.1": { ...fill["3.1.1"], Fortschritt: 0.6, Stand: new Date("2024-06-29T00:00:00Z") },
        "3.1.2": { ...fill["3.1.2"], Ende: new Date("2024-12-31T00:00:00Z") },
      }),
    );
    expect((await merge(inbox, reg)).code).toBe(1);
    const typed = await loadWorkbook(bytesOf(reg));
    const ws = typed.getWorksheet("Entscheidungen")!;
    const on = new Date("2024-08-20T00:00:00Z");
    const rows: ExcelJS.CellValue[][] = [
      ["2.1.1", "Fortschritt", "Wert setzen", 0.25, "Telefonat mit dem Sozialamt", "A. Beispiel", on],
      [
        "1.1.1",
        "Fortschritt",
        "Befund akzeptieren",
        "cell/progress-range",
        "Übererfüllung, so gewollt",
        "A. Beispiel",
        on,
      ],
      ["3.1.1", null, "Quelle wählen", "Jugendamt.xlsx", "Die Hauptmeldung gilt", "A. Beispiel", on],
      ["3.1.2", "Ende", "Terminverschiebung annehmen", null, "Ausschuss hat zugestimmt", "A. Beispiel", on],
      ["1.1.1", null, "Kommentar", "Nachfrage im Herbst", "Für den Zwischenbericht", "A. Beispiel", on],
      ["9.9.9", "Fortschritt", "Wert setzen", 0.5, "Tippfehler", "A. Beispiel", on],
      ["2.1.1", "Farbe", "Wert setzen", "blau", "Gibt es nicht", "A. Beispiel", on],
      ["2.1.1", "Sachstand", "Wert setzen", "ohne Grund", null, "A. Beispiel", on],
      ["2.1.1", "Sachstand", "Löschen", "x", "Art gibt es nicht", "A. Beispiel", on],
    ];
    rows.forEach((values, i) =>
      values.forEach((v, j) => {
        ws.getCell(2 + i, 1 + j).value = v;
      }),
    );
    ws.getCell("D2").numFmt = "0%";
    writeFileSync(decided, new Uint8Array(await typed.xlsx.writeBuffer()));
    expect((await merge(inbox, out, decided)).code).toBe(1);
    wb = await loadWorkbook(bytesOf(out));
  }, 90_000);

  it("applies every kind of decision and reports each in the JSON report", () => {
    expect(report.decisions.map((d) => [d.id, d.kind, d.status])).toEqual([
      ["2.1.1", "Wert setzen", "applied"],
      ["1.1.1", "Befund akzeptieren", "applied"],
      ["3.1.1", "Quelle wählen", "applied"],
      ["3.1.2", "Terminverschiebung annehmen", "applied"],
      ["1.1.1", "Kommentar", "applied"],
      ["9.9.9", "Wert setzen", "invalid"],
      ["2.1.1", "Wert setzen", "invalid"],
      ["2.1.1", "Wert setzen", "invalid"],
      ["2.1.1", "Löschen", "invalid"],
    ]);
    expect(report.totals.decisionsApplied).toBe(5);
    expect(report.totals.decisionsToCheck).toBe(0);
  });

  it("marks applied values in Maßnahmen with a column and a cell note", () => {
    const m211 = measureRow(wb, "2.1.1");
    expect(m211.cell("Fortschritt").value).toBe(0.25);
    expect(String(m211.cell("Entscheidung").value)).toContain(
      "Wert setzen (Fortschritt): 25 % – A. Beispiel, 20.08.2024 – Telefonat",
    );
    expect(JSON.stringify(m211.cell("Fortschritt").note)).toContain("Telefonat mit dem Sozialamt");
    // The chosen file speaks for 3.1.1 although the Nachtrag has the newer Stand.
    expect(measureRow(wb, "3.1.1").cell("Fortschritt").value).toBe(0.5);
    expect(measureRow(wb, "3.1.1").cell("Quelle").value).toBe("Jugendamt.xlsx");
    // The proposed end date became the plan's.
    expect((measureRow(wb, "3.1.2").cell("Ende").value as Date).toISOString().slice(0, 10)).toBe("2024-12-31");
  });

  it("keeps an accepted finding listed, marked, and out of the error counts", () => {
    const accepted = report.inputs.flatMap((i) => i.issues.filter((x) => x.code === "cell/progress-range"));
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.every((x) => x.accepted === true)).toBe(true);
    const soz = report.inputs.find((i) => i.file.endsWith("Sozialamt.xlsx"))!;
    expect(soz.status).toBe("ok");
    // The four malformed decision rows are the errors left.
    expect(report.totals.errors).toBe(4);
  });

  it("names the cell of each malformed decision row on the Entscheidungen sheet", () => {
    const invalid = report.decisions.filter((d) => d.status === "invalid").map((d) => d.message);
    expect(invalid[0]).toContain("die Maßnahmen-Nr. gibt es weder im Masterplan noch im Verlauf");
    expect(invalid[1]).toContain("diese Spalte kennt der Plan nicht");
    expect(invalid[2]).toContain("die Begründung fehlt");
    expect(invalid[3]).toContain("die Art muss");
    // The Prüfbericht names the register and the cell of each: unknown ID in A, column in B, reason in E, kind in C.
    const pb = wb.getWorksheet("Prüfbericht")!;
    const cells: unknown[] = [];
    pb.eachRow((r) => {
      if (r.getCell(8).value === "decision/invalid")
        cells.push([r.getCell(1).value, r.getCell(2).value, r.getCell(3).value]);
    });
    expect(cells).toEqual([
      [decided, "Entscheidungen", "A7"],
      [decided, "Entscheidungen", "B8"],
      [decided, "Entscheidungen", "E9"],
      [decided, "Entscheidungen", "C10"],
    ]);
    const rows = wb.getWorksheet("Entscheidungen")!;
    // Every row is kept, with what became of it.
    expect([2, 3, 4, 5, 6, 7, 8, 9, 10].map((r) => rows.getCell(r, 8).value)).toEqual([
      "angewendet",
      "angewendet",
      "angewendet",
      "angewendet",
      "angewendet",
      "ungültig",
      "ungültig",
      "ungültig",
      "ungültig",
    ]);
  });

  it("turns a choice in the drop-down on Konflikte and Prüfbericht into a row of Entscheidungen", async () => {
    const edited = await loadWorkbook(bytesOf(out));
    const pick = (sheet: string, find: (r: ExcelJS.Row) => boolean, kind: string, reason: string) => {
      const ws = edited.getWorksheet(sheet)!;
      const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
      const col = header.indexOf("Entscheidung") + 1;
      // The column offers the five kinds as a drop-down.
      const validation = (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
        .dataValidations.model;
      expect(Object.values(validation).some((v) => v.formulae[0]!.includes("Terminverschiebung annehmen"))).toBe(true);
      let picked = 0;
      ws.eachRow((r, n) => {
        if (n > 1 && picked === 0 && find(r)) {
          r.getCell(col).value = kind;
          r.getCell(col + 1).value = reason;
          picked = n;
        }
      });
      expect(picked).toBeGreaterThan(0);
    };
    // The differing Nachtrag's Sachstand-free progress for 3.1.1: its value is set.
    pick(
      "Konflikte",
      (r) => r.getCell(1).value === "3.1.1" && r.getCell(2).value === "Fortschritt",
      "Wert setzen",
      "Nachtrag gilt für den Fortschritt",
    );
    // A finding on a measure's row (its Maßnahmen-Nr. is listed) is accepted.
    pick("Prüfbericht", (r) => r.getCell(12).value !== null, "Befund akzeptieren", "bekannt");
    const path = join(dir, "Register-gewaehlt.xlsx");
    writeFileSync(path, new Uint8Array(await edited.xlsx.writeBuffer()));
    const next = join(dir, "Register-nach-Wahl.xlsx");
    await merge(inbox, next, path);
    expect(report.decisions).toHaveLength(11);
    expect(report.decisions.slice(9).map((d) => [d.id, d.kind, d.status])).toEqual([
      ["3.1.1", "Wert setzen", "applied"],
      [expect.stringMatching(/^\d/), "Befund akzeptieren", "applied"],
    ]);
    const rows = (await loadWorkbook(bytesOf(next))).getWorksheet("Entscheidungen")!;
    expect([11, 12].map((r) => rows.getCell(r, 11).value)).toEqual(["Konflikte", "Prüfbericht"]);
    expect(measureRow(await loadWorkbook(bytesOf(next)), "3.1.1").cell("Fortschritt").value).toBe(0.6);
  });

  it("flags decisions whose basis changed in the next merge, and drops none", async () => {
    const next = join(dir, "eingang-2");
    mkdirSync(next);
    // The Nachtrag is gone (no conflict any more), and the Sozialamt reports another progress for 2.1.1.
    copyFileSync(join(inbox, "Jugendamt.xlsx"), join(next, "Jugendamt.xlsx"));
    writeFileSync(
      join(next, "Sozialamt.xlsx"),
      await fillByLabel(bytesOf(join(inbox, "Sozialamt.xlsx")), { "2.1.1": { Fortschritt: 0.4 } }),
    );
    await merge(next, join(dir, "Register-2.xlsx"), out);
    expect(report.decisions).toHaveLength(9);
    expect(report.decisions.slice(0, 5).map((d) => [d.id, d.status])).toEqual([
      ["2.1.1", "check"],
      ["1.1.1", "applied"],
      ["3.1.1", "check"],
      ["3.1.2", "applied"],
      ["1.1.1", "applied"],
    ]);
    expect(report.decisions[0]!.message).toContain("das Amt hat den Wert seit der Entscheidung geändert");
    expect(report.decisions[2]!.message).toContain("der Konflikt besteht nicht mehr");
    expect(report.totals.decisionsToCheck).toBe(2);
    // The office's new value stands until the coordinator decides again.
    const wb2 = await loadWorkbook(bytesOf(join(dir, "Register-2.xlsx")));
    expect(measureRow(wb2, "2.1.1").cell("Fortschritt").value).toBe(0.4);
  });
});
