// @needs: build, chromium, poppler-utils
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { JSDOM } from "jsdom";
import { runCli, tempDir } from "../helpers/run-cli";
import { addRows, loadWorkbook, workbookBytes } from "../helpers/workbook";
import { fillTemplate } from "../xlsx/template/template-fixtures";

/*
 * A whole reporting round built by code: a master plan of 46 measures in 7 fields of action for 13
 * offices, templates from the command, 5 offices replying (one edits master columns and adds a
 * measure the plan does not have), a Sachstand on every reported measure and a Deckungsvorschlag
 * on some. Every figure is recomputed here from the generated inputs — with plain loops over the
 * test's own data, not the core's functions — and compared with the Übersicht, the JSON report,
 * the HTML report and (when chromium is there) the PDF's text.
 */

const TODAY = "2024-06-30";
const FIELDS = [
  "Arbeit und Wirtschaft",
  "Wohnen und Sozialraum",
  "Kindertagesbetreuung, Schule und Bildung",
  "Gesundheit",
  "Sport und Kultur",
  "Teilhabe und Partizipation",
  "Interkulturelle Öffnung der Verwaltung",
];
const PER_FIELD = [7, 6, 7, 6, 7, 6, 7];
const OFFICES = [
  "Sozialamt",
  "Jugendamt",
  "Gesundheitsamt",
  "Schulverwaltungsamt",
  "Amt für Wirtschaftsförderung",
  "Amt für Stadtplanung und Mobilität",
  "Amt für Kultur und Denkmalschutz",
  "Haupt- und Personalamt",
  "Bürgeramt",
  "Amt für Schulen und Bildung",
  "Eigenbetrieb Kindertageseinrichtungen",
  "Eigenbetrieb Sportstätten",
  "Eigenbetrieb IT-Dienstleistungen",
];
// Geschäftsbereich per office, the test's own copy of the plan configuration's assignment.
const AREA: Readonly<Record<string, string>> = {
  Sozialamt: "GB Arbeit, Soziales, Gesundheit und Wohnen",
  Gesundheitsamt: "GB Arbeit, Soziales, Gesundheit und Wohnen",
  Jugendamt: "GB Bildung, Jugend und Sport",
  Schulverwaltungsamt: "GB Bildung, Jugend und Sport",
  "Amt für Schulen und Bildung": "GB Bildung, Jugend und Sport",
  "Eigenbetrieb Kindertageseinrichtungen": "GB Bildung, Jugend und Sport",
  "Eigenbetrieb Sportstätten": "GB Bildung, Jugend und Sport",
  "Amt für Wirtschaftsförderung": "GB Wirtschaft",
  "Amt für Stadtplanung und Mobilität": "GB Stadtentwicklung",
  "Amt für Kultur und Denkmalschutz": "GB Kultur",
  "Haupt- und Personalamt": "GB Allgemeine Verwaltung",
  "Eigenbetrieb IT-Dienstleistungen": "GB Allgemeine Verwaltung",
  Bürgeramt: "GB Ordnung und Sicherheit",
};
const REPLYING = ["Sozialamt", "Jugendamt", "Gesundheitsamt", "Bürgeramt", "Eigenbetrieb Sportstätten"];
const EDITOR = "Jugendamt";
// The plan's scale with what each status means for counting (the test's own copy, not the core's).
const STATUSES: [
  string,
  "notStarted" | "planned" | "inProgress" | "done" | "ongoing" | "postponed" | "dropped",
  number | null,
][] = [
  ["nicht begonnen", "notStarted", 0],
  ["in Planung", "planned", 0.2],
  ["in Umsetzung", "inProgress", 0.5],
  ["umgesetzt", "done", null],
  ["Daueraufgabe", "ongoing", 0.4],
  ["zurückgestellt", "postponed", 0.3],
  ["entfallen", "dropped", 0],
  ["in Planung", "planned", null],
];
const BUDGET_JA = "ja";

interface Planned {
  id: string;
  field: string;
  office: string;
  measure: string;
  end: string;
  budget: string;
  voluntary: boolean;
}
interface Reported {
  status: string;
  category: string;
  progress: number | null;
  proposal: string | null;
}

