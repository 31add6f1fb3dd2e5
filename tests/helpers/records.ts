import {
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
