import { copyFileSync, existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { DEFAULT_PLAN } from "../../src/core";
import { masterplan } from "../helpers/offices";
import { cli, fileHash, tempDir } from "../helpers/run-cli";
import { loadWorkbook } from "../helpers/workbook";
import { yearlyMergeArgs, yearlyTemplateArgs } from "../helpers/yearly-round";
import { HEADER_ROW, TABLE_SHEET } from "../../src/xlsx/template";
import { columnOf, FILLED, fillByLabel } from "../xlsx/template/template-fixtures";

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const sheetRows = async (path: string, sheet: string): Promise<unknown[][]> => {
  const ws = (await loadWorkbook(bytesOf(path))).getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${path}`);
  const out: unknown[][] = [];
  ws.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
};
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** The plan register: a consolidated workbook that the next merge reads back and carries forward. */
describe("the plan register across rounds", () => {
  const dir = tempDir("register");
  const master = join(dir, "Masterplan.xlsx");
  const reg1 = join(dir, "Register-2022.xlsx");
  const reg2 = join(dir, "Register-2023.xlsx");

  /** Templates for a round the plan configuration does not list, filled by both offices as given. */
  const round = async (name: string, year: number, fill: typeof FILLED, previous?: string) => {
    const out = join(dir, `vorlagen-${year}`);
    const r = await cli(yearlyTemplateArgs(master, out, name, year, previous));
    expect(r.code).toBe(0);
    const inbox = join(dir, `eingang-${year}`);
    mkdirSync(inbox);
    for (const office of ["Sozialamt", "Jugendamt"])
      writeFileSync(join(inbox, `${office}.xlsx`), await fillByLabel(bytesOf(join(out, `${office}.xlsx`)), fill));
    return inbox;
  };
  const merge = (inbox: string, out: string, year: number, previous?: string) =>
    cli(yearlyMergeArgs(inbox, master, out, year, previous));

  let inbox2023: string;
  beforeAll(async () => {
    writeFileSync(master, await masterplan());
    const inbox2022 = await round("Jahresmeldung 2022", 2022, FILLED);
    expect((await merge(inbox2022, reg1, 2022)).code).toBe(0);
    // 2023: the Jugendamt moves 3.1.1 on; everything else as before.
    inbox2023 = await round(
      "Jahresmeldung 2023",
      2023,
      { ...FILLED, "3.1.1": { ...FILLED["3.1.1"], Fortschritt: 0.8, Stand: new Date("2023-06-20T00:00:00Z") } },
      reg1,
    );
  }, 60_000);

  it("writes Verlauf (one row per measure of the master plan) and remembers a round the plan does not list", async () => {
    const history = await sheetRows(reg1, "Verlauf");
    expect(history[0]).toEqual([
      "Maßnahmen-Nr.",
      "Maßnahme",
      "federführend",
      "Erste Meldung",
      "Letzte Meldung",
      "Jahresmeldung 2022: Umsetzungsstand",
      "Jahresmeldung 2022: Fortschritt",
      "Jahresmeldung 2022: Stand",
      "Jahresmeldung 2022: Ende (geplant)",
      "Jahresmeldung 2022: Quelle",
    ]);
    expect(history.slice(1).map((r) => [r[0], r[3], r[5], r[6], day(r[8]), r[9]])).toEqual([
      ["1.1.1", "Jahresmeldung 2022", "umgesetzt", 1, "2023-12-31", "Sozialamt.xlsx"],
      ["2.1.1", "Jahresmeldung 2022", "in Planung", 0.1, "2026-12-31", "Sozialamt.xlsx"],
      ["3.1.1", "Jahresmeldung 2022", "in Umsetzung", 0.5, "2025-12-31", "Jugendamt.xlsx"],
      ["3.1.2", "Jahresmeldung 2022", "umgesetzt", 1, "2023-12-31", "Jugendamt.xlsx"],
    ]);
    const rounds = await sheetRows(reg1, "Berichtsrunden");
    expect(rounds.slice(1).map((r) => r.slice(0, 3).map(day))).toEqual([
      ["Jahresmeldung 2022", "2022-06-30", "2022-07-31"],
    ]);
  });

  it("carries every earlier round forward, never changes the register it reads, and re-merging replaces the round", async () => {
    const before = fileHash(reg1);
    expect((await merge(inbox2023, reg2, 2023, reg1)).code).toBe(0);
    expect(fileHash(reg1)).toBe(before);
    const history = await sheetRows(reg2, "Verlauf");
    const header = history[0] as string[];
    expect(header.filter((h) => h.endsWith(": Umsetzungsstand"))).toEqual([
      "Jahresmeldung 2022: Umsetzungsstand",
      "Jahresmeldung 2023: Umsetzungsstand",
    ]);
    const progress = (rows: unknown[][], round: string) => {
      const c = (rows[0] as string[]).indexOf(`${round}: Fortschritt`);
      return rows.slice(1).map((r) => r[c]);
    };
    expect(progress(history, "Jahresmeldung 2022")).toEqual([1, 0.1, 0.5, 1]);
    expect(progress(history, "Jahresmeldung 2023")).toEqual([1, 0.1, 0.8, 1]);
    // The round again, over the new register: still two rounds, the 2023 column replaced, not doubled.
    const again = join(dir, "Register-2023-b.xlsx");
    expect((await merge(inbox2023, again, 2023, reg2)).code).toBe(0);
    const twice = await sheetRows(again, "Verlauf");
    expect((twice[0] as string[]).filter((h) => h.endsWith(": Umsetzungsstand"))).toHaveLength(2);
    expect(progress(twice, "Jahresmeldung 2023")).toEqual([1, 0.1, 0.8, 1]);
    expect((await sheetRows(again, "Berichtsrunden")).slice(1).map((r) => r[0])).toEqual([
      "Jahresmeldung 2022",
      "Jahresmeldung 2023",
    ]);
  });

  it("pre-fills every reporting column of the templates from the register; a row sent back unchanged is still flagged", async () => {
    const ws = (await loadWorkbook(bytesOf(join(dir, "vorlagen-2023", "Sozialamt.xlsx")))).getWorksheet(TABLE_SHEET)!;
    const row = (id: string) => {
      for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return r;
      throw new Error(id);
    };
    const at = (id: string, label: string) => ws.getCell(row(id), columnOf(label)).value;
    expect(at("2.1.1", "Umsetzungsstand")).toBe("in Planung");
    expect(at("2.1.1", "Sachstand")).toBe("Konzept liegt vor");
    expect(at("2.1.1", "Deckungsvorschlag")).toBe("Umschichtung im Sozialbudget");
    // The office dates its own check: Stand is left for it.
    expect(at("2.1.1", "Stand")).toBeNull();
    const inbox = join(dir, "eingang-unveraendert");
    mkdirSync(inbox);
    copyFileSync(join(dir, "vorlagen-2023", "Sozialamt.xlsx"), join(inbox, "Sozialamt.xlsx"));
    const json = join(dir, "unveraendert.json");
    await cli([
      "merge",
      inbox,
      "--out",
      join(dir, "unveraendert.xlsx"),
      "--report-json",
      json,
      "--today",
      "2023-08-15",
    ]);
    const report = JSON.parse(readFileSync(json, "utf8")) as { inputs: { issues: { code: string }[] }[] };
    expect(report.inputs[0]!.issues.filter((i) => i.code === "row/not-updated")).toHaveLength(2);
  });

  it("keeps Rücklauf per office and round: on time or late, versions, and a corrected file replacing the older one", async () => {
    const inbox = join(dir, "eingang-ruecklauf");
    mkdirSync(inbox);
    for (const f of ["Sozialamt.xlsx", "Jugendamt.xlsx"]) copyFileSync(join(dir, "eingang-2022", f), join(inbox, f));
    // The Sozialamt's file arrived before the deadline (31.07.2022), the Jugendamt's after it.
    utimesSync(join(inbox, "Sozialamt.xlsx"), new Date(2022, 6, 20, 12), new Date(2022, 6, 20, 12));
    utimesSync(join(inbox, "Jugendamt.xlsx"), new Date(2022, 7, 3, 12), new Date(2022, 7, 3, 12));
    const first = join(dir, "Ruecklauf-1.xlsx");
    expect((await merge(inbox, first, 2022)).code).toBe(0);
    const returns = async (path: string) =>
      (await sheetRows(path, "Rücklauf"))
        .slice(1)
        .map((r) => [r[0], r[1], day(r[2]), r[3], r[4], day(r[5]), r[8], day(r[11]) ?? null, r[12] ?? null]);
    expect(await returns(first)).toEqual([
      ["Jahresmeldung 2022", "Jugendamt", "2022-05-01", 1, "Jugendamt.xlsx", "2022-08-03", "verspätet", null, null],
      ["Jahresmeldung 2022", "Sozialamt", "2022-05-01", 1, "Sozialamt.xlsx", "2022-07-20", "fristgerecht", null, null],
    ]);
    const overview = new Map((await sheetRows(first, "Übersicht")).map((r) => [r[0], r[1]]));
    expect(overview.get("Rücklauf fristgerecht (Ämter dieser Runde)")).toBe(0.5);
    // A corrected file of the Jugendamt arrives; the inbox still holds the first one. Re-merge.
    writeFileSync(
      join(inbox, "Jugendamt korrigiert.xlsx"),
      await fillByLabel(bytesOf(join(inbox, "Jugendamt.xlsx")), { "3.1.1": { Fortschritt: 0.55 } }),
    );
    utimesSync(join(inbox, "Jugendamt korrigiert.xlsx"), new Date(2022, 7, 10, 12), new Date(2022, 7, 10, 12));
    const json = join(dir, "ruecklauf-2.json");
    const second = join(dir, "Ruecklauf-2.xlsx");
    const r = await cli([
      "merge",
      inbox,
      "--master",
      master,
      "--out",
      second,
      "--report-json",
      json,
      "--today",
      "2022-08-15",
      "--previous",
      first,
    ]);
    expect(r.code).toBe(0);
    expect(await returns(second)).toEqual([
      [
        "Jahresmeldung 2022",
        "Jugendamt",
        "2022-05-01",
        2,
        "Jugendamt korrigiert.xlsx",
        "2022-08-10",
        "verspätet",
        "2022-08-10",
        "Jugendamt.xlsx",
      ],
      ["Jahresmeldung 2022", "Sozialamt", "2022-05-01", 1, "Sozialamt.xlsx", "2022-07-20", "fristgerecht", null, null],
    ]);
    // The older file is listed, not merged twice: no conflict, no second source, the corrected value.
    const report = JSON.parse(readFileSync(json, "utf8")) as {
      inputs: { file: string }[];
      totals: { conflicts: number };
    };
    expect(report.inputs.map((i) => i.file.split("/").pop())).toEqual(["Jugendamt korrigiert.xlsx", "Sozialamt.xlsx"]);
    expect(report.totals.conflicts).toBe(0);
    const history = await sheetRows(second, "Verlauf");
    expect(history.find((row) => row[0] === "3.1.1")?.[6]).toBe(0.55);
  });

  const edited = async (name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> => {
    const wb = await loadWorkbook(bytesOf(reg1));
    edit(wb);
    const path = join(dir, name);
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    return path;
  };

  it("refuses a hand-edited Verlauf with a broken cell, naming sheet and cell, and writes nothing", async () => {
    const broken = await edited("kaputt.xlsx", (wb) => {
      wb.getWorksheet("Verlauf")!.getCell("F3").value = "fast fertig";
      wb.getWorksheet("Verlauf")!.getCell("H4").value = "irgendwann";
    });
    const out = join(dir, "nie.xlsx");
    const r = await merge(inbox2023, out, 2023, broken);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Blatt „Verlauf“, Zelle F3: „fast fertig“ ist kein zulässiger Umsetzungsstand.");
    expect(r.stderr).toContain("Zelle H4: „irgendwann“ ist kein Datum");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses the register of another plan", async () => {
    const other = await edited("anderer-plan.xlsx", (wb) => {
      const ws = wb.getWorksheet("Übersicht")!;
      ws.eachRow((row) => {
        if (row.getCell(1).value === "Plan-ID") row.getCell(2).value = "aktionsplan-gleichstellung";
      });
    });
    const r = await merge(inbox2023, join(dir, "nie2.xlsx"), 2023, other);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `gehört zu einem anderen Aktionsplan (aktionsplan-gleichstellung), nicht zu „${DEFAULT_PLAN.title}“`,
    );
  });
});
