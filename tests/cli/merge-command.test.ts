import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buergeramt, jugendamt, masterplan, sozialamt } from "../helpers/offices";
import { fileHash, cli, tempDir } from "../helpers/run-cli";
import { loadWorkbook } from "../helpers/workbook";
import { mergeReportAt } from "../helpers/report-json";
import type { MergeReport } from "../../src/core";

const column = (ws: ExcelJS.Worksheet, header: string): number => (ws.getRow(1).values as unknown[]).indexOf(header);
const valuesOf = (ws: ExcelJS.Worksheet, header: string): unknown[] => {
  const c = column(ws, header);
  const out: unknown[] = [];
  for (let r = 2; r <= ws.rowCount; r++) out.push(ws.getCell(r, c).value);
  return out;
};

describe("aktionsplan merge (compiled command, worker threads)", () => {
  const dir = tempDir("merge");
  const inbox = join(dir, "eingang");
  const out = join(dir, "out", "Umsetzungsstand.xlsx");
  const json = join(dir, "out", "bericht.json");
  let hashes: Record<string, string>;
  let result: Awaited<ReturnType<typeof cli>>;
  let report: MergeReport;

  beforeAll(async () => {
    mkdirSync(inbox, { recursive: true });
    writeFileSync(join(inbox, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(inbox, "Sozialamt.xlsx"), await sozialamt());
    writeFileSync(join(inbox, "Buergeramt.xlsx"), await buergeramt());
    writeFileSync(join(inbox, "~$Jugendamt.xlsx"), "lock");
    writeFileSync(join(inbox, ".versteckt.xlsx"), "hidden");
    writeFileSync(join(inbox, "Alt.xls"), "old");
    writeFileSync(join(inbox, "Kaputt.xlsx"), (await jugendamt()).subarray(0, 2000));
    writeFileSync(join(dir, "Masterplan.xlsx"), await masterplan());
    hashes = Object.fromEntries(
      ["Jugendamt.xlsx", "Sozialamt.xlsx", "Buergeramt.xlsx", "Kaputt.xlsx"].map((f) => [f, fileHash(join(inbox, f))]),
    );
    result = await cli([
      "merge",
      inbox,
      "--out",
      out,
      "--report-json",
      json,
      "--master",
      join(dir, "Masterplan.xlsx"),
      "--today",
      "2024-06-30",
    ]);
    report = mergeReportAt(json);
  });

  it("exits 1 (merged, with errors) and summarises", () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("5 Dateien gelesen (2 nicht lesbar)");
  });

  it("prints the same summary without --report-json, its figures counted without rendering the report", async () => {
    const alone = await cli([
      "merge",
      inbox,
      "--out",
      join(tempDir("merge-alone"), "u.xlsx"),
      "--master",
      join(dir, "Masterplan.xlsx"),
      "--today",
      "2024-06-30",
    ]);
    const summary = (stderr: string) => {
      const lines = stderr.split("\n");
      const from = lines.findIndex((l) => /^\d+ Dateien gelesen/.test(l));
      // The summary, without the line naming the output file (another path here) or the report.
      return lines.slice(from).filter((l) => !/^(Konsolidierter Umsetzungsstand|Prüfbericht \(JSON\)):/.test(l));
    };
    expect(alone.code).toBe(result.code);
    expect(summary(alone.stderr)).toEqual(summary(result.stderr));
    // The printed figures are the report's, counted from its rendered findings.
    const t = report.totals;
    const counted = (s: string) =>
      report.inputs.reduce((n, i) => n + i.issues.filter((x) => x.severity === s && x.accepted !== true).length, 0);
    expect([t.errors, t.warnings]).toEqual([counted("error"), counted("warning")]);
    expect(summary(alone.stderr)[0]).toContain(`${t.errors} Fehler, ${t.warnings} Warnungen`);
    expect(
      summary(alone.stderr).filter((l) => l.startsWith("  fehlerhaft") || l.startsWith("  nicht lesbar")),
    ).toHaveLength(report.inputs.filter((i) => i.status !== "ok").length);
  });

  it("tells each step after reading: the merge, then every sheet it writes with its rows", async () => {
    const lines = result.stderr.split("\n");
    const merging = lines.findIndex((l) => /^Führe \d+ Zeilen aus 5 Dateien zusammen …$/.test(l));
    const sheets = lines.flatMap((l) => /^Schreibe Blatt „(.+)“ \((\d+) Zeilen?\) …$/.exec(l) ?? []);
    expect(merging).toBeGreaterThan(lines.findIndex((l) => l.startsWith("[5/5] ")));
    expect(merging).toBeLessThan(lines.findIndex((l) => l.startsWith("5 Dateien gelesen")));
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    // Every sheet after the overview, in the workbook's order; Maßnahmen with as many rows as it holds.
    expect(sheets.filter((_, i) => i % 3 === 1)).toEqual(wb.worksheets.slice(1).map((w) => w.name));
    const measures = sheets.indexOf("Maßnahmen");
    expect(Number(sheets[measures + 1])).toBe(wb.getWorksheet("Maßnahmen")!.actualRowCount - 1);
  });

  it("writes counts as German does: one file, one row, one measure in the singular", async () => {
    const single = await cli([
      "merge",
      join(inbox, "Jugendamt.xlsx"),
      "--out",
      join(dir, "out", "eins.xlsx"),
      "--today",
      "2024-06-30",
    ]);
    expect(single.stderr).toMatch(/^1 Datei gelesen \(0 nicht lesbar\), \d+ Zeilen?, \d+ Maßnahmen?, /m);
    expect(single.stderr).toContain("0 Konflikte.");
    expect(single.stderr).not.toMatch(/\b1 (Dateien|Zeilen|Maßnahmen|Warnungen|Konflikte|Abweichungen)\b/);
    expect(result.stderr).toContain(`Konsolidierter Umsetzungsstand: ${out}`);
  });

  it("ignores lock and hidden files, lists other formats and broken files as unreadable", () => {
    expect(report.inputs.map((i) => [i.file.slice(inbox.length + 1), i.status])).toEqual([
      ["Alt.xls", "unreadable"],
      ["Buergeramt.xlsx", "invalid"],
      ["Jugendamt.xlsx", "ok"],
      ["Kaputt.xlsx", "unreadable"],
      ["Sozialamt.xlsx", "ok"],
    ]);
    const alt = report.inputs[0]!;
    expect(alt.issues[0]?.message).toContain("Excel-Arbeitsmappe (*.xlsx)");
    expect(report.inputs[3]?.issues[0]?.message).toContain("beschädigt");
  });

  it("reports issues with file, cell and German message", () => {
    const ba = report.inputs[1]!;
    expect(ba.issues.filter((i) => i.severity !== "info").map((i) => [i.cell, i.code])).toEqual([
      ["G2", "cell/enum"],
      ["A3", "cell/id-not-text"],
    ]);
    expect(ba.issues.find((i) => i.code === "cell/id-not-text")?.message).toContain("„7.2.1“");
    expect(report.totals).toMatchObject({ files: 5, rows: 6 });
    expect(report.inputs[2]?.office).toBe("Jugendamt");
  });

  it("never changes an input", () => {
    for (const [f, h] of Object.entries(hashes)) expect(fileHash(join(inbox, f))).toBe(h);
    expect(report.inputs.find((i) => i.file.endsWith("Jugendamt.xlsx"))?.sha256).toBe(hashes["Jugendamt.xlsx"]);
  });

  it("writes one row per measure, the lead office's row winning, and the conflict side by side", async () => {
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const ws = wb.getWorksheet("Maßnahmen")!;
    // Unreadable values stay as typed (the ID Excel made a date, the unknown status): nothing is blanked.
    // With --master the master's 2.1.1, reported by nobody, has its row as "keine Meldung" (issue 14).
    // The ID Excel made a date shows as the clerk sees it in German Excel, not in ISO form (issue 14).
    expect(valuesOf(ws, "Maßnahmen-Nr.")).toEqual(["1.1.1", "2.1.1", "3.1.1", "3.1.2", "7.1.1", "07.02.2001"]);
    expect(valuesOf(ws, "Umsetzungsstand")).toEqual([
      "umgesetzt",
      "keine Meldung",
      "in Umsetzung",
      "in Umsetzung",
      "fast fertig",
      "Daueraufgabe",
    ]);
    expect(valuesOf(ws, "federführend")).toEqual([
      "Sozialamt",
      "Sozialamt",
      "Jugendamt",
      "Jugendamt",
      "Bürgeramt",
      "Bürgeramt",
    ]);
    expect(valuesOf(ws, "Fortschritt")).toEqual([1, null, 0.5, 0.3, 0.9, null]);
    // Issue 16: the Quelle column names the file; its full path stays in the Quellen sheet.
    expect(valuesOf(ws, "Quelle")).toEqual([
      "Sozialamt.xlsx",
      null,
      "Jugendamt.xlsx",
      "Jugendamt.xlsx",
      "Buergeramt.xlsx",
      "Buergeramt.xlsx",
    ]);
    expect(String(wb.getWorksheet("Quellen")!.getCell(2, 1).value).startsWith(inbox)).toBe(true);
    expect(valuesOf(ws, "Zusatz: Interne Notiz")).toEqual([null, null, "intern", null, null, null]);
    const conflicts = wb.getWorksheet("Konflikte")!;
    expect(conflicts.getRow(2).values).toEqual(
      expect.arrayContaining(["3.1.1", "Umsetzungsstand", "in Umsetzung", "in Planung"]),
    );
  });

  it("takes a 1904 workbook's dates right and a formula's cached value, never the formula", async () => {
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const ws = wb.getWorksheet("Maßnahmen")!;
    expect(valuesOf(ws, "Stand")[0]).toEqual(new Date("2024-06-15T00:00:00Z"));
    let formulas = 0;
    wb.eachSheet((s) =>
      s.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas++))),
    );
    expect(formulas).toBe(0);
  });

  it("lists what the master plan expects and nobody reported", async () => {
    const wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const ws = wb.getWorksheet("Fehlende Meldungen")!;
    const rows: unknown[][] = [];
    ws.eachRow((r, i) => i > 1 && rows.push([r.getCell(1).value, r.getCell(2).value]));
    expect(rows).toEqual([
      ["nicht gemeldet", "2.1.1"],
      ["nicht im Masterplan", "7.1.1"],
    ]);
  });

  it("gives the same cells whatever the order of the inputs", async () => {
    const out2 = join(dir, "out", "zwei.xlsx");
    const files = ["Sozialamt.xlsx", "Buergeramt.xlsx", "Jugendamt.xlsx"].map((f) => join(inbox, f));
    const r2 = await cli(["merge", ...files, "--out", out2, "--today", "2024-06-30", "--workers", "1"]);
    expect(r2.code).toBe(1);
    const out3 = join(dir, "out", "drei.xlsx");
    await cli(["merge", ...[...files].reverse(), "--out", out3, "--today", "2024-06-30"]);
    const a = await loadWorkbook(new Uint8Array(readFileSync(out2)));
    const b = await loadWorkbook(new Uint8Array(readFileSync(out3)));
    a.eachSheet((ws) => {
      const other = b.getWorksheet(ws.name)!;
      ws.eachRow((row, i) => expect(other.getRow(i).values).toEqual(row.values));
    });
  });
});

