// @needs: libreoffice-calc-nogui, poppler-utils
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalLayout, consolidate, DEFAULT_PLAN, letterContact, type MeasureRecord } from "../../../src/core";
import { writeConsolidatedWorkbook } from "../../../src/xlsx/consolidated/write-consolidated";
import { buildFeedbackWorkbook, type FeedbackFile } from "../../../src/xlsx/feedback";
import { buildTemplateWorkbook } from "../../../src/xlsx/template";
import { input, record } from "../../helpers/records";
import { soffice } from "../../helpers/soffice";
import { tempDir } from "../../helpers/run-cli";

jest.setTimeout(300_000);

// Issue 16: the workbooks as LibreOffice prints them (many municipal PCs print with it): page
// count, the header row on every page, and no wrapped text cut off at a fixed row height.
const SCREENSHOTS = join(__dirname, "..", "..", "..", "test-output", "screenshots");

const toPdf = (bytes: Uint8Array, name: string): string => {
  const dir = tempDir("print");
  const xlsx = join(dir, `${name}.xlsx`);
  writeFileSync(xlsx, bytes);
  return soffice(xlsx, "pdf", dir);
};

/** The PDF's text page by page (pdftotext ends each page with a form feed). */
const pages = (pdf: string): string[] => {
  const r = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.split("\f").slice(0, -1);
};

/**
 * The ID column's header on a page: "Maßnahmen-Nr." in one piece, or broken after the hyphen as
 * LibreOffice wraps it in its narrow column (the layout puts the next column's labels between).
 */
const hasIdHeader = (page: string): boolean => /Maßnahmen-Nr\.|^Maßnahmen-?(\s[^\n]*)?\n[^\n]*\n-?Nr\./m.test(page);

/** Text as one line of words: what a reader sees, whatever the line breaks and layout columns. */
const words = (s: string): string => s.replace(/\s+/g, " ");

/** Pages whose footer names the sheet ("<sheet> … Seite n von m"). */
const pagesOf = (all: readonly string[], sheet: string): string[] =>
  all.filter((p) => new RegExp(`^\\s*${sheet}\\s+Seite \\d+ von \\d+\\s*$`, "m").test(p));

const png = (pdf: string, page: number, name: string): void => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dir = tempDir("png");
  const r = spawnSync(
    "pdftoppm",
    ["-f", String(page), "-l", String(page), "-r", "80", "-png", "-singlefile", pdf, join(dir, "page")],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  copyFileSync(join(dir, "page.png"), join(SCREENSHOTS, name));
};

/** A Sachstand long enough to wrap over several lines, ending in a word found nowhere else. */
const longNote = (i: number): string =>
  `Die Beratungsangebote wurden im Berichtszeitraum in drei Stadtteilen ausgebaut; die Nachfrage übersteigt weiterhin die Kapazitäten, weshalb zusätzliche Sprechzeiten mit Sprachmittlung eingerichtet wurden. Schlusswort${i}x`;

const measures = (n: number): MeasureRecord[] =>
  Array.from({ length: n }, (_, i) =>
    record(
      {
        measureId: `1.1.${i + 1}`,
        field: "Arbeit und Wirtschaft",
        goal: "Zugänge zu Ausbildung und Arbeit verbessern",
        measure: `Mehrsprachige Beratung zu Ausbildung und Beruf für Zugewanderte, Teil ${i + 1}, mit aufsuchender Arbeit in den Stadtteilen`,
        leadOffice: "Sozialamt",
        budget: "nein",
        status: "in Umsetzung",
        progress: 52.14289999999999,
        end: "2025-12-31",
        note: longNote(i + 1),
      },
      i + 2,
    ),
  );

