import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";
import { mergeReportAt } from "../helpers/report-json";
import type { MergeReport } from "../../src/core";
import { SHORT_HEADER } from "../helpers/short-header";

const HEADER = SHORT_HEADER;
const row = (id: string, status: string, progress: unknown) => [
  id,
  "Arbeit und Wirtschaft",
  `Maßnahme ${id}`,
  "Sozialamt",
  "nein",
  status,
  progress,
];

/** Issue 14: a progress column of fractions read its 1 as 1 %; the scale is now decided per column. */
describe("merge: progress scale per column", () => {
  const dir = tempDir("progress-scale");
  const out = join(dir, "Umsetzungsstand.xlsx");
  const json = join(dir, "bericht.json");
  let report: MergeReport;
  let progress: Map<string, unknown>;

  beforeAll(async () => {
    mkdirSync(join(dir, "eingang"));
    // Fractions, one of them a formula's cached result (=erledigt/geplant), none formatted as percent.
    writeFileSync(
      join(dir, "eingang", "A-Anteile.xlsx"),
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Meldung"), [
          HEADER,
          row("1.1.1", "in Umsetzung", 0.6),
          row("1.1.2", "umgesetzt", 1),
          row("1.1.3", "in Umsetzung", { formula: "3/15", result: 0.2 }),
        ]),
      ),
    );
    // Percent numbers in another office's column: 1 stays 1 %.
    writeFileSync(
      join(dir, "eingang", "B-Prozent.xlsx"),
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Meldung"), [
          HEADER,
          row("1.2.1", "in Umsetzung", 40),
          row("1.2.2", "in Umsetzung", 1),
        ]),
      ),
    );
    // Both in one column: one warning for the column, naming the cell that could be either.
    writeFileSync(
      join(dir, "eingang", "C-gemischt.xlsx"),
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Meldung"), [
          HEADER,
          row("1.3.1", "in Umsetzung", 0.5),
          row("1.3.2", "in Umsetzung", 80),
          row("1.3.3", "in Umsetzung", 1),
          row("1.3.4", "in Umsetzung", 1),
        ]),
      ),
    );
    await cli(["merge", join(dir, "eingang"), "--out", out, "--report-json", json, "--today", "2024-06-30"]);
    report = mergeReportAt(json);
    const ws = (await loadWorkbook(new Uint8Array(readFileSync(out)))).getWorksheet("Maßnahmen")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = header.indexOf("Fortschritt") + 1;
    progress = new Map();
    for (let r = 2; r <= ws.rowCount; r++) progress.set(String(ws.getCell(r, 1).value), ws.getCell(r, col).value);
  });

  it("reads a column of fractions as fractions, its 1 as 100 %, and a column of percent as percent", () => {
    expect(["1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2"].map((id) => progress.get(id))).toEqual([
      0.6, 1, 0.2, 0.4, 0.01,
    ]);
  });

  it("warns once for a mixed column and names each cell that could be either", () => {
    const found = report.inputs.map((i) => [
      i.file.slice(dir.length + 9),
      i.issues.filter((x) => x.code === "column/progress-mixed").map((x) => x.cell),
    ]);
    expect(found).toEqual([
      ["A-Anteile.xlsx", []],
      ["B-Prozent.xlsx", []],
      ["C-gemischt.xlsx", ["G1"]],
    ]);
    expect(report.inputs[2]!.issues.find((x) => x.code === "column/progress-mixed")!.message).toContain(
      "Nicht eindeutig (1 % oder 100 %?): G4, G5.",
    );
  });
});
