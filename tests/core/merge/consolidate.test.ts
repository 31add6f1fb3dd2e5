import fc from "fast-check";
import { DEFAULT_PLAN, consolidate, flagRepeatedOffices, messageDe } from "../../../src/core";
import { input, record, masterMeasure } from "../../helpers/records";

const today = "2024-06-30";
const F1 = "Arbeit und Wirtschaft";
const F3 = "Kindertagesbetreuung, Schule und Bildung";

describe("consolidate: one row per measure ID", () => {
  const soz = input("Sozialamt.xlsx", "Sozialamt", [
    record({ measureId: "1.1.10", field: F1, leadOffice: "Sozialamt", status: "in Umsetzung", progress: 40 }, 5),
    record({ measureId: "1.1.9", field: F1, leadOffice: "Sozialamt", status: "umgesetzt", progress: 100 }, 4),
    record(
      { measureId: "3.1.1", field: F3, leadOffice: "Jugendamt", status: "in Planung", note: "Sozialamt unterstützt" },
      6,
    ),
  ]);
  const ja = input("Jugendamt.xlsx", "Jugendamt", [
    record({ measureId: "3.1.1", field: F3, leadOffice: "Jugendamt", status: "in Umsetzung", progress: 30 }, 3),
  ]);

  it("orders IDs naturally and takes the lead office's row, whatever the file order", () => {
    for (const order of [
      [soz, ja],
      [ja, soz],
    ]) {
      const c = consolidate(order, { plan: DEFAULT_PLAN, today });
      expect(
        c.measures.map((m) => [m.chosen.record.row.measureId, m.chosen.file, m.others.map((o) => o.file)]),
      ).toEqual([
        ["1.1.9", "Sozialamt.xlsx", []],
        ["1.1.10", "Sozialamt.xlsx", []],
        ["3.1.1", "Jugendamt.xlsx", ["Sozialamt.xlsx"]],
      ]);
    }
  });

  it("lists differing values side by side as conflicts; an empty partner field is no conflict", () => {
    const c = consolidate([soz, ja], { plan: DEFAULT_PLAN, today });
    expect(
      c.conflicts.map((x) => [x.measureId, x.field, x.chosen.value, x.other.value, x.other.file, x.other.row]),
    ).toEqual([
      ["3.1.1", "status", "in Umsetzung", "in Planung", "Sozialamt.xlsx", 6],
      ["3.1.1", "note", "", "Sozialamt unterstützt", "Sozialamt.xlsx", 6],
    ]);
  });

  it("without a lead file, the newest Stand wins, then file name order", () => {
    const a = input("a.xlsx", null, [
      record({ measureId: "2.1.1", leadOffice: "Sozialamt", asOf: "2024-05-01", status: "in Planung" }),
    ]);
    const b = input("b.xlsx", null, [
      record({ measureId: "2.1.1", leadOffice: "Sozialamt", asOf: "2024-06-01", status: "in Umsetzung" }),
    ]);
    const c2 = input("c.xlsx", null, [
      record({ measureId: "2.1.1", leadOffice: "Sozialamt", asOf: "2024-06-01", status: "umgesetzt" }),
    ]);
    expect(consolidate([c2, a, b], { plan: DEFAULT_PLAN, today }).measures[0]?.chosen.file).toBe("b.xlsx");
  });
});

describe("consolidate: Übersicht figures (computed by hand, see README)", () => {
  // 6 measures in field 1: 2 umgesetzt, 1 Daueraufgabe, 1 entfallen, 1 in Umsetzung (overdue), 1 without status.
  const rows = [
    record({ measureId: "1.1.1", field: F1, leadOffice: "Sozialamt", status: "umgesetzt", progress: null }),
    record({ measureId: "1.1.2", field: F1, leadOffice: "Sozialamt", status: "umgesetzt", progress: 100 }),
    record({ measureId: "1.1.3", field: F1, leadOffice: "Jugendamt", status: "Daueraufgabe", progress: 50 }),
    record({ measureId: "1.1.4", field: F1, leadOffice: "Jugendamt", status: "entfallen", progress: 0 }),
    record({
      measureId: "1.1.5",
      field: F1,
      leadOffice: "Jugendamt",
      status: "in Umsetzung",
      progress: 20,
      end: "2023-12-31",
    }),
    record({ measureId: "1.1.6", field: F1, leadOffice: "Jugendamt", status: null, progress: null }),
  ];
  const c = consolidate([input("x.xlsx", null, rows)], { plan: DEFAULT_PLAN, today });

  it("drops entfallen from the denominator and counts Daueraufgabe as ongoing", () => {
    const t = c.overview.overall;
    expect([t.total, t.done, t.ongoing, t.dropped, t.noStatus, t.overdue]).toEqual([6, 2, 1, 1, 1, 1]);
    expect(t.shareDone).toBe(0.4); // 2 / (6 − 1)
    expect(t.meanProgress).toBe(67.5); // (100 + 100 + 50 + 20) / 4: done without value counts 100, dropped and empty left out
    expect(t.byStatus.umgesetzt).toBe(2);
  });

  it("per field of action and per office", () => {
    expect(c.overview.byField.map((f) => [f.field, f.tally.total])).toEqual([[F1, 6]]);
    expect(c.overview.byOffice.map((o) => [o.office, o.tally.total, o.tally.shareDone])).toEqual([
      ["Jugendamt", 4, 0],
      ["Sozialamt", 2, 1],
    ]);
    expect(c.overdue.map((m) => m.measureId)).toEqual(["1.1.5"]);
  });
});