describe("aktionsplan merge: refusals and --strict", () => {
  it("refuses an --out that is one of the inputs (exit 2), leaving it untouched", async () => {
    const dir = tempDir("refuse");
    const f = join(dir, "Jugendamt.xlsx");
    writeFileSync(f, await jugendamt());
    const before = fileHash(f);
    const r = await cli(["merge", dir, "--out", f, "--today", "2024-06-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${f} ist dieselbe Datei wie die Eingabe ${f}`);
    expect(fileHash(f)).toBe(before);
  });

  it("exits 2 for a missing path, and when no file is readable", async () => {
    const dir = tempDir("nothing");
    expect((await cli(["merge", join(dir, "gibtsnicht"), "--out", join(dir, "o.xlsx")])).code).toBe(2);
    writeFileSync(join(dir, "leer.xlsx"), "");
    const r = await cli(["merge", dir, "--out", join(dir, "o.xlsx")]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, "o.xlsx"))).toBe(false);
  });

  it("with --strict writes no workbook when there are errors, but still the JSON report", async () => {
    const dir = tempDir("strict");
    writeFileSync(join(dir, "Buergeramt.xlsx"), await buergeramt());
    const r = await cli([
      "merge",
      dir,
      "--out",
      join(dir, "o.xlsx"),
      "--report-json",
      join(dir, "r.json"),
      "--strict",
      "--today",
      "2024-06-30",
    ]);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, "o.xlsx"))).toBe(false);
    expect(mergeReportAt(join(dir, "r.json")).output.file).toBeNull();
  });

  it("exits 0 for clean inputs and 2 for a malformed --plan, naming the JSON path", async () => {
    const dir = tempDir("clean");
    writeFileSync(join(dir, "Jugendamt.xlsx"), await jugendamt());
    copyFileSync(join(dir, "Jugendamt.xlsx"), join(dir, "Kopie.xlsx"));
    expect(
      (await cli(["merge", join(dir, "Jugendamt.xlsx"), "--out", join(dir, "o.xlsx"), "--today", "2024-06-30"])).code,
    ).toBe(0);
    writeFileSync(
      join(dir, "plan.json"),
      JSON.stringify({ id: "x", title: "T", period: { first: 2022, last: 2026 }, fields: [], offices: [] }),
    );
    const r = await cli(["merge", dir, "--out", join(dir, "p.xlsx"), "--plan", join(dir, "plan.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("$.fields");
  });
});
