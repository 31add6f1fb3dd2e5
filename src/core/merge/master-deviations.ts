import { GUARDED_KEYS, type ColumnKey, type GuardedKey } from "../columns/catalogue";
import { germanDate } from "../german-date";
import { SEVERITY_RANK, type Issue } from "../issue";
import { makeIssue } from "../make-issue";
import type { MeasureRecord, MeasureRow } from "../measure-row";
import { plainRecordOf, plainRowOf } from "../packed-records";
import type { PlanIndex } from "../plan-index";
import { compareIssues } from "../sort-issues";
import { columnIndex } from "../address";
import type { MasterMeasure, MergeInput } from "./merge-types";

/** One office value that differs from the master plan's, where it stands. */
export interface Deviation {
  readonly measureId: string;
  readonly key: GuardedKey;
  /** German column label from the plan configuration. */
  readonly column: string;
  readonly master: string;
  readonly office: string;
  readonly file: string;
  readonly sheet: string;
  readonly cell: string | null;
}

/** A value as the clerk reads it in messages and lists: dates TT.MM.JJJJ, lists joined, ja/nein. */
export const shownValue = (key: GuardedKey, r: MeasureRow): string | null => {
  switch (key) {
    case "partners":
      return r.partners.length ? [...r.partners].sort().join("; ") : null;
    case "start":
    case "end":
      return r[key] === null ? null : germanDate(r[key]);
    case "newVoluntaryService":
      return r.newVoluntaryService === null ? null : r.newVoluntaryService ? "ja" : "nein";
    default:
      return r[key];
  }
};

// Line breaks and runs of blanks are layout, not content: a re-wrapped text is no deviation.
const same = (a: string, b: string): boolean => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/** Where the field was read: its own column, or the Zeitraum column it came from. */
const cellOf = (record: MeasureRecord, key: GuardedKey): string | null => {
  const c = record.columns;
  const letter = c?.[key] ?? (key === "start" || key === "end" ? c?.timeframe : undefined);
  return letter === undefined ? null : `${letter}${record.source.row}`;
};

const withMaster = (row: MeasureRow, master: MeasureRow): MeasureRow => {
  const out = plainRowOf(row);
  for (const k of GUARDED_KEYS) {
    // A column the master plan leaves empty has nothing to guard: the office's value stays.
    if (k === "partners" ? master.partners.length > 0 : master[k] !== null)
      (out as Record<string, unknown>)[k] = master[k];
  }
  if (master.start !== null || master.end !== null) out.ongoing = master.ongoing;
  return out;
};

/**
 * A row whose ID Excel turned into a date or number ("3.2.1" → 03.02.2001) belongs to the measure
 * the ID reconstructs to when that measure is this office's in the master plan. Its finding stays
 * in the file's report so the office fixes the cell; the measure is no longer "nicht gemeldet".
 */
const recoverId = (
  record: MeasureRecord,
  byId: ReadonlyMap<string, MasterMeasure>,
  fileOffice: string | null,
): MeasureRecord => {
  if (record.row.measureId !== null || record.idProposal === undefined) return record;
  const m = byId.get(record.idProposal);
  const office = record.row.leadOffice ?? fileOffice;
  if (!m || office === null || m.leadOffice !== office) return record;
  return { ...plainRecordOf(record), row: { ...plainRowOf(record.row), measureId: m.measureId } };
};

/**
 * Compares every reported row of a measure in the master plan with the master's columns: each
 * differing value becomes `cell/master-deviation` in the file's report, and the row carries the
 * master's values on, so the consolidated workbook and every figure rest on the plan as adopted.
 */
export const applyMaster = (
  inputs: readonly MergeInput[],
  master: readonly MasterMeasure[],
  index: PlanIndex,
): { inputs: MergeInput[]; deviations: Deviation[] } => {
  const byId = new Map(master.map((m) => [m.measureId, m]));
  const label = (k: ColumnKey) => index.plan.columns.find((c) => c.key === k)?.label ?? k;
  const deviations: Deviation[] = [];
  const out = inputs.map((input) => {
    const added: Issue[] = [];
    const records = input.records.map((found) => {
      const record = recoverId(found, byId, input.result.office);
      const m = record.row.measureId === null ? undefined : byId.get(record.row.measureId);
      if (!m) return record;
      let flagged = false;
      for (const key of GUARDED_KEYS) {
        const office = shownValue(key, record.row);
        const planned = shownValue(key, m.row);
        if (office === null || planned === null || same(office, planned)) continue;
        const cell = cellOf(record, key);
        const column = cell === null ? null : columnIndex(cell.replace(/\d+$/, ""));
        const params = { label: label(key), master: planned, kind: key === "end" ? "postponement" : "value" } as const;
        added.push(
          makeIssue(
            "cell/master-deviation",
            { sheet: record.source.sheet, row: record.source.row, column },
            { field: key, value: office, params },
          ),
        );
        deviations.push({
          measureId: m.measureId,
          key,
          column: label(key),
          master: planned,
          office,
          file: input.result.file,
          sheet: record.source.sheet,
          cell,
        });
        flagged = true;
      }
      const worst =
        flagged && (record.worst === null || SEVERITY_RANK[record.worst] > SEVERITY_RANK.warning)
          ? "warning"
          : record.worst;
      return { ...plainRecordOf(record), row: withMaster(record.row, m.row), worst };
    });
    if (added.length === 0) return { ...input, records };
    const issues = [...input.result.issues, ...added].sort(compareIssues);
    return { ...input, records, result: { ...input.result, issues } };
  });
  return { inputs: out, deviations };
};
