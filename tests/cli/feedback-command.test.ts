import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buergeramt, jugendamt, sozialamt } from "../helpers/offices";
import { fileHash, cli, tempDir } from "../helpers/run-cli";
import { loadWorkbook } from "../helpers/workbook";
import { cleanOffice, officeWithMistakes } from "../xlsx/feedback/feedback-fixtures";
import { mergeReportAt } from "../helpers/report-json";
import type { MergeReport } from "../../src/core";

const noteText = (note: unknown): string =>
  typeof note === "string"
    ? note
    : ((note as { texts?: { text: string }[] } | undefined)?.texts?.map((t) => t.text).join("") ?? "");

describe("aktionsplan feedback", () => {
  const dir = tempDir("feedback");
  const inbox = join(dir, "eingang");
  const out = join(dir, "rueckmeldungen");
  const json = join(dir, "bericht.json");
  let hashes: Map<string, string>;
  let report: MergeReport;

  beforeAll(async () => {
    mkdirSync(inbox);
    writeFileSync(join(inbox, "Sozialamt.xlsx"), await sozialamt());
    writeFileSync(join(inbox, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(inbox, "Bürgeramt.xlsx"), await buergeramt());
    writeFileSync(join(inbox, "Kultur.xlsx"), await cleanOffice());
    const merged = await cli([
      "merge",
      inbox,
      "--out",
      join(dir, "Umsetzungsstand.xlsx"),
      "--report-json",
      json,
      "--today",
      "2024-06-30",
    ]);
    expect([0, 1]).toContain(merged.code);
    report = mergeReportAt(json);
    hashes = new Map(readdirSync(inbox).map((f) => [f, fileHash(join(inbox, f))]));
  });

  it("writes one Rückmeldung per office file from the merge's JSON report, never touching the inputs", async () => {
    const r = await cli(["feedback", json, inbox, "--out-dir", out, "--today", "2024-07-01"]);
    expect(r.stderr).toContain("4 Rückmeldungen in");
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual([
      "Bürgeramt (Rückmeldung).xlsx",
      "Jugendamt (Rückmeldung).xlsx",
      "Kultur (Rückmeldung).xlsx",
      // The log of the letters, for the next merge's Rücklauf (--feedback-dir).
      "Rückmeldungen.json",
      "Sozialamt (Rückmeldung).xlsx",
    ]);
    expect(r.stdout).toMatch(/Kultur\.xlsx: in Ordnung, Bestätigung/);
    for (const [f, h] of hashes) expect([f, fileHash(join(inbox, f))]).toEqual([f, h]);
  });

  it("puts every finding of the report on the office's list, and marks each cell finding on the copy with its message", async () => {
    for (const entry of report.inputs) {
      const name = entry.file
        .split(/[\\/]/)
        .pop()!
        .replace(/\.xlsx$/, "");
      const wb = await loadWorkbook(new Uint8Array(readFileSync(join(out, `${name} (Rückmeldung).xlsx`))));
      const cover = wb.getWorksheet("Rückmeldung")!;
      // The list starts under its header row "Nr."; the cover text above it is in merged cells.
      const listed: string[] = [];
      let inList = false;
      cover.eachRow(async (row) => {
        if (inList) listed.push(String(row.getCell(6).value));
        if (row.getCell(1).value === "Nr.") inList = true;
      });
      const forOffice = entry.issues.filter((i) => !i.message.startsWith("Die Datei stammt aus der Vorlage"));
      expect([name, listed]).toEqual([name, forOffice.map((i) => i.message)]);
      // A confirmation (hints only) has no copy of the table; anything to fix does.
      const copy = wb.worksheets[1];
      expect([name, copy === undefined]).toEqual([name, forOffice.every((i) => i.severity === "info")]);
      if (!copy) continue;
      for (const i of forOffice.filter((x) => x.cell !== null && x.sheet !== null)) {
        expect([name, i.cell, noteText(copy.getCell(i.cell!).note)]).toEqual([
          name,
          i.cell,
          expect.stringContaining(i.message),
        ]);
      }
    }
  });

  it("refuses a report that is not one, and an output folder that is the inbox", async () => {
    const bad = join(dir, "kein-bericht.json");
    writeFileSync(bad, JSON.stringify({ version: 2 }));
    const r1 = await cli(["feedback", bad, inbox, "--out-dir", join(dir, "x")]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain("nicht die erwartete Form eines Prüfberichts");
    const r2 = await cli(["feedback", json, inbox, "--out-dir", inbox]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("ist ein Eingangsordner");
    expect(readdirSync(inbox).length).toBe(4);
  });

  it("writes nothing for a file changed since the merge and says so", async () => {
    const other = join(dir, "geaendert");
    mkdirSync(other);
    writeFileSync(join(other, "Sozialamt.xlsx"), await officeWithMistakes());
    const r = await cli(["feedback", json, other, "--out-dir", join(dir, "out2")]);
    expect(r.stderr).toContain("nicht im Prüfbericht (oder seit dem Zusammenführen geändert)");
    expect(r.code).toBe(2);
  });

  it("asks for --deadline when the round's deadline has passed, instead of writing a past date", async () => {
    const late = join(dir, "spaet");
    const round = ["--period", "Zwischenbericht 2024"];
    const r = await cli(["feedback", json, inbox, "--out-dir", late, "--today", "2024-08-15", ...round]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--deadline");
    expect(r.stderr).toContain("31.07.2024");
    expect(() => readdirSync(late)).toThrow();
    const ok = await cli([
      "feedback",
      json,
      inbox,
      "--out-dir",
      late,
      "--today",
      "2024-08-15",
      ...round,
      "--deadline",
      "2024-09-15",
    ]);
    expect(ok.code).toBe(1);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(join(late, "Jugendamt (Rückmeldung).xlsx"))));
    const text = wb
      .getWorksheet("Rückmeldung")!
      .getColumn(1)
      .values.filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain("bis zum 15.09.2024 erneut an das Büro der Integrations- und Ausländerbeauftragten");
    expect(text).toContain("vielen Dank für die Meldung des Jugendamts");
    expect(ok.stderr).toContain("4 Rückmeldungen in");
  });
});