describe("printed with LibreOffice", () => {
  it("prints the consolidated Maßnahmen sheet with its header row and ID columns on every page, nothing cut", () => {
    const c = consolidate([input("/daten/eingang/2024/Sozialamt.xlsx", "Sozialamt", measures(40))], {
      plan: DEFAULT_PLAN,
      today: "2024-08-05",
    });
    return writeConsolidatedWorkbook(c, DEFAULT_PLAN).then((bytes) => {
      const pdf = toPdf(bytes, "Umsetzungsstand");
      const all = pages(pdf);
      const sheet = pagesOf(all, "Maßnahmen");
      // 40 measures with wrapped Sachstand, 28 columns: several pages long and several wide.
      expect(sheet.length).toBeGreaterThan(2);
      for (const [i, p] of sheet.entries()) {
        expect([i, hasIdHeader(p)]).toEqual([i, true]);
        expect([i, p.includes("Aktionsplan Integration 2022 bis 2026 – Stand 05.08.2024")]).toEqual([i, true]);
      }
      const text = words(sheet.join(" "));
      // No header is broken inside a word (a label's words print whole, wrapped only at spaces and hyphens).
      const shown = new Set(text.split(" "));
      for (const label of DEFAULT_PLAN.columns.map((col) => col.label))
        for (const w of label.split(/[ -]/).filter(Boolean))
          expect([label, w, shown.has(w) || shown.has(`-${w}`) || shown.has(`${w}-`) || shown.has(label)]).toEqual([
            label,
            w,
            true,
          ]);
      for (let i = 1; i <= 40; i++) expect([i, text.includes(`Schlusswort${i}x`)]).toEqual([i, true]);
      // The Quelle column shows the file name; the whole path is on the Quellen sheet.
      expect(text).toContain("Sozialamt.xlsx");
      expect(text).not.toContain("/daten/eingang/2024/Sozialamt.xlsx");
      expect(words(pagesOf(all, "Quellen").join(" "))).toContain("/daten/eingang/2024/Sozialamt.xlsx");
      // Ø Fortschritt is a whole percent in the cell, and prints as one.
      expect(words(pagesOf(all, "Übersicht").join(" "))).toMatch(/Durchschnittlicher Fortschritt 52 ?%/);
      png(pdf, all.indexOf(sheet[0]!) + 1, "massnahmen-druck.png");
    });
  });

  it("prints an office's template with the header row on every page and every master text whole", async () => {
    const long = measures(25).map((m) => ({
      ...m,
      row: {
        ...m.row,
        status: null,
        progress: null,
        note: null,
        measure: `${m.row.measure} ${longNote(Number(m.row.measureId!.split(".")[2]))}`,
      },
    }));
    const round = {
      name: "Zwischenbericht 2024",
      cutoff: "2024-06-30",
      deadline: "2024-07-31",
      contact: "Büro der Integrations- und Ausländerbeauftragten",
    };
    const bytes = await buildTemplateWorkbook({
      plan: DEFAULT_PLAN,
      office: "Sozialamt",
      round,
      measures: long,
      today: "2024-05-01",
    });
    const pdf = toPdf(bytes, "Sozialamt");
    const all = pages(pdf);
    const sheet = pagesOf(all, "Maßnahmen");
    png(pdf, all.indexOf(sheet[0]!) + 1, "vorlage-druck.png");
    expect(sheet.length).toBeGreaterThan(1);
    for (const [i, p] of sheet.entries())
      expect([i, hasIdHeader(p), p.includes("Zwischenbericht 2024 – Sozialamt")]).toEqual([i, true, true]);
    const text = words(sheet.join(" "));
    for (let i = 1; i <= 25; i++) expect([i, text.includes(`Schlusswort${i}x`)]).toEqual([i, true]);
    // By default it prints ID, measure and the white reporting columns: headers and values of the
    // other (grey) master columns are on no page.
    const shown = new Set(text.split(" "));
    const layout = canonicalLayout(DEFAULT_PLAN);
    for (const c of layout.filter((x) => !x.master || x.key === "measure"))
      for (const w of c.label.split(" ")) expect([c.label, shown.has(w)]).toEqual([c.label, true]);
    // The label's own words ("zu", "neue" stand in the measure texts too).
    const printedWords = (label: string) => label.split(/[ -]/).filter((w) => w.length > 4 && shown.has(w));
    for (const label of ["Handlungsfeld", "Ziel", "federführend", "beteiligt", "Umsetzungszeitraum", "Beginn"])
      expect([label, printedWords(label)]).toEqual([label, []]);
    for (const label of [
      "Ende",
      "Haushaltsrelevanz",
      "neue freiwillige Leistung",
      "Indikator",
      "Bezug zu anderem Plan",
    ])
      expect([label, printedWords(label)]).toEqual([label, []]);
    for (const value of ["Wirtschaft", "Zugänge", "31.12.2025"])
      expect([value, shown.has(value)]).toEqual([value, false]);
    const guide = words(pagesOf(all, "Anleitung").join(" "));
    expect(guide).toContain("Bitte heben Sie den Blattschutz nicht auf.");
    expect(guide).toContain("Mit dem Pluszeichen über der Tabelle blenden Sie sie ein");
  });

  it("prints the Rückmeldung as a letter with its list, without the internal rule column", async () => {
    const issues: FeedbackFile["issues"] = Array.from({ length: 12 }, (_, i) => ({
      code: "cell/overdue",
      severity: "warning",
      sheet: "Tabelle1",
      cell: `H${i + 2}`,
      row: i + 2,
      column: "H",
      field: "status",
      value: "in Umsetzung",
      message: `Das geplante Ende (31.12.2023) ist überschritten, die Maßnahme ist aber noch „in Umsetzung“. Bitte nennen Sie im Sachstand den neuen voraussichtlichen Abschluss oder den Grund der Verzögerung. Befund${i + 1}x`,
    }));
    issues.push({
      code: "cell/enum",
      severity: "error",
      sheet: "Tabelle1",
      cell: "G3",
      row: 3,
      column: "G",
      field: "status",
      value: "fast fertig",
      message:
        "„fast fertig“ ist kein zulässiger Umsetzungsstand. Bitte wählen Sie aus der Liste: „nicht begonnen“, „in Planung“, „in Umsetzung“, „umgesetzt“, „Daueraufgabe“, „zurückgestellt“, „entfallen“. Befund13x",
    });
    const result: FeedbackFile = {
      file: "Sozialamt.xlsx",
      sha256: "0".repeat(64),
      status: "invalid",
      office: "Sozialamt",
      offices: ["Sozialamt"],
      sheet: "Tabelle1",
      rows: 12,
      issues,
    };
    const plan = {
      ...DEFAULT_PLAN,
      correspondence: {
        ...DEFAULT_PLAN.correspondence!,
        contact: {
          name: "Frau Anna Beispiel",
          office: "BIA",
          phone: "0351 488-1234",
          email: "integration@stadt.example",
        },
      },
    };
    const { bytes } = await buildFeedbackWorkbook({
      name: "Sozialamt.xlsx",
      result,
      table: null,
      plan,
      roundName: "Zwischenbericht 2024",
      deadline: "2024-09-15",
      contact: letterContact(plan, null),
      checkedOn: "2024-08-05",
    });
    const pdf = toPdf(bytes, "Sozialamt (Rückmeldung)");
    const all = pages(pdf);
    const text = words(all.join(" "));
    for (const s of [
      "Sehr geehrte Damen und Herren,",
      "vielen Dank für die Meldung des Sozialamts",
      "bis zum 15.09.2024",
      "Telefon 0351 488-1234",
      "Mit freundlichen Grüßen",
      "Was ist zu tun?",
    ])
      expect([s, text.includes(s)]).toEqual([s, true]);
    for (let i = 1; i <= 13; i++) expect([i, text.includes(`Befund${i}x`)]).toEqual([i, true]);
    expect(text).not.toContain("Prüfregel");
    expect(text).not.toContain("cell/overdue");
    png(pdf, 1, "rueckmeldung.png");
  });
});
