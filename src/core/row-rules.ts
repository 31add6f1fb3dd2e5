import type { ColumnKey } from "./columns/catalogue";
import { germanDate } from "./german-date";
import type { Issue, Problem } from "./issue";
import { issueAt, problem } from "./make-issue";
import type { MeasureRow } from "./measure-row";
import { coverageProposal, isOverdue, needsCoverageProposal } from "./merge/measure-state";
import type { PlanIndex } from "./plan-index";

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

const year = (iso: string): number => Number(iso.slice(0, 4));

/** Rules on one normalised row. Each returns issues pointing at the cell a clerk must look at. */
export const checkRow = (r: MeasureRow, ctx: RowContext): Issue[] => {
  const issues: Issue[] = [];
  const { plan } = ctx.index;
  const at = (field: ColumnKey, fallback?: ColumnKey) => ({
    sheet: ctx.sheet,
    row: ctx.row,
    column: ctx.columns.get(field) ?? (fallback ? ctx.columns.get(fallback) : undefined) ?? null,
  });
  const add = (found: Problem, field: ColumnKey, value: string | null = null, fallback?: ColumnKey) =>
    issues.push(issueAt(found, at(field, fallback), { field, value }));

  for (const spec of plan.columns) {
    if (!ctx.required.has(spec.key) || !ctx.columns.has(spec.key) || ctx.flagged.has(spec.key)) continue;
    const v = r[spec.key as keyof MeasureRow];
    if (v === null || (Array.isArray(v) && v.length === 0))
      add(problem("cell/required", { label: spec.label }), spec.key);
  }

  const field = r.field === null ? undefined : ctx.index.fieldByName.get(r.field);
  if (r.measureId !== null && field && r.measureId.split(".")[0] !== field.code)
    add(problem("cell/id-field-mismatch", { fieldCode: field.code, field: field.name }), "measureId", r.measureId);

  const outsidePeriod = problem("cell/date-outside-period", { first: plan.period.first, last: plan.period.last });
  const endKey: ColumnKey = ctx.columns.has("end") ? "end" : "timeframe";
  const startKey: ColumnKey = ctx.columns.has("start") ? "start" : "timeframe";
  // Either bound: a start in 9999 (a typo, or a placeholder) is as far outside as one in 1999.
  if (
    r.start !== null &&
    (year(r.start) < plan.period.first || year(r.start) > plan.period.last) &&
    !ctx.flagged.has(startKey)
  )
    add(outsidePeriod, startKey, germanDate(r.start));
  if (r.end !== null && (year(r.end) > plan.period.last || year(r.end) < plan.period.first) && !ctx.flagged.has(endKey))
    add(outsidePeriod, endKey, germanDate(r.end));
  if (r.start !== null && r.end !== null && r.end < r.start)
    add(problem("cell/end-before-start", { start: germanDate(r.start) }), endKey, germanDate(r.end));

  const status = r.status === null ? undefined : ctx.index.statusByValue.get(r.status);
  if (status && r.progress !== null && (r.progress < status.progress.min || r.progress > status.progress.max))
    add(
      problem("cell/status-progress", { status: status.label, min: status.progress.min, max: status.progress.max }),
      "progress",
      `${r.progress} %`,
    );

  const budget = r.budget === null ? undefined : ctx.index.budgetByValue.get(r.budget);
  const proposal = coverageProposal(r, ctx.index);
  // "ja" in the proposal column is one finding at that cell, not a second one at the budget cell.
  if (proposal === "unnamed" && !ctx.flagged.has("coverageProposal"))
    add(problem("cell/coverage-unnamed"), "coverageProposal", r.coverageProposal);
  else if (needsCoverageProposal(r, ctx.index) && proposal === "none")
    add(
      problem("cell/coverage-missing", { reason: budget?.needsCoverageProposal ? "budget" : "voluntary" }),
      budget?.needsCoverageProposal ? "budget" : "newVoluntaryService",
      r.budget ?? "ja",
    );

  // The Stand is when the row was last updated: it cannot lie after the day the check runs.
  if (r.asOf !== null && r.asOf > ctx.today)
    add(
      problem("cell/date-after-stichtag", { kind: "today", limit: germanDate(ctx.today) }),
      "asOf",
      germanDate(r.asOf),
    );

  if (r.end !== null && isOverdue(r, ctx.index, ctx.today))
    add(
      problem("cell/overdue", { end: germanDate(r.end), status: status?.label ?? "–" }),
      endKey,
      germanDate(r.end),
      "status",
    );
  return issues;
};
