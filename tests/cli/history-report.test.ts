// @needs: build, python3-openpyxl, libreoffice-writer-nogui
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { masterplan } from "../helpers/offices";
import { cli, runCli, tempDir } from "../helpers/run-cli";
import { soffice } from "../helpers/soffice";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";
import { yearlyMergeArgs, yearlyTemplateArgs } from "../helpers/yearly-round";
import { fillByLabel } from "../xlsx/template/template-fixtures";

/** Debian's python3 with python3-openpyxl: a reader that is not exceljs. */
const PYTHON = "/usr/bin/python3";
const YEARS = [2022, 2023, 2024] as const;
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

/** The test master plan and a fifth measure whose office never returns its file. */
const master = async (): Promise<Uint8Array> => {
  const wb = await loadWorkbook(await masterplan());
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  rows.push(["4.1.1", "Arbeit und Wirtschaft", "Beratung", "Beratung im Bürgerbüro", "Bürgeramt", "2022–2026", "nein"]);
  return workbookBytes((out) => addRows(out.addWorksheet("Masterplan"), rows));
};

/** What each office reports per year: 2.1.1 stands still, 3.1.2 stops moving in 2023. */
const REPORTS: Readonly<Record<string, Readonly<Record<number, readonly [string, number]>>>> = {
  "1.1.1": { 2022: ["in Umsetzung", 0.4], 2023: ["umgesetzt", 1], 2024: ["umgesetzt", 1] },
  "2.1.1": { 2022: ["in Umsetzung", 0.3], 2023: ["in Umsetzung", 0.3], 2024: ["in Umsetzung", 0.3] },
  "3.1.1": { 2022: ["in Planung", 0.2], 2023: ["in Umsetzung", 0.5], 2024: ["umgesetzt", 1] },
  "3.1.2": { 2022: ["in Umsetzung", 0.4], 2023: ["in Umsetzung", 0.6], 2024: ["in Umsetzung", 0.6] },
};
const OFFICE_OF: Readonly<Record<string, string>> = {
  "1.1.1": "Sozialamt",
  "2.1.1": "Sozialamt",
  "3.1.1": "Jugendamt",
  "3.1.2": "Jugendamt",
};

interface Independent {
  rounds: string[];
  byRound: Record<string, Record<string, number>>;
  doneByYear: Record<string, number>;
  postponed: [string, string, string][];
  unchanged: [string, number][];
  never: string[];
}

const clean = (s: string) =>
  s
    .replace(/<[^>]+>/g, "")
    .replace(/\u00ad/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\u00a0/g, " ")
    .trim();

/** The HTML table under a caption, as rows of cell texts (header row first). */
const htmlTableRows = (html: string, caption: string): string[][] => {
  const at = html.indexOf(`<caption>${caption}</caption>`);
  if (at < 0) throw new Error(`no table „${caption}“ in the HTML`);
  const body = html.slice(at, html.indexOf("</table>", at));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) =>
    [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => clean(c[1]!)),
  );
};

/** The Word table after its caption paragraph, as rows of cell texts (header row first). */
const wordTableRows = (xml: string, caption: string): string[][] => {
  const at = xml.indexOf(`>${caption}</w:t>`);
  if (at < 0) throw new Error(`no table „${caption}“ in the Word document`);
  const start = xml.indexOf("<w:tbl>", at);
  const body = xml.slice(start, xml.indexOf("</w:tbl>", start));
  return [...body.matchAll(/<w:tr[ >](.*?)<\/w:tr>/gs)].map((m) =>
    [...m[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) =>
      clean([...c[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")),
    ),
  );
};

/** A table's rows as objects by header, so the comparison does not depend on the column order. */
const byHeader = (rows: string[][]): Record<string, string>[] =>
  rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i] ?? ""])));

/**
 * Issue 15, "Done when": the report's history figures are recomputed independently. Three rounds go
 * through the command line (templates from the register, the offices' returns, a postponement the
 * coordinator accepts in the register); the report is written as HTML and Word; openpyxl reads the
 * register's Verlauf and recomputes every figure, which must equal what both versions show.
 */