const MASTER: Planned[] = FIELDS.flatMap((field, f) =>
  Array.from({ length: PER_FIELD[f]! }, (_, m) => {
    const i = PER_FIELD.slice(0, f).reduce((a, b) => a + b, 0) + m;
    return {
      id: `${f + 1}.${(m % 2) + 1}.${m + 1}`,
      field,
      office: OFFICES[i % OFFICES.length]!,
      measure: `Maßnahme ${f + 1}-${m + 1} des Aktionsplans`,
      end: i % 3 === 0 ? "2023-12-31" : "2025-12-31",
      budget: i % 4 === 0 ? BUDGET_JA : i % 4 === 1 ? "Ja, im Rahmen verfügbarer Haushaltsmittel." : "nein",
      voluntary: i % 7 === 3,
    };
  }),
);

/** What each replying office reports per measure: statuses cycle, proposals only on some. */
const REPORTS = new Map<string, Reported>();
let k = 0;
for (const p of MASTER.filter((m) => REPLYING.includes(m.office))) {
  const [status, category, progress] = STATUSES[k % STATUSES.length]!;
  const proposal = k % 3 === 0 ? `Umschichtung aus dem Budget für ${p.id}` : k % 3 === 1 ? "ja" : null;
  REPORTS.set(p.id, { status, category, progress: category === "done" ? 1 : progress, proposal });
  k++;
}
// The editing office rewrites its first measure's text, postpones its second one and changes the third's budget.
const edited = MASTER.filter((m) => m.office === EDITOR).slice(0, 3);
const EDITS = [
  { id: edited[0]!.id, label: "Maßnahme", value: "Ganz andere Maßnahme", master: edited[0]!.measure },
  { id: edited[1]!.id, label: "Ende", value: new Date("2026-06-30T00:00:00Z"), master: edited[1]!.end },
  {
    id: edited[2]!.id,
    label: "Haushaltsrelevanz",
    value: edited[2]!.budget === "nein" ? "ja" : "nein",
    master: edited[2]!.budget,
  },
];
const EXTRA_ID = "2.9.9";

// ---- the figures, recomputed from the inputs above ----
const needsProposal = (p: Planned) => p.budget === BUDGET_JA || p.voluntary;
const UNNAMED = new Set(["ja", "x", "liegt vor", "vorhanden"]);
interface Tally {
  total: number;
  unreported: number;
  byStatus: Map<string, number>;
  done: number;
  dropped: number;
  overdue: number;
  share: number | null;
  mean: number | null;
}
const tallyOf = (measures: Planned[]): Tally => {
  const byStatus = new Map<string, number>();
  let unreported = 0,
    done = 0,
    dropped = 0,
    overdue = 0,
    sum = 0,
    n = 0;
  for (const p of measures) {
    const r = REPORTS.get(p.id);
    if (!r) {
      unreported++;
      continue;
    }
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    if (r.category === "done") done++;
    if (r.category === "dropped") {
      dropped++;
      continue;
    }
    // The master's end date counts, not the editing office's postponement.
    if (p.end < TODAY && !["done", "ongoing"].includes(r.category)) overdue++;
    const progress = r.progress === null ? (r.category === "done" ? 1 : null) : r.progress;
    if (progress !== null) {
      sum += progress * 100;
      n++;
    }
  }
  const counted = measures.length - dropped;
  return {
    total: measures.length,
    unreported,
    byStatus,
    done,
    dropped,
    overdue,
    share: counted ? done / counted : null,
    mean: n ? sum / n : null,
  };
};
const byGroup = (key: (p: Planned) => string) => {
  const groups = new Map<string, Planned[]>();
  for (const p of MASTER) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  return groups;
};
const EXPECTED = {
  planned: MASTER.length,
  reported: REPORTS.size,
  unreported: MASTER.length - REPORTS.size,
  officesExpected: new Set(MASTER.map((m) => m.office)).size,
  officesReplied: REPLYING.length,
  masterDeviations: EDITS.length,
  coverageNeeded: MASTER.filter(needsProposal).length,
  coverageMissing:
    MASTER.filter((p) => needsProposal(p) && (REPORTS.get(p.id)?.proposal ?? null) === null).length +
    MASTER.filter((p) => needsProposal(p) && UNNAMED.has(REPORTS.get(p.id)?.proposal ?? "-")).length,
  overall: tallyOf(MASTER),
  fields: FIELDS.map((f) => [f, tallyOf(byGroup((p) => p.field).get(f)!)] as const),
  offices: [...byGroup((p) => p.office)]
    .sort(([a], [b]) => a.localeCompare(b, "de"))
    .map(([o, ms]) => [o, tallyOf(ms)] as const),
  areas: [...byGroup((p) => AREA[p.office]!)]
    .sort(([a], [b]) => a.localeCompare(b, "de"))
    .map(([a, ms]) => [a, tallyOf(ms)] as const),
};
const BJS = "GB Bildung, Jugend und Sport";
const STATUS_ORDER = [
  "nicht begonnen",
  "in Planung",
  "in Umsetzung",
  "umgesetzt",
  "Daueraufgabe",
  "zurückgestellt",
  "entfallen",
];

