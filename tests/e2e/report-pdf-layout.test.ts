// @needs: build, chromium, poppler-utils
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { consolidate, DEFAULT_PLAN, type MeasureRecord } from "../../src/core";
import { writeConsolidatedWorkbook } from "../../src/xlsx/consolidated/write-consolidated";
import { type PdfPage, pageText, pdfWords } from "../helpers/pdf-words";
import { input, masterMeasure, record } from "../helpers/records";
import { runCli, tempDir } from "../helpers/run-cli";

jest.setTimeout(240_000);

// Issue 16: the printed report fits A4. Read back with poppler, not with the browser that printed it.

const MM = 72 / 25.4;
/** The report's @page margin left and right (15 mm), and what a glyph's box may stick out beyond it. */
const SIDE = 15 * MM;
const SLACK = 2;

const FIELDS = [
  "Arbeit und Wirtschaft",
  "Kindertagesbetreuung, Schule und Bildung",
  "Interkulturelle Öffnung der Verwaltung",
];
/** Long office names: unbreakable words a narrow column cannot wrap. */
const OFFICES = [
  "Eigenbetrieb Kindertageseinrichtungen",
  "Büro der Integrations- und Ausländerbeauftragten",
  "Eigenbetrieb Heinrich-Schütz-Konservatorium",
  "Amt für Wirtschaftsförderung",
];
const N = 36;

/** Each row's first and last word are markers found nowhere else: a split row puts them on two pages. */
const title = (k: number) =>
  `Anfang${k}x Auszug aus Gemeinschaftsunterkünften begleiten, Existenzgründerservice mehrsprachig beraten, Baustein ${k} Schluss${k}x`;
const note = (k: number) =>
  `Beginn${k}x Die Angebote wurden im Berichtszeitraum ausgebaut; die Nachfrage übersteigt weiterhin die Kapazitäten, weshalb zusätzliche Sprechzeiten mit Sprachmittlung eingerichtet wurden${k % 3 === 0 ? " und weitere Träger gewonnen werden sollen, sobald die Finanzierung gesichert ist" : ""}. Ende${k}x`;
const proposal = (k: number) =>
  `Deckung${k}a Umschichtung innerhalb des Budgets der Produktgruppe, Vorlage im Ausschuss für Soziales und Wohnen Deckung${k}z`;

const records = (): MeasureRecord[] =>
  Array.from({ length: N }, (_, i) => {
    const k = i + 1;
    const field = FIELDS[i % FIELDS.length]!;
    return record(
      {
        measureId: `${(i % FIELDS.length) + 1}.1.${Math.floor(i / FIELDS.length) + 1}`,
        field,
        measure: title(k),
        leadOffice: OFFICES[i % OFFICES.length]!,
        budget: k % 2 === 0 ? "ja" : "nein",
        coverageProposal: k % 4 === 0 ? proposal(k) : null,
        status: k % 5 === 0 ? "umgesetzt" : "in Umsetzung",
        progress: (k * 7) % 100,
        end: k % 3 === 0 ? "2023-12-31" : "2026-12-31",
        note: note(k),
      },
      i + 2,
    );
  });

/** Pages (1-based, sorted) on which a word occurs, once per occurrence. */
const pagesOf = (pages: readonly PdfPage[], word: string): number[] =>
  pages.flatMap((p, i) => p.words.filter((w) => w.text === word).map(() => i + 1));

