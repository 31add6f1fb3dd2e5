import { shownText, type CellValue, type Grid, type RawCell } from "./cell";
import { germanDate } from "./german-date";
import { COLUMN_TYPES, type ColumnKey } from "./columns/catalogue";
import { choiceLookups, officeNames, type ChoiceKey } from "./choice-lookups";
import type { Fix } from "./fix";
import type { HeaderColumn } from "./header-detect";
import type { Issue } from "./issue";
import { issueAt, makeIssue } from "./make-issue";
import { emptyMeasureRow, type ExtraValue, type MeasureRow } from "./measure-row";
import { normaliseBoolean } from "./normalise/boolean";
import { normaliseChoice } from "./normalise/choice";
import { normaliseDate } from "./normalise/date";
import { normaliseList } from "./normalise/list";
import { normaliseMeasureId } from "./normalise/measure-id";
import { normaliseProgress } from "./normalise/progress";
import type { ProgressScale } from "./normalise/progress-scale";
import type { Normalised } from "./normalise/result";
import { normaliseText } from "./normalise/text";
import { normaliseTimeframe, type Timeframe } from "./normalise/timeframe";
import type { PlanIndex } from "./plan-index";
import { columnLetter } from "./address";

export interface NormalisedRow {
  readonly row: MeasureRow;
  readonly extras: readonly ExtraValue[];
  readonly unparsed: readonly { readonly field: ColumnKey; readonly text: string }[];
  readonly issues: readonly Issue[];
  readonly fixes: readonly Fix[];
  /** Physical column of each canonical field present, for rules that point at a cell. */
  readonly columns: ReadonlyMap<ColumnKey, number>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const normaliseCell = (
  key: ColumnKey,
  cell: RawCell,
  grid: Grid,
  index: PlanIndex,
  scale: ProgressScale,
): Normalised<unknown> => {
  const type = COLUMN_TYPES[key];
  switch (type) {
    case "id":
      return normaliseMeasureId(cell.value, cell.format, grid.date1904 ?? false, index.ids);
    case "text":
      return normaliseText(cell.value);
    case "enum":
      return normaliseChoice(cell.value, choiceLookups(index)[key as ChoiceKey]);
    case "date":
      return normaliseDate(cell.value, {
        role: key === "start" ? "start" : key === "end" ? "end" : "point",
        date1904: grid.date1904 ?? false,
        ...(cell.format ? { format: cell.format } : {}),
      });
    case "progress":
      return normaliseProgress(cell.value, cell.format, scale, index.plan.columns.find((c) => c.key === key)?.label);
    case "boolean":
      return normaliseBoolean(cell.value);
    case "list":
      return normaliseList(cell.value, officeNames(index));
    case "timeframe":
      return normaliseTimeframe(cell.value);
  }
};

/** A canonical value as the clerk reads it: dates TT.MM.JJJJ, progress in percent, ja/nein. */
const readAs = (key: ColumnKey, value: unknown): string => {
  switch (COLUMN_TYPES[key]) {
    case "date":
      return germanDate(value as string);
    case "progress":
      return `${String(value).replace(".", ",")} %`;
    case "boolean":
      return value ? "ja" : "nein";
    case "list":
      return (value as string[]).join("; ");
    default:
      return String(value);
  }
};

const assign = (row: Mutable<MeasureRow>, key: ColumnKey, value: unknown): void => {
  if (value === null) return;
  if (key === "timeframe") {
    const t = value as Timeframe;
    // Separate Beginn/Ende columns win over a Zeitraum cell; fill only what they left empty.
    row.start ??= t.start;
    row.end ??= t.end;
    row.ongoing ||= t.ongoing;
    return;
  }
  (row as Record<string, unknown>)[key] = value;
};

interface HeaderPlan {
  /** The columns with a Zeitraum column last. */
  readonly ordered: readonly HeaderColumn[];
  /** Physical column of each canonical field: the same for every row under this header. */
  readonly columns: ReadonlyMap<ColumnKey, number>;
}
const plans = new WeakMap<readonly HeaderColumn[], HeaderPlan>();
/** What every row under one header shares, computed once per header (normaliseRow runs per row). */
const headerPlan = (header: readonly HeaderColumn[]): HeaderPlan => {
  let plan = plans.get(header);
  if (!plan) {
    // Timeframe last, so explicit start/end columns take precedence regardless of column order.
    const ordered = [...header].sort((a, b) => Number(a.key === "timeframe") - Number(b.key === "timeframe"));
    const columns = new Map<ColumnKey, number>();
    for (const col of ordered) if (col.key !== null) columns.set(col.key, col.column);
    plans.set(header, (plan = { ordered, columns }));
  }
  return plan;
};

/** Normalises one data row (0-based `offset` into the grid) against the matched header. */
export const normaliseRow = (
  grid: Grid,
  offset: number,
  header: readonly HeaderColumn[],
  index: PlanIndex,
  scale: ProgressScale = "unknown",
): NormalisedRow => {
  const physicalRow = grid.top + offset;
  const cells = grid.rows[offset] ?? [];
  const row = emptyMeasureRow() as Mutable<MeasureRow>;
  const extras: ExtraValue[] = [];
  const unparsed: { field: ColumnKey; text: string }[] = [];
  const issues: Issue[] = [];
  const fixes: Fix[] = [];
  const { ordered, columns } = headerPlan(header);
  for (const col of ordered) {
    const cell = cells[col.column - grid.left] ?? null;
    const value: CellValue = cell?.value ?? null;
    if (col.key === null) {
      if (value !== null)
        extras.push({
          header: col.header || `Spalte ${columnLetter(col.column)}`,
          column: columnLetter(col.column),
          value,
        });
      continue;
    }
    if (cell === null) continue;
    const result = normaliseCell(col.key, cell, grid, index, scale);
    assign(row, col.key, result.value);
    const at = { sheet: grid.sheet, row: physicalRow, column: col.column };
    if (result.value === null && result.problem && value !== null)
      unparsed.push({ field: col.key, text: shownText(value) });
    if (result.problem) issues.push(issueAt(result.problem, at, { field: col.key, value: shownText(value) }));
    if (result.proposal) {
      const p = result.proposal;
      // Every reading that changes what was typed is listed (whitespace alone is no reading).
      if (result.value !== null && p.reason !== "trim")
        issues.push(
          makeIssue("cell/normalised", at, {
            field: col.key,
            value: shownText(value),
            params: { read: readAs(col.key, result.value) },
          }),
        );
      fixes.push({
        sheet: grid.sheet,
        row: physicalRow,
        column: columnLetter(col.column),
        cell: `${columnLetter(col.column)}${physicalRow}`,
        field: col.key,
        from: value,
        to: p.value,
        ...(p.format ? { format: p.format } : {}),
        reason: p.reason,
      });
    }
  }
  return { row, extras, unparsed, issues, fixes, columns };
};
