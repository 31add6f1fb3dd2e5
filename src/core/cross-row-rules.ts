import type { Issue } from "./issue";
import { makeIssue } from "./make-issue";
import type { MeasureRow } from "./measure-row";

export interface PlacedRow {
  readonly row: MeasureRow;
  readonly sheet: string;
  readonly physicalRow: number;
  readonly idColumn: number | null;
}

/** A stable text form of a row's canonical values (keys in schema order) to spot identical rows. */
const fingerprint = (r: MeasureRow): string => JSON.stringify(Object.values(r));

/** Duplicate measure IDs within one table, and rows that repeat another row entirely. */
export const checkCrossRows = (rows: readonly PlacedRow[]): Issue[] => {
  const issues: Issue[] = [];
  const firstById = new Map<string, PlacedRow>();
  const firstByPrint = new Map<string, PlacedRow>();
  for (const p of rows) {
    const at = { sheet: p.sheet, row: p.physicalRow, column: p.idColumn };
    const print = fingerprint(p.row);
    const twin = firstByPrint.get(print);
    if (twin) {
      issues.push(makeIssue("row/identical", at, { field: "measureId", value: p.row.measureId, params: { first: String(twin.physicalRow) } }));
      continue;
    }
    firstByPrint.set(print, p);
    if (p.row.measureId === null) continue;
    const first = firstById.get(p.row.measureId);
    if (first) issues.push(makeIssue("row/duplicate-id", at, { field: "measureId", value: p.row.measureId, params: { first: String(first.physicalRow) } }));
    else firstById.set(p.row.measureId, p);
  }
  return issues;
};
