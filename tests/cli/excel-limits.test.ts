// @needs: build
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";

// Issue 19, item 2: a merged workbook cut at Excel's limits is still written, the JSON report too,
// and the message says what was cut instead of blaming the file system.
describe("more extra columns than an Excel sheet holds", () => {
  const dir = tempDir("limits");
  const inbox = join(dir, "eingang");
  const FILES = 34;
  const EXTRAS = 494;

  beforeAll(async () => {
    mkdirSync(inbox);
    for (let f = 0; f < FILES; f++) {
      const extras = Array.from({ length: EXTRAS }, (_, i) => `Notiz ${f}-${i}`);
      writeFileSync(
        join(inbox, `Amt${String(f).padStart(2, "0")}.xlsx`),
        await workbookBytes((wb) =>
          addRows(wb.addWorksheet("Meldung"), [
            ["Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Haushaltsrelevanz", "Status", ...extras],
            [`3.1.${f + 1}`, "Bildung", `Maßnahme ${f}`, "Jugendamt", "nein", "in Planung", ...extras.map((_, i) => i)],
          ]),
        ),
      );
    }
  }, 120_000);

  it("writes the workbook with 16,384 columns, the last one saying how many are missing, and the JSON report", async () => {
    const out = join(dir, "u.xlsx");
    const json = join(dir, "r.json");
    const r = runCli(["merge", inbox, "--out", out, "--report-json", json, "--today", "2024-06-30"]);
    expect(r.stderr).not.toContain("kann nicht geschrieben werden");
    expect((JSON.parse(readFileSync(json, "utf8")) as { output: { written: boolean } }).output.written).toBe(true);
    const ws = (await loadWorkbook(new Uint8Array(readFileSync(out)))).getWorksheet("Maßnahmen")!;
    // The plan's and the provenance columns come first; the extras fill the rest but one, which says what is cut.
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const fixed = headers.findIndex((h) => h.startsWith("Zusatz: "));
    expect(fixed).toBeGreaterThan(20);
    const cut = FILES * EXTRAS - (16_384 - fixed - 1);
    expect(r.stderr).toContain(`Hinweis: ${cut} Zusatzspalten der Ämter passen nicht mehr auf das Blatt „Maßnahmen“`);
    expect(ws.getRow(1).cellCount).toBe(16_384);
    expect(String(ws.getCell(1, 16_384).value)).toContain(
      `… weitere ${cut.toLocaleString("de-DE")} Zusatzspalten passen nicht auf ein Excel-Blatt`,
    );
  }, 240_000);
});