const masterWorkbook = () =>
  workbookBytes((wb) => {
    const ws = wb.addWorksheet("Masterplan");
    addRows(ws, [
      [
        "Maßnahmen-Nr.",
        "Handlungsfeld",
        "Ziel",
        "Maßnahme",
        "federführend",
        "Beginn",
        "Ende",
        "Haushaltsrelevanz",
        "neue freiwillige Leistung",
      ],
      ...MASTER.map((m) => [
        m.id,
        m.field,
        `Ziel ${m.id}`,
        m.measure,
        m.office,
        new Date("2022-01-01T00:00:00Z"),
        new Date(`${m.end}T00:00:00Z`),
        m.budget,
        m.voluntary ? "ja" : "nein",
      ]),
    ]);
    ws.getColumn(6).numFmt = "dd.mm.yyyy";
    ws.getColumn(7).numFmt = "dd.mm.yyyy";
  });

/** The canonical header's columns in a template's measure sheet. */
const headerColumns = (ws: ExcelJS.Worksheet): Map<string, number> => {
  for (let r = 1; r <= 10; r++) {
    const values = (ws.getRow(r).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
    if (values.includes("Maßnahmen-Nr."))
      return new Map(values.map((v, i) => [v, i] as const).filter(([v]) => v !== ""));
  }
  throw new Error("no header");
};

const nbsp = (s: string) => s.replace(/\u00a0/g, " ");
const pct = (v: number | null) => (v === null ? "–" : `${Math.round(v * 100)} %`);

describe("a reporting round against the master plan: every figure recomputed", () => {
  const dir = tempDir("master-round");
  const masterPath = join(dir, "Masterplan.xlsx");
  const templates = join(dir, "vorlagen");
  const inbox = join(dir, "eingang");
  const out = join(dir, "Umsetzungsstand.xlsx");
  const json = join(dir, "Pruefbericht.json");
  const html = join(dir, "Bericht.html");
  const pdf = join(dir, "Bericht.pdf");
  // Never skipped: npm test checks that chromium and poppler are there before any test runs.
  const withPdf = true;
  let report: {
    totals: Record<string, number | null>;
    coverage: {
      id: string;
      office: string | null;
      needsProposal: boolean;
      hasProposal: boolean;
      state: string | null;
    }[];
    deviations: {
      id: string;
      column: string;
      master: string;
      office: string;
      file: string;
      sheet: string;
      cell: string | null;
    }[];
    inputs: { file: string; issues: { code: string; cell: string | null }[] }[];
  };
  let wb: ExcelJS.Workbook;
  let doc: Document;
  let pdfText = "";

  beforeAll(async () => {
    writeFileSync(masterPath, await masterWorkbook());
    const t = runCli([
      "template",
      "--master",
      masterPath,
      "--out-dir",
      templates,
      "--period",
      "Zwischenbericht 2024",
      "--today",
      "2024-05-01",
    ]);
    expect(t.code).toBe(0);
    mkdirSync(inbox);
    const files = readdirSync(templates);
    for (const office of REPLYING) {
      const file = files.find(
        (f) => f.normalize("NFC") === `${office}.xlsx` || f === `${office.replace("ü", "ue")}.xlsx`,
      );
      if (!file) throw new Error(`no template for ${office} among ${files.join(", ")}`);
      const bytes = await fillTemplate(new Uint8Array(readFileSync(join(templates, file))), (ws, rowOf) => {
        const col = headerColumns(ws);
        const set = (row: number, label: string, v: unknown) =>
          (ws.getCell(row, col.get(label)!).value = v as ExcelJS.CellValue);
        for (const m of MASTER.filter((x) => x.office === office)) {
          const r = REPORTS.get(m.id)!;
          const row = rowOf(m.id);
          set(row, "Umsetzungsstand", r.status);
          if (r.progress !== null) set(row, "Fortschritt", r.progress);
          set(row, "Sachstand", `Sachstand zu ${m.id}: es geht voran.`);
          if (r.proposal !== null) set(row, "Deckungsvorschlag", r.proposal);
          set(row, "Stand", new Date("2024-06-28T00:00:00Z"));
        }
        if (office === EDITOR) for (const e of EDITS) set(rowOf(e.id), e.label, e.value);
        if (office === "Sozialamt") {
          // A measure the master plan does not have: listed, never counted.
          const row = ws.rowCount + 1;
          for (const [label, v] of [
            ["Maßnahmen-Nr.", EXTRA_ID],
            ["Handlungsfeld", FIELDS[1]],
            ["Maßnahme", "Eigene Zusatzmaßnahme"],
            ["federführend", "Sozialamt"],
            ["Haushaltsrelevanz", "nein"],
            ["Umsetzungsstand", "umgesetzt"],
            ["Fortschritt", 1],
            ["Sachstand", "erledigt"],
          ] as const)
            set(row, label, v);
        }
      });
      writeFileSync(join(inbox, `${office}.xlsx`), bytes);
    }
    const m = runCli(["merge", inbox, "--master", masterPath, "--out", out, "--report-json", json, "--today", TODAY]);
    expect(m.stderr).toContain("Konsolidierter Umsetzungsstand");
    report = JSON.parse(readFileSync(json, "utf8")) as typeof report;
    wb = await loadWorkbook(new Uint8Array(readFileSync(out)));
    const r = runCli(["report", out, "--out", html, ...(withPdf ? ["--pdf", pdf] : [])]);
    expect(r.code).toBe(0);
    doc = new JSDOM(readFileSync(html, "utf8")).window.document;
    if (withPdf) pdfText = nbsp(spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout);
    // The same inbox without the master plan, for what the outputs say then.
    expect(
      runCli([
        "merge",
        inbox,
        "--out",
        join(dir, "ohne-master.xlsx"),
        "--report-json",
        join(dir, "ohne-master.json"),
        "--today",
        TODAY,
      ]).stderr,
    ).toContain("Konsolidierter");
    expect(runCli(["report", join(dir, "ohne-master.xlsx"), "--out", join(dir, "ohne-master.html")]).code).toBe(0);
    // One department's report, named without its "GB" prefix.
    expect(
      runCli(["report", out, "--out", join(dir, "bjs.html"), "--geschaeftsbereich", "bildung, jugend und sport"]).code,
    ).toBe(0);
    expect(runCli(["report", out, "--out", join(dir, "x.html"), "--geschaeftsbereich", "Raumfahrt"]).stderr).toContain(
      "„Raumfahrt“ ist im Plan nicht bekannt",
    );
  }, 240_000);

  it("without --master, the Übersicht, the JSON and the report say the figures cover reported measures only", async () => {
    const plain = JSON.parse(readFileSync(join(dir, "ohne-master.json"), "utf8")) as typeof report;
    const reportedIds = REPORTS.size + 1;
    expect(plain.totals).toMatchObject({
      planned: null,
      reported: reportedIds,
      unreported: 0,
      officesExpected: null,
      officesReplied: REPLYING.length,
      masterDeviations: 0,
    });
    const ws = (await loadWorkbook(new Uint8Array(readFileSync(join(dir, "ohne-master.xlsx"))))).getWorksheet(
      "Übersicht",
    )!;
    let scope: unknown = null;
    for (let r = 1; r <= 40; r++) if (ws.getCell(r, 1).value === "Grundlage der Zahlen") scope = ws.getCell(r, 2).value;
    expect(scope).toBe("nur gemeldete Maßnahmen (ohne Masterplan zusammengeführt)");
    const page = new JSDOM(readFileSync(join(dir, "ohne-master.html"), "utf8")).window.document;
    const dt = [...page.querySelectorAll("dl.figures dt")].find((d) => d.textContent === "Grundlage der Zahlen")!;
    expect(dt.nextElementSibling?.textContent).toBe("nur gemeldete Maßnahmen (ohne Masterplan zusammengeführt)");
    expect(page.body.textContent).toContain("Alle Zahlen beziehen sich nur auf die gemeldeten Maßnahmen");
  });

  it("builds a round as the issue asks: ≥ 40 measures in 7 fields, a minority of offices replying", () => {
    expect(MASTER.length).toBeGreaterThanOrEqual(40);
    expect(new Set(MASTER.map((m) => m.field)).size).toBe(7);
    expect(EXPECTED.officesReplied * 2).toBeLessThan(EXPECTED.officesExpected);
    // Proposals on only some of the measures that need one, a bare "ja" among them.
    expect(EXPECTED.coverageMissing).toBeGreaterThan(0);
    expect(EXPECTED.coverageMissing).toBeLessThan(EXPECTED.coverageNeeded);
  });

  it("JSON report: totals, coverage and deviations", () => {
    const {
      planned,
      reported,
      unreported,
      officesExpected,
      officesReplied,
      masterDeviations,
      coverageNeeded,
      coverageMissing,
    } = EXPECTED;
    expect(report.totals).toMatchObject({
      planned,
      reported,
      unreported,
      officesExpected,
      officesReplied,
      masterDeviations,
      coverageNeeded,
      coverageMissing,
    });
    expect(report.coverage.map((c) => c.id)).toEqual(
      MASTER.filter(needsProposal)
        .map((p) => p.id)
        .sort(byNaturalId),
    );
    expect(report.coverage.every((c) => c.needsProposal)).toBe(true);
    expect(report.deviations.map((d) => [d.id, d.column, d.master, d.office])).toEqual(
      // Dates as the clerk reads them (TT.MM.JJJJ), in the master's and in the office's value.
      EDITS.map((e) => [
        e.id,
        e.label,
        e.label === "Ende" ? `${e.master.slice(8, 10)}.${e.master.slice(5, 7)}.${e.master.slice(0, 4)}` : e.master,
        e.value instanceof Date ? "30.06.2026" : e.value,
      ]),
    );
    expect(report.deviations.every((d) => d.file.endsWith(`${EDITOR}.xlsx`) && d.cell !== null)).toBe(true);
    const editor = report.inputs.find((i) => i.file.endsWith(`${EDITOR}.xlsx`))!;
    expect(editor.issues.filter((i) => i.code === "cell/master-deviation").map((i) => i.cell)).toEqual(
      report.deviations.map((d) => d.cell),
    );
  });

  const overviewTable = (label: string): Map<string, Map<string, unknown>> => {
    const ws = wb.getWorksheet("Übersicht")!;
    let start = 0;
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) start = r;
    const header = Array.from(ws.getRow(start).values as unknown[], (v) => String(v ?? ""));
    const out = new Map<string, Map<string, unknown>>();
    for (let r = start + 1; ws.getCell(r, 1).value !== null; r++) {
      const values = Array.from(ws.getRow(r).values as unknown[]);
      out.set(String(values[1]), new Map(header.map((h, i) => [h, values[i] ?? null] as const)));
      if (values[1] === "Gesamt") break;
    }
    return out;
  };
  const expectTallyRow = (row: Map<string, unknown> | undefined, t: Tally) => {
    expect(row).toBeDefined();
    const got = Object.fromEntries(
      ["gesamt", "keine Meldung", "überfällig", ...STATUS_ORDER].map((h) => [h, row!.get(h)]),
    );
    const want = Object.fromEntries([
      ["gesamt", t.total],
      ["keine Meldung", t.unreported],
      ["überfällig", t.overdue],
      ...STATUS_ORDER.map((s) => [s, t.byStatus.get(s) ?? 0]),
    ]);
    expect(got).toEqual(want);
    // The cells hold whole percents, as their "0%" format shows them (issue 16).
    expect(row!.get("Anteil umgesetzt")).toBeCloseTo(Math.round((t.share ?? NaN) * 100) / 100, 4);
    if (t.mean === null) expect(row!.get("Ø Fortschritt")).toBeNull();
    else expect(row!.get("Ø Fortschritt") as number).toBeCloseTo(Math.round(t.mean) / 100, 4);
  };

  it("Übersicht: per field of action, per lead office and overall, over the master's measures", () => {
    const fields = overviewTable("Handlungsfeld");
    expect([...fields.keys()]).toEqual([...FIELDS, "Gesamt"]);
    for (const [f, t] of EXPECTED.fields) expectTallyRow(fields.get(f), t);
    expectTallyRow(fields.get("Gesamt"), EXPECTED.overall);
    const offices = overviewTable("federführendes Amt");
    expect([...offices.keys()]).toEqual([...EXPECTED.offices.map(([o]) => o), "Gesamt"]);
    for (const [o, t] of EXPECTED.offices) expectTallyRow(offices.get(o), t);
    const areas = overviewTable("Geschäftsbereich");
    expect([...areas.keys()]).toEqual([...EXPECTED.areas.map(([a]) => a), "Gesamt"]);
    for (const [a, t] of EXPECTED.areas) expectTallyRow(areas.get(a), t);
  });

  it("Übersicht: reply rate, deviations and Deckungsvorschläge as facts", () => {
    const ws = wb.getWorksheet("Übersicht")!;
    const facts = new Map<string, unknown>();
    for (let r = 1; r <= 40; r++)
      if (typeof ws.getCell(r, 1).value === "string" && !facts.has(ws.getCell(r, 1).value as string))
        facts.set(ws.getCell(r, 1).value as string, ws.getCell(r, 2).value);
    expect(
      [...facts]
        .filter(([k]) =>
          /Masterplan \(geplant\)|davon gemeldet|^keine Meldung$|^Ämter|Abweichungen|Deckungsvorschlag/.test(k),
        )
        .map(([, v]) => v),
    ).toEqual([
      EXPECTED.planned,
      EXPECTED.reported,
      EXPECTED.unreported,
      EXPECTED.officesExpected,
      EXPECTED.officesReplied,
      EXPECTED.masterDeviations,
      EXPECTED.coverageNeeded,
      EXPECTED.coverageMissing,
    ]);
    expect(facts.get("Rücklauf Ämter (mit Rückmeldung ÷ erwartet)")).toBeCloseTo(
      EXPECTED.officesReplied / EXPECTED.officesExpected,
      4,
    );
    expect(facts.get("Rücklauf Maßnahmen (gemeldet ÷ geplant)")).toBeCloseTo(EXPECTED.reported / EXPECTED.planned, 4);
  });

  it("Maßnahmen keeps the master's values where the office changed them, and lists every planned measure", () => {
    const ws = wb.getWorksheet("Maßnahmen")!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = (h: string) => header.indexOf(h);
    const rows = new Map<string, unknown[]>();
    for (let r = 2; r <= ws.rowCount; r++)
      rows.set(String(ws.getCell(r, 1).value), Array.from(ws.getRow(r).values as unknown[]));
    expect(rows.get(edited[0]!.id)![col("Maßnahme")]).toBe(edited[0]!.measure);
    expect(rows.get(edited[1]!.id)![col("Ende")]).toEqual(new Date(`${edited[1]!.end}T00:00:00Z`));
    expect(rows.get(edited[2]!.id)![col("Haushaltsrelevanz")]).toBe(edited[2]!.budget);
    const unreported = MASTER.filter((m) => !REPORTS.has(m.id));
    expect(unreported.map((m) => [rows.get(m.id)![col("Umsetzungsstand")], rows.get(m.id)![col("Meldung")]])).toEqual(
      unreported.map(() => ["keine Meldung", "keine Meldung"]),
    );
    expect(rows.get(EXTRA_ID)![col("Meldung")]).toBe("nicht im Masterplan");
    expect(MASTER.map((m) => rows.get(m.id)![col("Geschäftsbereich")])).toEqual(MASTER.map((m) => AREA[m.office]));
    const deviations = wb.getWorksheet("Abweichungen vom Masterplan")!;
    expect(deviations.rowCount).toBe(1 + EDITS.length);
    expect(deviations.getRow(3).values).toEqual(expect.arrayContaining(["vorgeschlagene Terminverschiebung"]));
  });

  const htmlTally = (): Map<string, Map<string, string>> => {
    const table = [...doc.querySelectorAll("table")].find(
      (t) => t.querySelector("caption")?.textContent === "Maßnahmen nach Umsetzungsstand und Handlungsfeld",
    )!;
    const header = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
    return new Map(
      [...table.querySelectorAll("tbody tr")].map((tr) => {
        const cells = [...tr.children].map((c) => nbsp(c.textContent ?? ""));
        return [cells[0]!, new Map(header.map((h, i) => [h, cells[i]!] as const))] as const;
      }),
    );
  };
  const expectHtmlRow = (row: Map<string, string> | undefined, t: Tally) => {
    expect(row).toBeDefined();
    const got = Object.fromEntries(
      ["gesamt", "keine Meldung", "überfällig", "Anteil umgesetzt", "Ø Fortschritt", ...STATUS_ORDER].map((h) => [
        h,
        row!.get(h),
      ]),
    );
    const want = Object.fromEntries([
      ["gesamt", String(t.total)],
      ["keine Meldung", String(t.unreported)],
      ["überfällig", String(t.overdue)],
      ["Anteil umgesetzt", pct(t.share)],
      ["Ø Fortschritt", t.mean === null ? "–" : `${Math.round(t.mean)} %`],
      ...STATUS_ORDER.map((s) => [s, String(t.byStatus.get(s) ?? 0)]),
    ]);
    expect(got).toEqual(want);
  };

  it("HTML report: the table, the key figures and the chart agree", () => {
    const tally = htmlTally();
    expect([...tally.keys()]).toEqual([...FIELDS, "Gesamt"]);
    for (const [f, t] of EXPECTED.fields) expectHtmlRow(tally.get(f), t);
    expectHtmlRow(tally.get("Gesamt"), EXPECTED.overall);
    const figures = new Map(
      [...doc.querySelectorAll("dl.figures dt")].map((dt) => [
        dt.textContent ?? "",
        nbsp(dt.nextElementSibling?.textContent ?? ""),
      ]),
    );
    const e = EXPECTED;
    expect(figures.get("Rücklauf Ämter")).toBe(
      `${e.officesReplied} von ${e.officesExpected} (${pct(e.officesReplied / e.officesExpected)})`,
    );
    expect(figures.get("Rücklauf Maßnahmen")).toBe(
      `${e.reported} von ${e.planned} gemeldet (${pct(e.reported / e.planned)})`,
    );
    expect(figures.get("Maßnahmen")).toBe(String(e.planned));
    expect(figures.get("keine Meldung")).toBe(String(e.unreported));
    expect(figures.get("überfällig")).toBe(String(e.overall.overdue));
    expect(figures.get("Deckungsvorschlag nötig")).toBe(
      `${e.coverageNeeded}, davon ohne Vorschlag ${e.coverageMissing}`,
    );
    expect(figures.get("Abweichungen vom Masterplan")).toBe(String(e.masterDeviations));
    expect(figures.get("gemeldet, aber nicht im Masterplan (nicht gezählt)")).toBe("1");
    // The chart's segment labels are counts: per field bar and the Gesamt bar, all planned measures, twice.
    const texts = [...doc.querySelectorAll("figure svg text")].map((t) => t.textContent ?? "");
    expect(texts).toContain("keine Meldung");
    expect(
      texts
        .filter((t) => /^\d+$/.test(t))
        .map(Number)
        .reduce((a, b) => a + b, 0),
    ).toBe(2 * e.planned);
    // The unreported measures are listed by ID, the one outside the master too.
    const listed = [...doc.querySelectorAll("table")].find((t) =>
      t.querySelector("caption")?.textContent?.startsWith("Maßnahmen ohne Meldung"),
    )!;
    expect([...listed.querySelectorAll("tbody tr")].map((tr) => tr.children[0]!.textContent)).toEqual(
      MASTER.filter((m) => !REPORTS.has(m.id))
        .map((m) => m.id)
        .sort(byNaturalId),
    );
    expect(doc.body.textContent).toContain(EXTRA_ID);
  });

  it("report --geschaeftsbereich: the same figures over that department's measures only", () => {
    const page = new JSDOM(readFileSync(join(dir, "bjs.html"), "utf8")).window.document;
    expect(page.querySelector("h1")?.textContent).toBe(
      `Umsetzungsstand Aktionsplan Integration 2022 bis 2026 – ${BJS}`,
    );
    const mine = MASTER.filter((m) => AREA[m.office] === BJS);
    const t = tallyOf(mine);
    const table = [...page.querySelectorAll("table")].find(
      (x) => x.querySelector("caption")?.textContent === "Maßnahmen nach Umsetzungsstand und Handlungsfeld",
    )!;
    const header = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
    const gesamt = [...table.querySelectorAll("tbody tr")]
      .map((tr) => [...tr.children].map((c) => nbsp(c.textContent ?? "")))
      .find((r) => r[0] === "Gesamt")!;
    const cell = (h: string) => gesamt[header.indexOf(h)];
    expect([cell("gesamt"), cell("keine Meldung"), cell("überfällig"), cell("Anteil umgesetzt")]).toEqual([
      String(t.total),
      String(t.unreported),
      String(t.overdue),
      pct(t.share),
    ]);
    const figures = new Map(
      [...page.querySelectorAll("dl.figures dt")].map((dt) => [
        dt.textContent ?? "",
        nbsp(dt.nextElementSibling?.textContent ?? ""),
      ]),
    );
    const offices = new Set(mine.map((m) => m.office));
    const replied = [...offices].filter((o) => REPLYING.includes(o)).length;
    expect(figures.get("Rücklauf Ämter")).toBe(`${replied} von ${offices.size} (${pct(replied / offices.size)})`);
    expect(figures.get("Abweichungen vom Masterplan")).toBe(String(EDITS.length)); // the Jugendamt is in this department
    const ids = [...page.querySelectorAll("main section section table tbody tr")].map(
      (tr) => tr.children[0]!.textContent,
    );
    expect(ids.sort()).toEqual(mine.map((m) => m.id).sort());
  });

  it("PDF text: the same key figures and the Gesamt row", () => {
    const e = EXPECTED;
    expect(pdfText).toContain(
      `${e.officesReplied} von ${e.officesExpected} (${pct(e.officesReplied / e.officesExpected)})`,
    );
    expect(pdfText).toContain(`${e.coverageNeeded}, davon ohne Vorschlag ${e.coverageMissing}`);
    const t = e.overall;
    // The table's row (the chart's axis has a "Gesamt" line too, with fewer numbers).
    const gesamt = pdfText.split("\n").find((l) => /^\s*Gesamt(\s+\d+\s*%?){10,}/.test(l))!;
    expect(
      gesamt
        .trim()
        .replace(/%/g, "")
        .split(/\s+/)
        .filter((x) => x !== ""),
    ).toEqual([
      "Gesamt",
      ...STATUS_ORDER.map((s) => String(t.byStatus.get(s) ?? 0)),
      String(t.unreported),
      "0",
      String(t.total),
      String(Math.round((t.share ?? 0) * 100)),
      String(Math.round(t.mean ?? 0)),
      String(t.overdue),
    ]);
  });
});

function byNaturalId(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}
