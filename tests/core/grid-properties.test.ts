import fc from "fast-check";
import {
  DEFAULT_PLAN,
  consolidate,
  fileResultFromReport,
  validateGrid,
  type CellValue,
  type Grid,
  type RawCell,
} from "../../src/core";

/** Cells as any adapter might produce them, header words included so headers are found now and then. */
const arbValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -5, max: 60_000 }),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    "Nr.",
    "Maßnahme",
    "Status",
    "Federführung",
    "Handlungsfeld",
    "Haushaltsrelevanz",
    "Fortschritt",
    "Ende",
    "__proto__",
    "constructor",
    "prototype",
    "3.2.1",
    "umgesetzt",
    "SozA",
    "Ja",
    "Summe",
    "=1+1",
  ),
  fc.constantFrom({ error: "#REF!" }, { date: "2024-12-31" }, { date: "1900-01-01" }),
);
const arbCell: fc.Arbitrary<RawCell | null> = fc.option(
  fc
    .record(
      { value: arbValue, format: fc.constantFrom("0%", "dd.mm.yyyy", "@", "General") },
      { requiredKeys: ["value"] },
    )
    .map((c) => c as RawCell),
  { nil: null },
);
const arbGrid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.string({ minLength: 1, maxLength: 10 }),
  top: fc.integer({ min: 1, max: 50 }),
  left: fc.integer({ min: 1, max: 30 }),
  rows: fc.array(fc.array(arbCell, { maxLength: 12 }), { maxLength: 25 }),
  date1904: fc.boolean(),
});

describe("the core on arbitrary grids (property-based)", () => {
  it("never throws, always returns a consistent report, and pollutes no prototype", () => {
    fc.assert(
      fc.property(arbGrid, (grid) => {
        const report = validateGrid(grid, DEFAULT_PLAN, { today: "2024-06-30" });
        expect(report.valid).toBe(report.issues.every((i) => i.severity !== "error"));
        expect(report.stats.rows).toBe(report.records.length);
        for (const i of report.issues) if (i.row !== null) expect(i.row).toBeGreaterThanOrEqual(grid.top);
        const c = consolidate(
          [{ result: fileResultFromReport("x.xlsx", "0", report), records: report.records, template: null }],
          {
            plan: DEFAULT_PLAN,
            today: "2024-06-30",
          },
        );
        expect(c.measures.length + c.withoutId.length).toBe(report.records.length);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
