// @needs: python3-openpyxl
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { buergeramt, jugendamt, masterplan, sozialamt } from "../helpers/offices";
import { cli, tempDir } from "../helpers/run-cli";

/** Debian's python3 with python3-openpyxl (installed by .ci/run): a reader that is not exceljs. */
const PYTHON = "/usr/bin/python3";

describe("the consolidated workbook opens in an independent reader", () => {
  it("has intact tables whose header names match their cells, and no formulas", async () => {
    const dir = tempDir("openpyxl");
    writeFileSync(join(dir, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(dir, "Sozialamt.xlsx"), await sozialamt());
    writeFileSync(join(dir, "Buergeramt.xlsx"), await buergeramt());
    const master = join(tempDir("master"), "Masterplan.xlsx");
    writeFileSync(master, await masterplan());
    const out = join(tempDir("out"), "k.xlsx");
    expect((await cli(["merge", dir, "--out", out, "--master", master, "--today", "2024-06-30"])).code).toBe(1);
    const r = spawnSync(PYTHON, [join(__dirname, "..", "tools", "inspect_xlsx.py"), out], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const info = JSON.parse(r.stdout) as {
      sheets: string[];
      formulas: number;
      tables: { name: string; headersMatch: boolean; rows: number }[];
    };
    expect(info.sheets).toEqual([
      "Übersicht",
      "Maßnahmen",
      "Prüfbericht",
      "Konflikte",
      "Fehlende Meldungen",
      "Abweichungen vom Masterplan",
      "Deckungsvorschläge",
      "Überfällig",
      "Quellen",
      // The plan register (issue 15).
      "Entscheidungen",
      "Rücklauf",
      "Verlauf",
      "Berichtsrunden",
    ]);
    expect(info.formulas).toBe(0);
    expect(info.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["Massnahmen", "Pruefbericht", "Konflikte", "FehlendeMeldungen", "Quellen"]),
    );
    expect(info.tables.every((t) => t.headersMatch)).toBe(true);
    // 5 reported rows and the master's 2.1.1 that nobody reported ("keine Meldung", issue 14).
    expect(info.tables.find((t) => t.name === "Massnahmen")?.rows).toBe(6);
  });
});
