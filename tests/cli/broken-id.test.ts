import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";
import { mergeReportAt } from "../helpers/report-json";
import type { MergeReport } from "../../src/core";
import { SHORT_HEADER } from "../helpers/short-header";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HEADER = SHORT_HEADER;

/** Issue 14: German Excel turns "3.2.1" into 03.02.2001; the row still finds its measure in the master plan. */
describe("merge --master: a broken ID finds its measure", () => {
  const dir = tempDir("broken-id");
  const out = join(dir, "Umsetzungsstand.xlsx");
  const json = join(dir, "bericht.json");
  let report: MergeReport;
  let rows: Map<string, unknown[]>;
  let missing: unknown[][];

  beforeAll(async () => {
    mkdirSync(join(dir, "eingang"));
    writeFileSync(
      join(dir, "Masterplan.xlsx"),
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Masterplan"), [
          ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Haushaltsrelevanz"],
          ["3.2.1", "Kindertagesbetreuung, Schule und Bildung", "Sprachförderung", "Sozialamt", "nein"],
          ["3.2.2", "Kindertagesbetreuung, Schule und Bildung", "Elternkurse", "Jugendamt", "nein"],
        ]),
      ),
    );
    writeFileSync(
      join(dir, "eingang", "Sozialamt.xlsx"),
      await workbookBytes((wb) => {
        const ws = wb.addWorksheet("Meldung");
        addRows(ws, [
          HEADER,
          [d("2001-02-03"), "Bildung", "Sprachförderung", "Sozialamt", "nein", "in Umsetzung", 0.5],
          // Reconstructs to 3.2.2, but that is the Jugendamt's measure: no match.
          [d("2002-02-03"), "Bildung", "Elternkurse", "Sozialamt", "nein", "in Umsetzung", 0.5],
        ]);
        ws.getCell("A2").numFmt = "dd.mm.yyyy";
        ws.getCell("A3").numFmt = "dd.mm.yyyy";
      }),
    );
    await cli([
      "merge",
      join(dir, "eingang"),
      "--master",
      join(dir, "Masterplan.xlsx"),
      "--out",
      out,
      "--report-json",
      json,
      "--today",
      "2024-06-30",
    ]);
    report = mergeReportAt(json);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const ws = wb.getWorksheet("Maßnahmen")!;
    rows = new Map();
    for (let r = 2; r <= ws.rowCount; r++)
      rows.set(String(ws.getCell(r, 1).value), (ws.getRow(r).values as unknown[]).slice(1));
    missing = [];
    wb.getWorksheet("Fehlende Meldungen")!.eachRow(
      (row, n) => n > 1 && missing.push((row.values as unknown[]).slice(1, 3)),
    );
  });

  it("keeps the error, showing the value as the clerk sees it", () => {
    const issues = report.inputs[0]!.issues.filter((i) => i.code === "cell/id-not-text");
    expect(issues.map((i) => [i.cell, i.severity, i.value])).toEqual([
      ["A2", "error", "03.02.2001"],
      ["A3", "error", "03.02.2002"],
    ]);
    expect(issues[0]!.message).toContain("(„03.02.2001“). Gemeint war wohl „3.2.1“");
  });

  it("counts the row as the office's measure 3.2.1, not as an unreported measure and an extra row", () => {
    expect(report.totals).toMatchObject({ reported: 1, unreported: 1 });
    expect(rows.get("3.2.1")?.slice(0, 1)).toEqual(["3.2.1"]);
    expect(rows.get("3.2.1")).toEqual(expect.arrayContaining(["gemeldet", "in Umsetzung"]));
    expect(missing.filter((r) => r[0] === "nicht gemeldet")).toEqual([["nicht gemeldet", "3.2.2"]]);
    // Another office's measure is not taken over: that row stays without an ID, shown as typed.
    expect(rows.has("03.02.2002")).toBe(true);
  });
});