describe("the report's history section (Entwicklung seit …) agrees with the Verlauf", () => {
  const dir = tempDir("history-report");
  const masterPath = join(dir, "Masterplan.xlsx");
  let independent: Independent;
  let html = "";
  let word = "";

  beforeAll(async () => {
    writeFileSync(masterPath, await master());
    let previous: string | null = null;
    for (const year of YEARS) {
      const templates = join(dir, `vorlagen-${year}`);
      const name = `Jahresmeldung ${year}`;
      expect((await cli(yearlyTemplateArgs(masterPath, templates, name, year, previous))).code).toBe(0);
      const inbox = join(dir, `eingang-${year}`);
      mkdirSync(inbox);
      // The Bürgeramt never returns its file: 4.1.1 is never reported.
      for (const office of ["Sozialamt", "Jugendamt"]) {
        const fill: Record<string, Record<string, unknown>> = {};
        for (const [id, o] of Object.entries(OFFICE_OF))
          if (o === office) {
            const [status, progress] = REPORTS[id]![year]!;
            fill[id] = { Umsetzungsstand: status, Fortschritt: progress, Stand: new Date(`${year}-06-20T00:00:00Z`) };
          }
        const path = join(inbox, `${office}.xlsx`);
        writeFileSync(path, await fillByLabel(bytesOf(join(templates, `${office}.xlsx`)), fill));
        const arrived = new Date(year, 6, 15, 12);
        utimesSync(path, arrived, arrived);
      }
      const out = join(dir, `Register-${year}.xlsx`);
      const merged = await cli(yearlyMergeArgs(inbox, masterPath, out, year, previous));
      expect([0, 1]).toContain(merged.code);
      previous = out;
      if (year === 2022) {
        // The coordinator accepts a later end for 3.1.2, typing into the register as in Excel.
        const wb = await loadWorkbook(bytesOf(out));
        const ws = wb.getWorksheet("Entscheidungen")!;
        const row = ["3.1.2", "Ende", "Terminverschiebung annehmen", "31.12.2026", "Ausschuss", "A. Beispiel"];
        row.forEach((v, j) => (ws.getCell(2, 1 + j).value = v));
        ws.getCell(2, 7).value = new Date("2022-09-01T00:00:00Z");
        previous = join(dir, "Register-2022-entschieden.xlsx");
        writeFileSync(previous, new Uint8Array(await wb.xlsx.writeBuffer()));
      }
    }
    const last = join(dir, "Register-2024.xlsx");
    const r = runCli(["report", last, "--out", join(dir, "Bericht.html"), "--docx", join(dir, "Bericht.docx")]);
    expect(r.stderr).not.toMatch(/Fehler:/);
    expect(r.code).toBe(0);
    html = readFileSync(join(dir, "Bericht.html"), "utf8");
    word = strFromU8(unzipSync(readFileSync(join(dir, "Bericht.docx")))["word/document.xml"]!);
    const py = spawnSync(PYTHON, [join(__dirname, "..", "tools", "history_figures.py"), last], { encoding: "utf8" });
    expect(py.stderr).toBe("");
    independent = JSON.parse(py.stdout) as Independent;
  }, 240_000);

  it("names the first round in its heading and draws both history charts", () => {
    expect(independent.rounds).toEqual(YEARS.map((y) => `Jahresmeldung ${y}`));
    expect(html).toContain("<h2>Entwicklung seit Jahresmeldung 2022</h2>");
    expect(word).toContain(">Entwicklung seit Jahresmeldung 2022</w:t>");
    // Three charts in the HTML (per field, per round, per year), three images in the Word version.
    expect(html.match(/<svg/g)?.length).toBe(3);
    expect(word.match(/<pic:pic/g)?.length).toBe(3);
  });

  it("opens in LibreOffice Writer with the section and its tables", () => {
    const conv = join(dir, "conv");
    mkdirSync(conv);
    const text = readFileSync(soffice(join(dir, "Bericht.docx"), "txt:Text (encoded):UTF8", conv), "utf8");
    const at = text.indexOf("Entwicklung seit Jahresmeldung 2022");
    expect(at).toBeGreaterThan(0);
    const section = text.slice(at);
    for (const caption of [
      "Maßnahmen nach Umsetzungsstand und Berichtsrunde",
      "Verschobene Enddaten",
      "Nie gemeldete Maßnahmen",
    ])
      expect(section).toContain(caption);
    expect(section).toContain("Beratung im Bürgerbüro");
  }, 120_000);

  it.each([
    ["HTML", () => htmlTableRows(html, "Maßnahmen nach Umsetzungsstand und Berichtsrunde")],
    ["Word", () => wordTableRows(word, "Maßnahmen nach Umsetzungsstand und Berichtsrunde")],
  ])("shows the status distribution per round as Verlauf holds it (%s)", (_, rows) => {
    const shown = byHeader(rows());
    expect(shown.map((r) => r.Berichtsrunde)).toEqual(independent.rounds);
    for (const r of shown) {
      const counts = independent.byRound[r.Berichtsrunde!]!;
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      expect(Number(r.gesamt)).toBe(total);
      // Every status column shows the count openpyxl found, zero where it found none.
      for (const [header, value] of Object.entries(r))
        if (!["Berichtsrunde", "Stichtag", "gesamt", "ohne Status"].includes(header))
          expect([header, Number(value)]).toEqual([header, counts[header] ?? 0]);
    }
    // The Bürgeramt's measure is "keine Meldung" in every round.
    expect(shown.every((r) => r["keine Meldung"] === "1")).toBe(true);
  });

  it.each([
    ["HTML", () => htmlTableRows(html, "Umgesetzte Maßnahmen je Jahr")],
    ["Word", () => wordTableRows(word, "Umgesetzte Maßnahmen je Jahr")],
  ])("counts measures completed per year as Verlauf does (%s)", (_, rows) => {
    const shown = new Map(byHeader(rows()).map((r) => [r.Jahr!, Number(r["erstmals umgesetzt gemeldet"])]));
    expect(Object.fromEntries([...shown].filter(([, n]) => n > 0))).toEqual(independent.doneByYear);
    expect(independent.doneByYear).toEqual({ "2023": 1, "2024": 1 });
  });

  it.each([
    ["HTML", () => htmlTableRows(html, "Verschobene Enddaten")],
    ["Word", () => wordTableRows(word, "Verschobene Enddaten")],
  ])("lists the postponed end with the coordinator's decision (%s)", (_, rows) => {
    const german = (iso: string) => iso.split("-").reverse().join(".");
    const shown = byHeader(rows());
    expect(shown.map((r) => [r["Nr."], r["Ende ursprünglich"], r["Ende jetzt"]])).toEqual(
      independent.postponed.map(([id, from, to]) => [id, german(from), german(to)]),
    );
    expect(independent.postponed).toEqual([["3.1.2", "2023-12-31", "2026-12-31"]]);
    expect(shown[0]!.Entscheidung).toBe("Terminverschiebung angenommen am 01.09.2022 von A. Beispiel: Ausschuss");
  });

  it.each([
    ["HTML", () => htmlTableRows(html, "Seit zwei oder mehr Runden unverändert")],
    ["Word", () => wordTableRows(word, "Seit zwei oder mehr Runden unverändert")],
  ])("lists the measures that stand still (%s)", (_, rows) => {
    const shown = byHeader(rows());
    const rounds = (since: string | undefined) => Number(/\((\d+) Runden\)$/.exec(since ?? "")?.[1]);
    expect(shown.map((r) => [r["Nr."], rounds(r["unverändert seit"])])).toEqual(independent.unchanged);
    expect(independent.unchanged).toEqual([
      ["2.1.1", 3],
      ["3.1.2", 2],
    ]);
  });

  it.each([
    ["HTML", () => htmlTableRows(html, "Nie gemeldete Maßnahmen")],
    ["Word", () => wordTableRows(word, "Nie gemeldete Maßnahmen")],
  ])("lists the measures never reported (%s)", (_, rows) => {
    expect(byHeader(rows()).map((r) => r["Nr."])).toEqual(independent.never);
    expect(independent.never).toEqual(["4.1.1"]);
  });
});
