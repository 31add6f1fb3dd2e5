import {
  consolidate,
  type Consolidation,
  DEFAULT_PLAN,
  emptyMeasureRow,
  type FileResult,
  type MasterMeasure,
  type MeasureRecord,
  type MeasureRow,
  type MergeInput,
} from "../../src/core";

/** A measure record with the given values on top of an empty row. */
export const record = (values: Partial<MeasureRow>, row = 2, sheet = "Tabelle1"): MeasureRecord => ({
  row: { ...emptyMeasureRow(), ...values },
  source: { sheet, row },
  extras: [],
  unparsed: [],
  worst: null,
});

/** A validated file as the merge receives it. */
export const input = (file: string, office: string | null, records: MeasureRecord[]): MergeInput => {
  const result: FileResult = {
    file,
    sha256: "0".repeat(64),
    status: "ok",
    office,
    offices: office ? [office] : [],
    sheet: "Tabelle1",
    rows: records.length,
    issues: [],
  };
  return { result, records, template: null };
};

/** A master plan measure as `readMaster` gives it: the named fields and the whole row. */
export const masterMeasure = (values: Partial<MeasureRow> & { measureId: string }): MasterMeasure => {
  const row = { ...emptyMeasureRow(), ...values };
  return {
    measureId: values.measureId,
    field: row.field,
    measure: row.measure,
    leadOffice: row.leadOffice,
    budget: row.budget,
    row,
  };
};

/** The Jugendamt's report of `count` measures (every other one done), each with `more(i)` on top, for tests that need long lists. */
export const longInput = (count: number, more: (i: number) => Partial<MeasureRow>): MergeInput =>
  input(
    "Jugendamt.xlsx",
    "Jugendamt",
    Array.from({ length: count }, (_, i) =>
      record(
        {
          measureId: `3.1.${i + 1}`,
          field: "Kindertagesbetreuung, Schule und Bildung",
          leadOffice: "Jugendamt",
          status: i % 2 ? "umgesetzt" : "in Umsetzung",
          progress: i % 2 ? 100 : 40,
          end: "2023-12-31",
          ...more(i),
        },
        i + 2,
      ),
    ),
  );

/** That report alone, consolidated without a master plan, with `note(i)` as each measure's Sachstand. */
export const longRound = (count: number, note: (i: number) => string | null): Consolidation =>
  consolidate([longInput(count, (i) => ({ note: note(i) }))], {
    plan: DEFAULT_PLAN,
    today: "2024-06-30",
    master: [],
    previous: [],
  });