describe("consolidate: master plan, previous round, coverage", () => {
  const reported = input("Sozialamt.xlsx", "Sozialamt", [
    record({ measureId: "1.1.1", leadOffice: "Sozialamt", status: "umgesetzt", progress: 100, budget: "ja" }),
    record({
      measureId: "9.9.9",
      leadOffice: "Sozialamt",
      status: "in Planung",
      budget: "ja",
      coverageProposal: "Umschichtung",
    }),
  ]);
  const master = [
    masterMeasure({ measureId: "1.1.1", field: F1, measure: "A", leadOffice: "Sozialamt", budget: "ja" }),
    masterMeasure({ measureId: "1.1.2", field: F1, measure: "B", leadOffice: "Jugendamt", budget: "nein" }),
  ];
  const c = consolidate([reported], {
    plan: DEFAULT_PLAN,
    today,
    master,
    previous: [
      { measureId: "1.1.1", status: "in Umsetzung", progress: 50, note: null },
      { measureId: "2.2.2", status: "in Planung", progress: 0, note: "Konzept in Arbeit", measure: "Sprachcafés" },
    ],
  });

  it("names measures nobody reported, offices that sent nothing, and measures not in the master", () => {
    expect(c.missing?.notReported.map((m) => m.measureId)).toEqual(["1.1.2"]);
    expect(c.missing?.silentOffices).toEqual(["Jugendamt"]);
    expect(c.missing?.notInMaster.map((m) => m.chosen.record.row.measureId)).toEqual(["9.9.9"]);
  });

  it("lists status changes since the previous round", () => {
    expect(c.changes?.map((x) => [x.measureId, x.kind, x.before?.status ?? null, x.after?.status ?? null])).toEqual([
      ["1.1.1", "changed", "in Umsetzung", "umgesetzt"],
      ["9.9.9", "new", null, "in Planung"],
      // Reported last round, silent now: listed with its title, never dropped from the comparison.
      ["2.2.2", "missing", "in Planung", null],
    ]);
    expect(c.changes?.find((x) => x.kind === "missing")?.measure).toBe("Sprachcafés");
  });

  // Issue 14: with a master plan, 9.9.9 (not in it) is listed but no longer counted here.
  it("lists the master's measures that need a Deckungsvorschlag and whether one exists", () => {
    expect(c.coverage?.map((x) => [x.entry.measureId, x.hasProposal])).toEqual([["1.1.1", false]]);
  });

  it("counts over the master plan: the unreported measure is 'keine Meldung', the unknown one is not counted", () => {
    expect(c.entries.map((e) => [e.measureId, e.reporting])).toEqual([
      ["1.1.1", "reported"],
      ["1.1.2", "unreported"],
      ["9.9.9", "notInMaster"],
    ]);
    expect(c.overview.overall).toMatchObject({ total: 2, unreported: 1, done: 1, shareDone: 0.5 });
    expect(c.replies).toEqual({
      planned: 2,
      reported: 1,
      unreported: 1,
      notInMaster: 1,
      officesExpected: 2,
      officesReplied: 1,
    });
  });
});

describe("consolidate is independent of file order (property)", () => {
  const statuses = DEFAULT_PLAN.statuses.map((s) => s.value);
  const arbRecord = fc.record({
    measureId: fc.constantFrom("1.1.1", "1.1.2", "2.1.1", "3.10.1", null),
    status: fc.constantFrom(...statuses, null),
    progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    asOf: fc.constantFrom("2024-01-01", "2024-06-01", null),
    leadOffice: fc.constantFrom("Sozialamt", "Jugendamt"),
  });
  const arbFile = fc.record({
    office: fc.constantFrom("Sozialamt", "Jugendamt", null),
    rows: fc.array(arbRecord, { maxLength: 4 }),
  });
  it("gives the same consolidation for any permutation of the same files", () => {
    fc.assert(
      fc.property(fc.array(arbFile, { minLength: 1, maxLength: 5 }), fc.infiniteStream(fc.nat()), (files, rand) => {
        const inputs = files.map((f, i) =>
          input(
            `f${i}.xlsx`,
            f.office,
            f.rows.map((r, j) => record(r, j + 2)),
          ),
        );
        const shuffled = [...inputs].sort(() => (rand.next().value % 3) - 1);
        const a = consolidate(inputs, { plan: DEFAULT_PLAN, today });
        const b = consolidate(shuffled, { plan: DEFAULT_PLAN, today });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 200 },
    );
  });
});

describe("flagRepeatedOffices", () => {
  it("names two files from the same office in both reports, and leaves others alone", () => {
    const flagged = flagRepeatedOffices([
      input("Soz_alt.xlsx", "Sozialamt", []),
      input("Soz_neu.xlsx", "Sozialamt", []),
      input("JA.xlsx", "Jugendamt", []),
    ]);
    expect(flagged.map((i) => i.result.issues.map((x) => [x.code, x.severity, messageDe(x)]))).toEqual([
      [["file/same-office", "warning", expect.stringContaining("Soz_neu.xlsx")]],
      [["file/same-office", "warning", expect.stringContaining("Soz_alt.xlsx")]],
      [],
    ]);
  });
});
