// @needs: build, libreoffice-writer-nogui, poppler-utils
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { tempDir } from "../helpers/run-cli";
import { soffice } from "../helpers/soffice";

const ROOT = join(__dirname, "..", "..");

// LibreOffice Writer (Debian's libreoffice-writer-nogui) reads the .docx: a reader that is not the docx library.

describe("report --docx: a Word version to edit", () => {
  const dir = tempDir("report-docx");
  const docx = join(dir, "out", "Bericht.docx");
  let text = "";
  let xml = "";
  let report: { totals: { measures: number; planned: number | null; files: number } };

  beforeAll(() => {
    // The demo writes the example round, merges it and writes the report as HTML and Word.
    const demo = spawnSync(process.execPath, [join(ROOT, "lib", "examples", "write-demo.js"), dir], {
      encoding: "utf8",
    });
    expect(demo.status).toBe(0);
    report = JSON.parse(readFileSync(join(dir, "out", "Pruefbericht.json"), "utf8"));
    const conv = join(dir, "conv");
    mkdirSync(conv);
    soffice(docx, "txt:Text (encoded):UTF8", conv);
    text = readFileSync(join(conv, "Bericht.txt"), "utf8");
    xml = strFromU8(unzipSync(readFileSync(docx))["word/document.xml"]!);
  }, 240_000);

  it("reads back with the figures of the merge's JSON report and every section heading", () => {
    const html = readFileSync(join(dir, "out", "Bericht.html"), "utf8");
    const total = /<dt>Maßnahmen<\/dt><dd>(\d+)<\/dd>/.exec(html)?.[1];
    // Merged with the master plan: every planned measure counts, reported or not.
    const planned = report.totals.planned ?? report.totals.measures;
    expect(Number(total)).toBe(planned);
    expect(text).toMatch(new RegExp(`Maßnahmen\\s+${planned}\\b`));
    for (const h of [
      "Vorwort",
      "Auf einen Blick",
      "Umsetzungsstand nach Handlungsfeld",
      "Maßnahmen nach Handlungsfeld",
      "Überfällige Maßnahmen",
      "Deckungsvorschläge",
      "Methodik und Datenlage",
    ])
      expect(text).toContain(h);
    // Every measure table of the HTML is in the Word version too, with the same captions.
    const captions = [...html.matchAll(/<caption>([^<]+)<\/caption>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
    expect(captions.length).toBeGreaterThan(5);
    for (const c of captions) expect(text).toContain(c);
  });

  it("uses real Word headings, repeated table headers, unsplit rows and a table of contents", () => {
    const headings1 = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>/g)].length;
    // The HTML's sections, and the foreword that only the Word version has.
    const sections = [...readFileSync(join(dir, "out", "Bericht.html"), "utf8").matchAll(/<h2>/g)].length;
    expect(sections).toBeGreaterThanOrEqual(8);
    expect(headings1).toBe(sections + 1);
    expect([...xml.matchAll(/<w:pStyle w:val="Heading2"\/>/g)].length).toBeGreaterThanOrEqual(7);
    const tables = [...xml.matchAll(/<w:tbl>/g)].length;
    // Every data table (all but the key-figures table) repeats its header row on each page.
    expect([...xml.matchAll(/<w:tblHeader\/>/g)].length).toBe(tables - 1);
    expect(xml).toContain("<w:cantSplit/>");
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;/);
  });

  it("holds the chart as an image with alternative text, and marks the coordinator's places", () => {
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Gestapelte Balken je Handlungsfeld[^"]*"/);
    for (const p of [
      "Vorlagen-Nr. des Stadtrats: [bitte eintragen]",
      "Vorwort der Koordinierungsstelle: [bitte ergänzen]",
      "Einschätzung der Koordinierungsstelle zum Handlungsfeld",
    ])
      expect(text).toContain(p);
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
  });

  it("prints on A4 with page numbers when LibreOffice makes a PDF of it", () => {
    const conv = join(dir, "pdf");
    mkdirSync(conv);
    soffice(docx, "pdf", conv);
    const info = spawnSync("/usr/bin/pdfinfo", [join(conv, "Bericht.pdf")], { encoding: "utf8" }).stdout;
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    const pdfText = spawnSync("/usr/bin/pdftotext", ["-layout", join(conv, "Bericht.pdf"), "-"], {
      encoding: "utf8",
    }).stdout;
    expect(pdfText).toContain(`Seite 1 von ${pages}`);
    expect(pdfText).toContain(`Seite ${pages} von ${pages}`);
  }, 240_000);
});
