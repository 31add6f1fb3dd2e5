import fc from "fast-check";
import {
  DEFAULT_PLAN,
  choiceLookups,
  normaliseBoolean,
  normaliseChoice,
  normaliseDate,
  normaliseList,
  normaliseMeasureId,
  normaliseProgress,
  normaliseText,
  normaliseTimeframe,
  officeNames,
  planIndex,
  type CellValue,
  type Normalised,
} from "../../src/core";

const index = planIndex(DEFAULT_PLAN);
const lookups = choiceLookups(index);

/** Values as adapters produce them, biased towards the shapes people actually type. */
const arbCellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.string(),
  fc.string({ unit: fc.constantFrom(..." \u00a0.,%-/0123456789JajaNeinab bis=+@ümlaut".split("")) }),
  fc.constantFrom(
    "umgesetzt ",
    "SozA",
    "Ja",
    "31.12.2024",
    "50 %",
    "0,5",
    "2022–2024",
    "ab 2023",
    "__proto__",
    "constructor",
    "=1+1",
  ),
  fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
    .map((d) => ({ date: d.toISOString().slice(0, 10) })),
  fc.constantFrom({ error: "#REF!" }, { error: "#DIV/0!" }),
);
const arbFormat = fc.option(fc.constantFrom("0%", "dd.mm.yyyy", "@", "General", "0.00", "mmm yy"), { nil: undefined });

type Normaliser = (v: CellValue, format: string | undefined) => Normalised<unknown>;
const normalisers: [string, Normaliser][] = [
  ["date/start", (v, f) => normaliseDate(v, { role: "start", ...(f ? { format: f } : {}) })],
  ["date/end 1904", (v, f) => normaliseDate(v, { role: "end", date1904: true, ...(f ? { format: f } : {}) })],
  ["progress", (v, f) => normaliseProgress(v, f)],
  ["measureId", (v, f) => normaliseMeasureId(v, f)],
  ["status", (v) => normaliseChoice(v, lookups.status)],
  ["office", (v) => normaliseChoice(v, lookups.leadOffice)],
  ["budget", (v) => normaliseChoice(v, lookups.budget)],
  ["field", (v) => normaliseChoice(v, lookups.field)],
  ["text", (v) => normaliseText(v)],
  ["boolean", (v) => normaliseBoolean(v)],
  ["timeframe", (v) => normaliseTimeframe(v)],
  ["list", (v) => normaliseList(v, officeNames(index))],
];

describe.each(normalisers)("%s normaliser", (_name, normalise) => {
  it("never throws and always returns a value or null", () => {
    fc.assert(
      fc.property(arbCellValue, arbFormat, (v, f) => {
        const r = normalise(v, f);
        expect(r).toHaveProperty("value");
      }),
      { numRuns: 400 },
    );
  });

  it("is idempotent: applying its own proposal needs no further fix and keeps the value", () => {
    fc.assert(
      fc.property(arbCellValue, arbFormat, (v, f) => {
        const first = normalise(v, f);
        if (!first.proposal) return;
        const second = normalise(first.proposal.value, first.proposal.format ?? f);
        expect(second.proposal).toBeUndefined();
        if (first.value !== null) expect(second.value).toEqual(first.value);
      }),
      { numRuns: 400 },
    );
  });
});
