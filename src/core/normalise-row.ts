import { shownText, type CellValue, type Grid, type RawCell } from "./cell";
import { germanDate } from "./german-date";
import { COLUMN_TYPES, type ColumnKey, type ColumnType } from "./columns/catalogue";
import { choiceLookups, officeNames, type ChoiceKey } from "./choice-lookups";
import type { Fix } from "./fix";
import type { HeaderColumn } from "./header-detect";
import type { Issue } from "./issue";
import { issueInColumn, problem } from "./make-issue";
import { emptyMeasureRow, type ExtraValue, type MeasureRow } from "./measure-row";
import { normaliseBoolean } from "./normalise/boolean";
import { type ChoiceLookup, normaliseChoice } from "./normalise/choice";
import { type DateRole, normaliseDate } from "./normalise/date";
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
  /** The same fields' column letters: one object per header, shared by all its rows' records. */
  readonly letters: Partial<Record<ColumnKey, string>>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * What reading a field's cells looks up in the plan (a drop-down's list, the list column's office
 * names, the progress column's label, a date's role), found once per header rather than per cell.
 */
interface FieldReading {
  readonly key: ColumnKey;
  readonly type: ColumnType;
  readonly index: PlanIndex;
  readonly choices: ChoiceLookup | null;
  readonly names: ReadonlyMap<string, string> | null;
  readonly label: string | undefined;
  readonly role: DateRole;
}

const fieldReading = (key: ColumnKey, index: PlanIndex): FieldReading => {
  const type = COLUMN_TYPES[key];
  return {
    key,
    type,
    index,
    choices: type === "enum" ? choiceLookups(index)[key as ChoiceKey] : null,
    names: type === "list" ? officeNames(index) : null,
    label: type === "progress" ? index.plan.columns.find((c) => c.key === key)?.label : undefined,
    role: key === "start" ? "start" : key === "end" ? "end" : "point",
  };
};

// One function with a switch, not a closure per column: V8 then compiles one call target, where
// eight closures made it recompile the row's code each time another kind of column came by.
const readCell = (f: FieldReading, cell: RawCell, date1904: boolean, scale: ProgressScale): Normalised<unknown> => {
  switch (f.type) {
    case "id":
      return normaliseMeasureId(cell.value, cell.format, date1904, f.index.ids);
    case "text":
      return normaliseText(cell.value);
    case "enum":
      return normaliseChoice(cell.value, f.choices!);
    case "date":
      return normaliseDate(
        cell.value,
        cell.format ? { role: f.role, date1904, format: cell.format } : { role: f.role, date1904 },
      );
    case "progress":
      return normaliseProgress(cell.value, cell.format, scale, f.label);
    case "boolean":
      return normaliseBoolean(cell.value);
    case "list":
      return normaliseList(cell.value, f.names!);
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

/** One column of a header as every row under it reads it. */
interface ColumnStep {
  /** 1-based physical column. */
  readonly column: number;
  readonly letter: string;
  /** The canonical field, or null for a column kept as an extra. */
  readonly key: ColumnKey | null;
  /** An extra column's header as outputs name it. */
  readonly extraHeader: string;
  readonly reading: FieldReading | null;
}

interface HeaderPlan {
  readonly index: PlanIndex;
  /** The columns with a Zeitraum column last. */
  readonly steps: readonly ColumnStep[];
  /** Physical column of each canonical field: the same for every row under this header. */
  readonly columns: ReadonlyMap<ColumnKey, number>;
  readonly letters: Partial<Record<ColumnKey, string>>;
}
const plans = new WeakMap<readonly HeaderColumn[], HeaderPlan>();
/** What every row under one header shares, computed once per header (normaliseRow runs per row). */
const headerPlan = (header: readonly HeaderColumn[], index: PlanIndex): HeaderPlan => {
  let plan = plans.get(header);
  if (!plan || plan.index !== index) {
    // Timeframe last, so explicit start/end columns take precedence regardless of column order.
    const ordered = [...header].sort((a, b) => Number(a.key === "timeframe") - Number(b.key === "timeframe"));
    const columns = new Map<ColumnKey, number>();
    for (const col of ordered) if (col.key !== null) columns.set(col.key, col.column);
    const steps = ordered.map((col): ColumnStep => {
      const letter = columnLetter(col.column);
      return {
        column: col.column,
        letter,
        key: col.key,
        extraHeader: col.header || `Spalte ${letter}`,
        reading: col.key === null ? null : fieldReading(col.key, index),
      };
    });
    const letters = Object.fromEntries([...columns].map(([k, c]) => [k, columnLetter(c)]));
    plans.set(header, (plan = { index, steps, columns, letters }));
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
  // The grid's fields read once: grids come in several shapes (with or without merges, the 1904
  // flag), and a check of the shape inside the loop sent V8 back from its optimised code.
  const { sheet, left } = grid;
  const physicalRow = grid.top + offset;
  const cells = grid.rows[offset] ?? [];
  const date1904 = grid.date1904 ?? false;
  const row = emptyMeasureRow() as Mutable<MeasureRow>;
  const extras: ExtraValue[] = [];
  const unparsed: { field: ColumnKey; text: string }[] = [];
  const issues: Issue[] = [];
  const fixes: Fix[] = [];
  const { steps, columns, letters } = headerPlan(header, index);
  // An index, not for…of: the iterator's checks sent V8 back from its optimised code here.
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    const cell = cells[step.column - left] ?? null;
    const value: CellValue = cell?.value ?? null;
    const { key, reading } = step;
    if (key === null || reading === null) {
      if (value !== null) extras.push({ header: step.extraHeader, column: step.letter, value });
      continue;
    }
    if (cell === null) continue;
    const result = readCell(reading, cell, date1904, scale);
    assign(row, key, result.value);
    // Most cells are read as they stand: only a problem or a proposal needs the cell's text and place.
    if (result.problem === undefined && result.proposal === undefined) continue;
    const shown = shownText(value);
    if (result.problem) {
      if (result.value === null && value !== null) unparsed.push({ field: key, text: shown });
      issues.push(issueInColumn(result.problem, sheet, physicalRow, step.letter, { field: key, value: shown }));
    }
    if (result.proposal) {
      const p = result.proposal;
      // Every reading that changes what was typed is listed (whitespace alone is no reading).
      if (result.value !== null && p.reason !== "trim")
        issues.push(
          issueInColumn(
            problem("cell/normalised", { read: readAs(key, result.value) }),
            sheet,
            physicalRow,
            step.letter,
            { field: key, value: shown },
          ),
        );
      fixes.push({
        sheet: sheet,
        row: physicalRow,
        column: step.letter,
        cell: `${step.letter}${physicalRow}`,
        field: key,
        from: value,
        to: p.value,
        ...(p.format ? { format: p.format } : {}),
        reason: p.reason,
      });
    }
  }
  return { row, extras, unparsed, issues, fixes, columns, letters };
};
