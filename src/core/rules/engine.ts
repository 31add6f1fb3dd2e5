import type { Issue } from "../issue";
import { issueAt } from "../make-issue";
import type { MeasureRow } from "../measure-row";
import type { PlanConfig } from "../plan-config";
import type { Severity } from "../severity";
import { CROSS_ROW_RULES, ROW_RULES } from "./catalogue";
import type { CrossRowContext, CrossRowRule, PlacedRow, RowContext, RowRule } from "./rule";
import type { RuleId } from "./rule-id";

interface Active<R> {
  readonly rule: R;
  readonly severity: Severity | undefined;
}

export interface ActiveRules {
  readonly row: readonly Active<RowRule>[];
  readonly crossRow: readonly Active<CrossRowRule>[];
}

/** Where a plan's switch for a rule says: off (null), or on with its severity (undefined = the catalogue's). */
export const ruleSeverity = (plan: PlanConfig, id: RuleId): Severity | undefined | null => {
  const setting = plan.rules[id];
  return setting?.enabled === false ? null : setting?.severity;
};

const cache = new WeakMap<PlanConfig, ActiveRules>();

/**
 * The rules a plan runs, worked out once per plan: switched on, and with every column they judge
 * in the plan (a plan without budget relevance has no Deckungsvorschlag rule).
 */
export const activeRules = (plan: PlanConfig): ActiveRules => {
  const cached = cache.get(plan);
  if (cached) return cached;
  const keys = new Set(plan.columns.map((c) => c.key));
  const on = <R extends RowRule | CrossRowRule>(rules: readonly R[]): Active<R>[] =>
    rules.flatMap((rule) => {
      const severity = ruleSeverity(plan, rule.id);
      const runs = severity !== null && (!("needs" in rule) || rule.needs.every((k) => keys.has(k)));
      return runs ? [{ rule, severity }] : [];
    });
  const active = { row: on<RowRule>(ROW_RULES), crossRow: on<CrossRowRule>(CROSS_ROW_RULES) };
  cache.set(plan, active);
  return active;
};

/** A finding with the plan's severity for its rule, where the plan sets one. */
export const withSeverity = <I extends Issue>(issue: I, severity: Severity | undefined): I =>
  severity === undefined ? issue : { ...issue, severity };

/**
 * The row rules' findings on one normalised row, each at the cell a clerk must look at, added to
 * `into` when given (the validation's own list: most rows find nothing, and need no list of their own).
 */
export const runRowRules = (r: MeasureRow, ctx: RowContext, rules: ActiveRules, into: Issue[] = []): Issue[] => {
  for (const { rule, severity } of rules.row) {
    const found = rule.check(r, ctx);
    for (let k = 0; k < found.length; k++) {
      const f = found[k]!;
      const column = ctx.columns.get(f.field) ?? (f.fallback ? ctx.columns.get(f.fallback) : undefined) ?? null;
      const at = { sheet: ctx.sheet, row: ctx.row, column };
      into.push(withSeverity(issueAt(f.problem, at, { field: f.field, value: f.value ?? null }), severity));
    }
  }
  return into;
};

export const runCrossRowRules = (rows: readonly PlacedRow[], ctx: CrossRowContext, rules: ActiveRules): Issue[] =>
  rules.crossRow.flatMap(({ rule, severity }) => rule.check(rows, ctx).map((i) => withSeverity(i, severity)));
