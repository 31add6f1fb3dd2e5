// @needs: build
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { jugendamt } from "../helpers/offices";
import { fileHash, runCli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";

jest.setTimeout(120_000);
const BIN = join(__dirname, "..", "..", "bin", "aktionsplan.js");

const rowsOf = async (path: string, sheet: string): Promise<unknown[][]> => {
  const wb = await loadWorkbook(new Uint8Array(readFileSync(path)));
  const out: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
};

describe("nothing lost, nothing leaked", () => {
  it("keeps text in many scripts unchanged end to end, and headers like __proto__ as plain extra columns", async () => {
    const dir = tempDir("scripts");
    const texts = [
      "مشروع اللغة العربية للآباء",
      "Курсы немецкого языка для родителей",
      "为新移民提供多语言咨询",
      "Elterncafé 👪🏽‍👩‍👧 ✅",
      "ẞtraße Ǆ z\u0301",
    ];
    writeFileSync(
      join(dir, "Vielfalt.xlsx"),
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Tabelle1"), [
          [
            "Maßnahmen-Nr.",
            "Handlungsfeld",
            "Maßnahme",
            "federführend",
            "Haushaltsrelevanz",
            "Umsetzungsstand",
            "__proto__",
            "constructor",
          ],
          ...texts.map((t, i) => [
            `6.1.${i + 1}`,
            "6",
            t,
            "Büro der Integrations- und Ausländerbeauftragten",
            "nein",
            "in Umsetzung",
            `{"polluted": ${i}}`,
            t,
          ]),
        ]),
      ),
    );
    const out = join(dir, "out.xlsx");
    expect(runCli(["merge", dir, "--out", out, "--today", "2024-06-30"]).code).toBe(0);
    const rows = await rowsOf(out, "Maßnahmen");
    const header = rows[0] as string[];
    expect(rows.slice(1).map((r) => r[header.indexOf("Maßnahme")])).toEqual(texts);
    expect(rows.slice(1).map((r) => r[header.indexOf("Zusatz: constructor")])).toEqual(texts);
    expect(rows.slice(1).map((r) => r[header.indexOf("Zusatz: __proto__")])).toEqual(
      texts.map((_, i) => `{"polluted": ${i}}`),
    );
  });

  it("a kill at any moment leaves the previous output or a complete new one, never a broken file", async () => {
    const dir = tempDir("kill");
    const inbox = join(dir, "eingang");
    mkdirSync(inbox);
    const bytes = await jugendamt();
    for (let i = 0; i < 40; i++) writeFileSync(join(inbox, `Amt_${String(i).padStart(2, "0")}.xlsx`), bytes);
    const inputHash = fileHash(join(inbox, "Amt_00.xlsx"));
    const out = join(dir, "Umsetzungsstand.xlsx");
    expect(runCli(["merge", inbox, "--out", out, "--today", "2024-01-01"]).code).toBe(0);
    const previous = readFileSync(out);
    const outcomes = new Set<string>();
    for (const delay of [50, 300, 700, 1200, 1800, 2500, 3500]) {
      const child = spawn(process.execPath, [BIN, "merge", inbox, "--out", out, "--today", "2024-06-30"], {
        stdio: "ignore",
      });
      // Listen before killing: a merge that already finished has exited by then.
      const exited = new Promise((r) => child.on("exit", r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGKILL");
      await exited;
      const now = readFileSync(out);
      if (now.equals(previous)) outcomes.add("previous");
      else {
        // A new file must be complete: it opens and holds every measure.
        const rows = await rowsOf(out, "Maßnahmen");
        expect(rows.length).toBe(3);
        outcomes.add("complete");
      }
    }
    expect(outcomes.size).toBeGreaterThan(0);
    expect(fileHash(join(inbox, "Amt_00.xlsx"))).toBe(inputHash);
    // Only our output and, after a kill during writing, at most hidden temporary files are left.
    expect(
      readdirSync(dir)
        .filter((f) => !f.startsWith("."))
        .sort(),
    ).toEqual(["Umsetzungsstand.xlsx", "eingang"]);
  });
});
