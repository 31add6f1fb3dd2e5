// @needs: build
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { masterplan } from "../helpers/offices";
import { cli, runCli, tempDir } from "../helpers/run-cli";
import { loadWorkbook } from "../helpers/workbook";
import { yearlyMergeArgs, yearlyTemplateArgs } from "../helpers/yearly-round";
import { FILLED, fillByLabel } from "../xlsx/template/template-fixtures";

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const REGISTER_SHEETS = ["Verlauf", "Berichtsrunden", "Entscheidungen", "Rücklauf"] as const;

const sheets = async (path: string): Promise<Record<string, unknown[][]>> => {
  const wb = await loadWorkbook(bytesOf(path));
  const out: Record<string, unknown[][]> = {};
  for (const name of REGISTER_SHEETS) {
    const rows: unknown[][] = [];
    wb.getWorksheet(name)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    out[name] = rows;
  }
  return out;
};

/**
 * The built command reads the register (--previous) in its worker pool beside the office files: with
 * two threads, one, or none, the new register carries the same rounds, decisions and returns, and a
 * broken register is still refused by name and cell with nothing written.
 */
describe("merge --previous reads the register in the worker pool", () => {
  const dir = tempDir("register-pool");
  const master = join(dir, "Masterplan.xlsx");
  const register = join(dir, "Register-2022.xlsx");
  const inbox = join(dir, "eingang-2023");

  const fill = async (year: number, previous: string | null) => {
    const templates = join(dir, `vorlagen-${year}`);
    expect((await cli(yearlyTemplateArgs(master, templates, `Jahresmeldung ${year}`, year, previous))).code).toBe(0);
    const box = join(dir, `eingang-${year}`);
    mkdirSync(box);
    for (const office of ["Sozialamt", "Jugendamt"])
      writeFileSync(join(box, `${office}.xlsx`), await fillByLabel(bytesOf(join(templates, `${office}.xlsx`)), FILLED));
    return box;
  };
  const merge = (out: string, previous: string, workers: string) =>
    runCli([...yearlyMergeArgs(inbox, master, out, 2023, previous), "--workers", workers]);

  beforeAll(async () => {
    writeFileSync(master, await masterplan());
    const first = await fill(2022, null);
    expect((await cli(["merge", first, "--master", master, "--out", register, "--today", "2022-08-15"])).code).toBe(0);
    // A decision, so the register carries more than history.
    const wb = await loadWorkbook(bytesOf(register));
    ["2.1.1", "Fortschritt", "Wert setzen", 0.5, "Telefonat", "A. Beispiel"].forEach(
      (v, j) => (wb.getWorksheet("Entscheidungen")!.getCell(2, 1 + j).value = v),
    );
    writeFileSync(register, new Uint8Array(await wb.xlsx.writeBuffer()));
    await fill(2023, register);
  }, 120_000);

  it("carries the same register with two worker threads, one, and none", async () => {
    const results = [];
    for (const workers of ["2", "1", "0"]) {
      const out = join(dir, `Register-2023-w${workers}.xlsx`);
      const r = merge(out, register, workers);
      expect([r.code, r.stderr]).toEqual([0, expect.not.stringMatching(/Fehler:/)]);
      results.push(await sheets(out));
    }
    const [two, one, none] = results;
    expect(two!.Verlauf![0]).toEqual(
      expect.arrayContaining(["Jahresmeldung 2022: Umsetzungsstand", "Jahresmeldung 2023: Umsetzungsstand"]),
    );
    expect(two!.Entscheidungen!.slice(1).map((row) => [row[0], row[2]])).toEqual([["2.1.1", "Wert setzen"]]);
    expect(one).toEqual(two);
    expect(none).toEqual(two);
  }, 120_000);

  it("refuses a broken register read in a worker, naming sheet and cell, and writes nothing", async () => {
    const wb = await loadWorkbook(bytesOf(register));
    wb.getWorksheet("Verlauf")!.getCell("F3").value = "fast fertig";
    const broken = join(dir, "kaputt.xlsx");
    writeFileSync(broken, new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = join(dir, "nie.xlsx");
    const r = merge(out, broken, "2");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Blatt „Verlauf“, Zelle F3: „fast fertig“ ist kein zulässiger Umsetzungsstand.");
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
