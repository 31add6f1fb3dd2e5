import { columnIndex } from "../address";
import { shownText } from "../cell";
import type { Issue } from "../issue";
import { makeIssue } from "../make-issue";
import type { ExtraValue } from "../measure-row";
import type { PlanConfig } from "../plan-config";
import { readMoney } from "./money-values";

/** The findings on a row's money cells: an amount that is none, a year that is none or out of the plan. */
export const moneyIssues = (
  plan: PlanConfig,
  extras: readonly ExtraValue[],
  at: { readonly sheet: string; readonly row: number },
): Issue[] =>
  readMoney(plan, extras).problems.map((p) => {
    const position = { sheet: at.sheet, row: at.row, column: columnIndex(p.column) };
    const value = shownText(p.value);
    if (p.key !== "year") return makeIssue("cell/amount-invalid", position, { params: { label: p.label }, value });
    return makeIssue("cell/year-invalid", position, {
      params: p.outsidePeriod
        ? { kind: "outside-period", label: p.label, first: plan.period.first, last: plan.period.last }
        : { kind: "no-year", label: p.label },
      value,
    });
  });
