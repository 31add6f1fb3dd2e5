import type { ColumnKey } from "../columns/catalogue";
import type { Issue, ProblemOf } from "../issue";
import type { IssueCode } from "../issues/catalogue";
import type { MeasureRow } from "../measure-row";
import type { PlanIndex } from "../plan-index";
import type { RuleId } from "./rule-id";

export interface RowContext {
  readonly sheet: string;
  readonly row: number;
  readonly columns: ReadonlyMap<ColumnKey, number>;
  /** Fields whose cell already has an issue: no second, derived complaint about the same cell. */
  readonly flagged: ReadonlySet<ColumnKey>;
  readonly index: PlanIndex;
  /** Today's date as ISO text; the core has no clock. */
  readonly today: string;
  readonly required: ReadonlySet<ColumnKey>;
}

/** What a row rule found: a problem and the field whose cell shows it (or, absent, the fallback's). */
export interface RowFinding<C extends IssueCode> {
  readonly problem: ProblemOf<C>;
  readonly field: ColumnKey;
  readonly value?: string | null;
  readonly fallback?: ColumnKey;
}

/**
 * A rule on one normalised row. It declares every code it may emit (the compiler holds `check` to
 * them) and the columns without which it has nothing to judge: a plan that lacks one never runs it.
 */
export interface RowRule<C extends IssueCode = IssueCode> {
  readonly id: RuleId;
  readonly codes: readonly C[];
  readonly needs: readonly ColumnKey[];
  readonly check: (r: MeasureRow, ctx: RowContext) => readonly RowFinding<C>[];
}

export const rowRule = <C extends IssueCode>(rule: RowRule<C>): RowRule<C> => rule;

/** What most rules find on most rows (see none.ts). */
export { NONE } from "../none";

export interface PlacedRow {
  readonly row: MeasureRow;
  readonly sheet: string;
  readonly physicalRow: number;
  readonly idColumn: number | null;
}

export interface CrossRowContext {
  readonly index: PlanIndex;
}

/** A rule over all rows of one table (duplicates, repeats). */
export interface CrossRowRule<C extends IssueCode = IssueCode> {
  readonly id: RuleId;
  readonly codes: readonly C[];
  readonly check: (rows: readonly PlacedRow[], ctx: CrossRowContext) => readonly (Issue & { readonly code: C })[];
}

export const crossRowRule = <C extends IssueCode>(rule: CrossRowRule<C>): CrossRowRule<C> => rule;

/** A year of an ISO date. */
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** The column a date rule points at: the single date column when the table has it, else the timeframe. */
export const dateKey = (ctx: RowContext, key: "start" | "end"): ColumnKey => (ctx.columns.has(key) ? key : "timeframe");
