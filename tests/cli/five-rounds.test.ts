import { copyFileSync, existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { masterplan } from "../helpers/offices";
import { cli, tempDir } from "../helpers/run-cli";
import { loadWorkbook } from "../helpers/workbook";
import { yearlyMergeArgs, yearlyTemplateArgs } from "../helpers/yearly-round";
import { fillByLabel } from "../xlsx/template/template-fixtures";

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const YEARS = [2022, 2023, 2024, 2025, 2026] as const;
const OFFICE_OF: Readonly<Record<string, string>> = {
  "1.1.1": "Sozialamt",
  "2.1.1": "Sozialamt",
  "3.1.1": "Jugendamt",
  "3.1.2": "Jugendamt",
};

/** What each office reports each year: progress grows by a fifth a year, done at 100 %. */
const reported = (year: number, id: string): { status: string; progress: number } => {
  const step = year - 2021 + (id === "1.1.1" ? 2 : id === "3.1.2" ? 1 : 0);
  const progress = Math.min(100, step * 20) / 100;
  return { status: progress >= 1 ? "umgesetzt" : progress > 0.2 ? "in Umsetzung" : "in Planung", progress };
};

interface Report {
  decisions: { id: string | null; kind: string | null; status: string }[];
  totals: { decisionsApplied: number; decisionsToCheck: number };
}

const sheetRows = async (path: string, sheet: string): Promise<unknown[][]> => {
  const out: unknown[][] = [];
  (await loadWorkbook(bytesOf(path))).getWorksheet(sheet)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
};

/**
 * Five years of the plan through the command line (issue 15, "Done when"): each round's templates
 * come from the register, the offices return them (the Jugendamt late in 2024: a merge, then a
 * re-merge when its file arrives), the coordinator types decisions of every kind into the register
 * with exceljs, and after each merge every decision is applied or flagged, Verlauf holds every round
 * so far, and every value an office reported is in Verlauf (the figures recomputed here on their own).
 */
describe("five reporting rounds, 2022 to 2026, through the register", () => {
  const dir = tempDir("five-rounds");
  const master = join(dir, "Masterplan.xlsx");
  let typedDecisions = 0;

  const round = async (year: number, offices: readonly string[], previous: string | null, inbox: string) => {
    const templates = join(dir, `vorlagen-${year}`);
    const name = `Jahresmeldung ${year}`;
    // The late office's file comes from the templates made at the start of its round.
    if (!existsSync(templates)) {
      const r = await cli(yearlyTemplateArgs(master, templates, name, year, previous));
      expect(r.code).toBe(0);
    }
    mkdirSync(inbox, { recursive: true });
    for (const office of offices) {
      const fill: Record<string, Record<string, unknown>> = {};
      for (const [id, o] of Object.entries(OFFICE_OF))
        if (o === office) {
          const { status, progress } = reported(year, id);
          fill[id] = { Umsetzungsstand: status, Fortschritt: progress, Stand: new Date(`${year}-06-20T00:00:00Z`) };
        }
      const path = join(inbox, `${office}.xlsx`);
      writeFileSync(path, await fillByLabel(bytesOf(join(templates, `${office}.xlsx`)), fill));
      const arrived = office === "Jugendamt" && year === 2024 ? new Date(year, 7, 12, 12) : new Date(year, 6, 15, 12);
      utimesSync(path, arrived, arrived);
    }
  };

  const merge = async (year: number, inbox: string, out: string, previous: string | null): Promise<Report> => {
    const json = `${out}.json`;
    const r = await cli([...yearlyMergeArgs(inbox, master, out, year, previous), "--report-json", json]);
    expect([0, 1]).toContain(r.code);
    return JSON.parse(readFileSync(json, "utf8")) as Report;
  };

  /** The checks after every merge. */
  const checkRegister = async (path: string, report: Report, years: readonly number[], late: readonly string[]) => {
    // Every typed decision is there, applied or flagged: none lost, none invalid.
    expect(report.decisions).toHaveLength(typedDecisions);
    expect(report.decisions.every((d) => d.status === "applied" || d.status === "check")).toBe(true);
    const history = await sheetRows(path, "Verlauf");
    const header = history[0] as string[];
    expect(header.filter((h) => h.endsWith(": Umsetzungsstand"))).toEqual(
      years.map((y) => `Jahresmeldung ${y}: Umsetzungsstand`),
    );
    // Nothing an office reported is lost: Verlauf holds each reported value, except one the coordinator set.
    for (const year of years) {
      const status = header.indexOf(`Jahresmeldung ${year}: Umsetzungsstand`);
      const progress = header.indexOf(`Jahresmeldung ${year}: Fortschritt`);
      for (const row of history.slice(1)) {
        const id = row[0] as string;
        if (late.includes(OFFICE_OF[id]!) && year === years[years.length - 1]) {
          expect(row[status]).toBe("keine Meldung");
          continue;
        }
        const want = reported(year, id);
        // The coordinator's value for 2.1.1 holds in 2023; from 2024 the office reports anew, its value
        // stands and the decision is flagged for another look.
        const set = year === 2023 && id === "2.1.1" ? 0.5 : null;
        expect([row[0], row[progress]]).toEqual([id, set ?? want.progress]);
        if (set === null) expect(row[status]).toBe(want.status);
      }
      // The status distribution per round, recomputed from what the offices were told to report.
      const counted = new Map<string, number>();
      for (const row of history.slice(1)) counted.set(String(row[status]), (counted.get(String(row[status])) ?? 0) + 1);
      const expected = new Map<string, number>();
      for (const id of Object.keys(OFFICE_OF)) {
        const s =
          late.includes(OFFICE_OF[id]!) && year === years[years.length - 1]
            ? "keine Meldung"
            : reported(year, id).status;
        expected.set(s, (expected.get(s) ?? 0) + 1);
      }
      expect(Object.fromEntries(counted)).toEqual(Object.fromEntries(expected));
    }
  };

  it("carries history, decisions and returns across five rounds", async () => {
    writeFileSync(master, await masterplan());
    let previous: string | null = null;
    let last: Report | null = null;
    const done: number[] = [];
    for (const year of YEARS) {
      const inbox = join(dir, `eingang-${year}`);
      const out = join(dir, `Register-${year}.xlsx`);
      done.push(year);
      if (year === 2024) {
        // The Jugendamt is late: merge without it, then again when its file has arrived.
        await round(year, ["Sozialamt"], previous, inbox);
        const early = join(dir, "Register-2024-vorab.xlsx");
        await checkRegister(early, await merge(year, inbox, early, previous), done, ["Jugendamt"]);
        await round(year, ["Jugendamt"], previous, inbox);
        await checkRegister(out, await merge(year, inbox, out, early), done, []);
        const returns = (await sheetRows(out, "Rücklauf")).filter((r) => r[0] === "Jahresmeldung 2024");
        expect(returns.map((r) => [r[1], r[8]])).toEqual([
          ["Jugendamt", "verspätet"],
          ["Sozialamt", "fristgerecht"],
        ]);
      } else {
        await round(year, ["Sozialamt", "Jugendamt"], previous, inbox);
        if (year === 2023) copyFileSync(join(inbox, "Jugendamt.xlsx"), join(inbox, "Jugendamt Kopie.xlsx"));
        last = await merge(year, inbox, out, previous);
        await checkRegister(out, last, done, []);
      }
      if (year === 2022) {
        // The coordinator decides, typing into the register as in Excel.
        const wb = await loadWorkbook(bytesOf(out));
        const ws = wb.getWorksheet("Entscheidungen")!;
        const rows: ExcelJS.CellValue[][] = [
          ["2.1.1", "Fortschritt", "Wert setzen", 0.5, "Telefonat", "A. Beispiel", new Date("2022-09-01T00:00:00Z")],
          ["3.1.2", "Ende", "Terminverschiebung annehmen", "31.12.2026", "Ausschuss", "A. Beispiel", null],
          ["1.1.1", null, "Kommentar", "gut gelaufen", "Bericht", "A. Beispiel", null],
          ["3.1.1", "Stand", "Befund akzeptieren", "cell/date-after-stichtag", "bekannt", "A. Beispiel", null],
          ["3.1.1", null, "Quelle wählen", "Jugendamt.xlsx", "Hauptmeldung", "A. Beispiel", null],
        ];
        rows.forEach((values, i) => values.forEach((v, j) => (ws.getCell(2 + i, 1 + j).value = v)));
        typedDecisions = rows.length;
        const decided = join(dir, "Register-2022-entschieden.xlsx");
        writeFileSync(decided, new Uint8Array(await wb.xlsx.writeBuffer()));
        previous = decided;
      } else previous = out;
    }
    // In 2026: the set value and the chosen file lost their basis (the office reports anew, the copy is
    // gone), the finding never occurred; the postponement and the comment hold.
    expect(last!.decisions.map((d) => [d.kind, d.status])).toEqual([
      ["Wert setzen", "check"],
      ["Terminverschiebung annehmen", "applied"],
      ["Kommentar", "applied"],
      ["Befund akzeptieren", "check"],
      ["Quelle wählen", "check"],
    ]);
    // 2026: the accepted postponement holds in the last round's Verlauf.
    const history = await sheetRows(join(dir, "Register-2026.xlsx"), "Verlauf");
    const end = (history[0] as string[]).indexOf("Jahresmeldung 2026: Ende (geplant)");
    expect((history.find((r) => r[0] === "3.1.2")![end] as Date).toISOString().slice(0, 10)).toBe("2026-12-31");
  }, 180_000);
});
