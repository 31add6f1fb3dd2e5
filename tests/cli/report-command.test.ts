// @needs: build
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { fileHash, runCli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";
import { SHORT_HEADER } from "../helpers/short-header";

const ROOT = join(__dirname, "..", "..");
const HOSTILE = `<script>alert("x")</script> & <img src=x onerror=alert(1)> =HYPERLINK("http://evil.example")`;

/** The consolidated workbook's sheet as rows of cell values (row 1 = header), read with exceljs. */
const sheetRows = async (path: string, name: string): Promise<unknown[][]> => {
  const ws = (await loadWorkbook(new Uint8Array(readFileSync(path)))).getWorksheet(name)!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

const pct = (v: number) => `${Math.round(v * 100)}\u00a0%`;

describe("aktionsplan report", () => {
  const dir = tempDir("report");
  const consolidated = join(dir, "out", "Umsetzungsstand.xlsx");
  const second = join(dir, "Umsetzungsstand-2.xlsx");
  const html = join(dir, "Bericht.html");
  let doc: Document;
  let page: string;

  beforeAll(async () => {
    // The bundled example round (5 offices, a master plan), merged by the real command.
    const demo = spawnSync(process.execPath, [join(ROOT, "lib", "examples", "write-demo.js"), dir], {
      encoding: "utf8",
    });
    expect(demo.status).toBe(0);
    // A second round: one more office file with a new measure and hostile text, compared with the first.
    const extra = join(dir, "eingang", "Gesundheitsamt.xlsx");
    writeFileSync(
      extra,
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Meldung"), [
          [...SHORT_HEADER, "Sachstand"],
          ["4.1.9", "Gesundheit", `Gesundheitslotsen ${HOSTILE}`, "Gesundheitsamt", "ja", "in Planung", 0.1, HOSTILE],
        ]),
      ),
    );
    const merged = runCli([
      "merge",
      join(dir, "eingang"),
      "--previous",
      consolidated,
      "--out",
      second,
      "--today",
      "2024-12-31",
    ]);
    expect([0, 1]).toContain(merged.code);
    const before = fileHash(second);
    const r = runCli(["report", second, "--out", html]);
    expect(r.stderr).not.toContain("Fehler:");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Bericht: ${html}`);
    // The console speaks German too: dates as TT.MM.JJJJ (issue 16).
    expect(r.stderr).toMatch(/\d+ Maßnahmen in \d+ Handlungsfeldern, \d+ überfällig, Datenstand 31\.12\.2024\./);
    expect(fileHash(second)).toBe(before);
    page = readFileSync(html, "utf8");
    doc = new JSDOM(page).window.document;
  });

  it("is one self-contained German document: no script, no external resource, a CSP that forbids both", () => {
    expect(doc.documentElement.lang).toBe("de");
    expect(doc.querySelectorAll("script").length).toBe(0);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toContain(
      "default-src 'none'",
    );
    expect([...doc.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Auf einen Blick",
      "Umsetzungsstand nach Handlungsfeld",
      "Maßnahmen nach Handlungsfeld",
      "Nicht gemeldete Maßnahmen",
      "Überfällige Maßnahmen",
      "Deckungsvorschläge",
      "Veränderungen seit der letzten Berichtsrunde",
      // The second merge read the first as its register: two rounds of Verlauf, so a history.
      "Entwicklung seit Stand 30.06.2024",
      "Methodik und Datenlage",
    ]);
  });

  it("shows the Übersicht's numbers", async () => {
    const facts = new Map((await sheetRows(second, "Übersicht")).map((r) => [r[0], r[1]]));
    const figures = new Map(
      [...doc.querySelectorAll("dl.figures dt")].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent!]),
    );
    expect(figures.get("Maßnahmen")).toBe(String(facts.get("Maßnahmen (eindeutige Nummern)")));
    expect(figures.get("umgesetzt")).toContain(
      `(${pct(facts.get("Anteil umgesetzt (ohne entfallene)") as number)} der nicht entfallenen)`,
    );
    expect(figures.get("durchschnittlicher Fortschritt")).toBe(
      pct(facts.get("Durchschnittlicher Fortschritt") as number),
    );
    expect(figures.get("überfällig")).toBe(String(facts.get("überfällig")));
    // The per-field table equals the Übersicht's table by Handlungsfeld, cell by cell.
    const overview = await sheetRows(second, "Übersicht");
    const start = overview.findIndex((r) => r[0] === "Handlungsfeld");
    const end = overview.findIndex((r, i) => i > start && r[0] === "Gesamt");
    const expected = overview
      .slice(start + 1, end + 1)
      .map((r) => [String(r[0]), ...r.slice(1, 10).map((v) => String(v ?? 0))]);
    const table = [...doc.querySelectorAll("table")].find(
      (t) => t.querySelector("caption")?.textContent === "Maßnahmen nach Umsetzungsstand und Handlungsfeld",
    )!;
    const shown = [...table.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.children].slice(0, 10).map((c) => c.textContent),
    );
    expect(shown).toEqual(expected);
  });

  it("draws the stacked bars as inline SVG with the counts written in the bars", () => {
    const svg = doc.querySelector("figure svg")!;
    expect(svg).not.toBeNull();
    expect(doc.querySelector("figure")!.getAttribute("role")).toBe("img");
    const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    // Axis labels: every field of action and "Gesamt"; the legend names every status.
    const fields = [...doc.querySelectorAll("main section section h3")].map((h) => h.textContent);
    for (const f of [...fields, "Gesamt", "umgesetzt", "in Umsetzung", "Umsetzungsstand"]) expect(texts).toContain(f);
    const total = Number(
      [...doc.querySelectorAll("dl.figures dt")].find((dt) => dt.textContent === "Maßnahmen")!.nextElementSibling!
        .textContent,
    );
    // Segment labels are bare counts (axis ticks carry "%"): the field bars and the "Gesamt" bar
    // each add up to all measures.
    const counts = texts.filter((t) => /^\d+$/.test(t ?? "")).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2 * total);
    expect(texts).toContain("50\u202f%");
  });

  it("lists every measure of the workbook under its field, and the overdue and coverage lists of the workbook", async () => {
    // A broken ID shows as the date Excel made of it (03.02.2001, issue 14): it is no measure ID.
    const measures = (await sheetRows(second, "Maßnahmen"))
      .slice(1)
      .filter((r) => typeof r[0] === "string" && /^\d+\.\d+\.\d{1,3}$/.test(r[0]));
    const listed = [...doc.querySelectorAll("main section section table tbody tr")].map(
      (tr) => tr.children[0]!.textContent,
    );
    expect(listed.sort()).toEqual(measures.map((r) => r[0] as string).sort());
    const ids = async (sheet: string) =>
      (await sheetRows(second, sheet))
        .slice(1)
        .map((r) => r[0])
        .filter((v) => typeof v === "string" && /^\d/.test(v));
    const tableIds = (caption: string) =>
      [
        ...([...doc.querySelectorAll("table")]
          .find((t) => t.querySelector("caption")?.textContent === caption)
          ?.querySelectorAll("tbody tr") ?? []),
      ].map((tr) => tr.children[0]!.textContent);
    expect(tableIds("Überfällige Maßnahmen")).toEqual(await ids("Überfällig"));
    expect(tableIds("Maßnahmen mit Bedarf an einem Deckungsvorschlag")).toEqual(await ids("Deckungsvorschläge"));
    expect((await ids("Überfällig")).length).toBeGreaterThan(0);
  });

  it("reports the changes since the previous round", async () => {
    const changes = (await sheetRows(second, "Änderungen")).slice(1);
    // Columns: Nr., Maßnahme, Änderung, …: each change names its measure.
    const n = (kind: string) => changes.filter((r) => r[2] === kind).length;
    expect(n("neu")).toBeGreaterThan(0);
    expect(changes.every((r) => typeof r[1] === "string" && r[1].length > 0)).toBe(true);
    const section = [...doc.querySelectorAll("section")].find(
      (s) => s.querySelector("h2")?.textContent === "Veränderungen seit der letzten Berichtsrunde",
    )!;
    expect(section.textContent).toContain(
      `${n("geändert")} geändert, ${n("neu")} neu, ${n("nicht mehr gemeldet")} nicht mehr gemeldet, ${n("unverändert")} unverändert`,
    );
    // The report's change table names each changed measure by number and title, as the sheet does
    // (with soft hyphens in long words, which a reader never sees unless a line breaks there).
    const rows = [...section.querySelectorAll("tbody tr")].map((tr) => [
      tr.children[0]!.textContent,
      tr.children[1]!.textContent!.replace(/\u00ad/g, ""),
    ]);
    expect(rows).toEqual(changes.filter((r) => r[2] !== "unverändert").map((r) => [r[0], r[1]]));
  });

  it("shows hostile text from an office as text, never as markup", () => {
    expect(doc.body.textContent).toContain(HOSTILE);
    expect(doc.querySelectorAll("img").length).toBe(0);
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("says in the method note what the numbers rest on", () => {
    const text = [...doc.querySelectorAll("section")].find(
      (s) => s.querySelector("h2")?.textContent === "Methodik und Datenlage",
    )!.textContent!;
    expect(text).toContain("„Umsetzungsstand-2.xlsx“ vom 31.12.2024");
    expect(text).toMatch(/zusammengeführt aus 6\u00a0Dateien/);
  });

  it("refuses a workbook that is not a consolidated one, and an output over its input", () => {
    const office = join(dir, "eingang", "Gesundheitsamt.xlsx");
    const r1 = runCli(["report", office, "--out", join(dir, "x.html")]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain("ist kein konsolidierter Umsetzungsstand");
    const copy = join(dir, "kopie.xlsx");
    copyFileSync(second, copy);
    const r2 = runCli(["report", copy, "--out", copy]);
    expect(r2.code).toBe(2);
    expect(fileHash(copy)).toBe(fileHash(second));
  });
});