describe("report --pdf fits A4 (pdftotext -bbox)", () => {
  const dir = tempDir("report-layout");
  const pdf = join(dir, "Bericht.pdf");
  let pages: PdfPage[] = [];
  let doc: Document;

  beforeAll(async () => {
    const recs = records();
    const master = [
      ...recs.map((r) => masterMeasure({ ...r.row, measureId: r.row.measureId! })),
      ...[1, 2, 3].map((g) =>
        masterMeasure({ measureId: `${g}.9.1`, field: FIELDS[g - 1]!, measure: title(N + g), leadOffice: OFFICES[0]! }),
      ),
    ];
    const previous = recs.slice(0, 20).map((r) => ({
      measureId: r.row.measureId!,
      status: "in Planung",
      progress: 10,
      note: "alt",
      measure: r.row.measure,
    }));
    const c = consolidate([input(join(dir, "eingang", "Runde.xlsx"), null, recs)], {
      plan: DEFAULT_PLAN,
      today: "2024-08-05",
      master,
      previous,
      round: { name: "Zwischenbericht 2024", cutoff: "2024-06-30" },
    });
    const xlsx = join(dir, "Umsetzungsstand.xlsx");
    writeFileSync(xlsx, await writeConsolidatedWorkbook(c, DEFAULT_PLAN));
    const r = runCli(["report", xlsx, "--out", join(dir, "Bericht.html"), "--pdf", pdf]);
    expect(r.stderr).not.toContain("Fehler:");
    expect(r.code).toBe(0);
    pages = pdfWords(pdf);
    doc = new JSDOM(readFileSync(join(dir, "Bericht.html"), "utf8")).window.document;
  });

  it("keeps every word of every page inside the page's printable width and inside the page box", () => {
    expect(pages.length).toBeGreaterThan(5);
    const outside = pages.flatMap((p, i) =>
      p.words
        .filter((w) => w.xMin < SIDE - SLACK || w.xMax > p.width - SIDE + SLACK || w.yMin < 0 || w.yMax > p.height)
        .map((w) => [i + 1, w.text, Math.round(w.xMin), Math.round(w.xMax)]),
    );
    expect(outside).toEqual([]);
  });

  it("prints every table header and cell word whole: nothing is cut at the page edge", () => {
    const printed = new Set(pages.flatMap((p) => p.words.map((w) => w.text)));
    // A word wrapped at its hyphen, or a number set close to its "%", is two PDF words or part of one.
    const joined = pages.flatMap((p) => p.words.map((w) => w.text.replace(/\u2010$/, ""))).join("");
    // The HTML carries soft hyphens in long words (break points for narrow columns).
    const cells = [...doc.querySelectorAll("table th, table td")].map((c) =>
      (c.textContent ?? "").replace(/\u00ad/g, ""),
    );
    expect(cells.length).toBeGreaterThan(300);
    const missing = [...new Set(cells.flatMap((c) => c.split(/\s+/).filter(Boolean)))].filter(
      (w) => !printed.has(w) && !joined.includes(w),
    );
    expect(missing).toEqual([]);
  });

  it("never splits a table row across two pages", () => {
    // Measures N + 1 … N + 3 are in the master plan only: a title, no Sachstand.
    const split = Array.from({ length: N + 3 }, (_, i) => i + 1).flatMap((k) =>
      [
        [`Anfang${k}x`, `Schluss${k}x`],
        [`Beginn${k}x`, `Ende${k}x`],
        [`Deckung${k}a`, `Deckung${k}z`],
      ]
        .map(([a, b]) => [a!, pagesOf(pages, a!), pagesOf(pages, b!)] as const)
        .filter(([, first, last]) => first.join() !== last.join()),
    );
    expect(split).toEqual([]);
    // Every marker is printed: the rows are there at all (each title in the field list at least).
    for (let k = 1; k <= N + 3; k++) expect([k, pagesOf(pages, `Anfang${k}x`).length > 0]).toEqual([k, true]);
  });

  it("keeps a table's caption and first row together, and its last row never alone on a page", () => {
    const tables = [...doc.querySelectorAll("table")].filter((t) => /Anfang\d+x/.test(t.textContent ?? ""));
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const t of tables) {
      const caption = t.querySelector("caption")!.textContent!;
      // The caption followed by the first header: a section heading may have the same words.
      const start = `${caption} ${t.querySelector("th")!.textContent!.replace(/\u00ad/g, "")}`;
      const markers = [...t.querySelectorAll("tbody tr")].flatMap(
        (tr) => /Anfang\d+x/.exec(tr.textContent ?? "") ?? [],
      );
      // The page of a row: where its marker first stands after the caption (markers recur in other tables).
      const words = pages.flatMap((p, i) => p.words.map((w) => ({ page: i + 1, text: w.text })));
      const phrase = start.split(" ");
      const at = words.findIndex((_, j) => phrase.every((x, k) => words[j + k]?.text === x));
      expect([caption, at >= 0]).toEqual([caption, true]);
      const captionPage = words[at]!.page;
      const pageOf = (m: string) => words.find((w, j) => j > at && w.text === m)?.page;
      expect([caption, pageOf(markers[0]!)]).toEqual([caption, captionPage]);
      if (markers.length > 1)
        expect([caption, pageOf(markers[markers.length - 1]!)]).toEqual([
          caption,
          pageOf(markers[markers.length - 2]!),
        ]);
    }
  });

  it("prints the summary table by field of action on one page, its Gesamt row with the fields", () => {
    const caption = "Maßnahmen nach Umsetzungsstand und Handlungsfeld";
    const page = pages.find((p) => pageText(p).includes(caption));
    expect(page).toBeDefined();
    const text = pageText(page!);
    const after = text.slice(text.indexOf(caption));
    for (const f of FIELDS) expect([f, after.includes(f)]).toEqual([f, true]);
    expect(after).toMatch(/Gesamt(\s+\S+){3}/);
  });
});
