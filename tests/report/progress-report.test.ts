import { JSDOM } from "jsdom";
import { buildProgressReport, DEFAULT_PLAN, emptyMeasureRow, type MeasureRow, type ReportInput } from "../../src/core";
import { escapeHtml, renderReportHtml, statusSegments } from "../../src/report";

const row = (id: string, field: string, over: Partial<MeasureRow> = {}): MeasureRow => ({
  ...emptyMeasureRow(),
  measureId: id,
  field,
  measure: `Maßnahme ${id}`,
  leadOffice: "Sozialamt",
  ...over,
});
const A = "Arbeit und Wirtschaft";
const W = "Wohnen und Sozialraum";

const input = (rows: MeasureRow[], changes: ReportInput["changes"] = null): ReportInput => ({
  plan: DEFAULT_PLAN,
  rows,
  changes,
  facts: {
    runDate: "2024-06-30",
    source: "Umsetzungsstand.xlsx",
    files: 3,
    unreadable: 1,
    rowsRead: 7,
    errors: 2,
    warnings: 1,
  },
});

// Hand-computed: A has 1 done, 1 in progress overdue (end 2023-12-31), 1 dropped; W has 1 ongoing, 1 without status.
const ROWS = [
  row("2.1.1", W, { status: "Daueraufgabe", progress: 40 }),
  row("1.1.2", A, { status: "in Umsetzung", progress: 50, end: "2023-12-31", budget: "ja" }),
  row("1.1.1", A, { status: "umgesetzt" }),
  row("1.1.3", A, { status: "entfallen", progress: 10 }),
  row("2.1.2", W, { newVoluntaryService: true, coverageProposal: "Umschichtung im Budget" }),
];

describe("buildProgressReport", () => {
  const r = buildProgressReport(input(ROWS));

  it("counts like the Übersicht: dropped measures leave the share, done without a value counts 100 %", () => {
    expect(r.overall).toMatchObject({
      total: 5,
      done: 1,
      ongoing: 1,
      dropped: 1,
      noStatus: 1,
      overdue: 1,
      shareDone: 0.25,
    });
    // (40 + 50 + 100) / 3: the dropped measure's 10 % and the one without progress do not count.
    expect(r.overall.meanProgress).toBeCloseTo(63.3333, 3);
    expect(r.fields.map((f) => [f.field, f.tally.total, f.measures.map((m) => m.id)])).toEqual([
      [A, 3, ["1.1.1", "1.1.2", "1.1.3"]],
      [W, 2, ["2.1.1", "2.1.2"]],
    ]);
  });

  it("lists overdue measures and those needing a Deckungsvorschlag, with whether one exists", () => {
    expect(r.overdue.map((m) => m.id)).toEqual(["1.1.2"]);
    expect(r.coverage.map((m) => [m.id, m.hasProposal])).toEqual([
      ["1.1.2", false],
      ["2.1.2", true],
    ]);
  });

  it("summarises changes, or says there is no comparison", () => {
    expect(r.changes).toBeNull();
    const c = buildProgressReport(
      input(ROWS, [
        {
          measureId: "1.1.1",
          kind: "geändert",
          statusBefore: "in Umsetzung",
          statusNow: "umgesetzt",
          progressBefore: 80,
          progressNow: 100,
        },
        {
          measureId: "2.1.2",
          kind: "neu",
          statusBefore: null,
          statusNow: null,
          progressBefore: null,
          progressNow: null,
        },
        {
          measureId: "2.1.1",
          kind: "unverändert",
          statusBefore: "Daueraufgabe",
          statusNow: "Daueraufgabe",
          progressBefore: 40,
          progressNow: 40,
        },
      ]),
    );
    expect(c.changes?.counts).toEqual({ neu: 1, geändert: 1, unverändert: 1, "nicht mehr gemeldet": 0 });
    expect(c.changes?.changed.map((x) => x.measureId)).toEqual(["1.1.1", "2.1.2"]);
  });
});

describe("statusSegments", () => {
  it("stacks each bar's statuses in scale order to exactly 100 %, labelled with counts", () => {
    const segments = statusSegments(buildProgressReport(input(ROWS)));
    const groups = [...new Set(segments.map((s) => s.group))];
    expect(groups).toEqual([A, W, "Gesamt"]);
    for (const g of groups) {
      const s = segments.filter((x) => x.group === g);
      expect(s[0]!.x0).toBe(0);
      expect(s[s.length - 1]!.x1).toBeCloseTo(1, 12);
      s.slice(1).forEach((x, i) => expect(x.x0).toBe(s[i]!.x1));
      expect(s.map((x) => x.rank)).toEqual([...s.map((x) => x.rank)].sort((a, b) => a - b));
    }
    expect(segments.filter((s) => s.group === "Gesamt").map((s) => [s.status, s.count])).toEqual([
      ["in Umsetzung", 1],
      ["umgesetzt", 1],
      ["Daueraufgabe", 1],
      ["entfallen", 1],
      ["ohne Status", 1],
    ]);
  });
});

describe("renderReportHtml", () => {
  it("escapes every office text, whatever it holds", () => {
    const evil = `</td><script>alert(1)</script><img src=x onerror="alert(2)"> & 'q'`;
    const rows = [row("1.1.1", A, { measure: evil, note: evil, leadOffice: evil, status: "umgesetzt" })];
    const html = renderReportHtml(
      buildProgressReport({ ...input(rows), facts: { ...input(rows).facts, source: evil } }),
      { byField: "<svg></svg>" },
    );
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll("script, img").length).toBe(0);
    const cells = [...doc.querySelectorAll("td")].map((td) => td.textContent);
    expect(cells.filter((c) => c === evil).length).toBe(3);
    expect(doc.querySelector("footer")!.textContent).toContain(evil);
  });

  it("escapeHtml leaves no markup character", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
