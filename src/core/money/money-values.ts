import type { CellValue } from "../cell";
import { foldKey } from "../fold";
import type { ExtraValue } from "../measure-row";
import type { PlanConfig } from "../plan-config";
import { readAmount, readYear } from "./german-amount";
import type { MoneyKey } from "./money-columns";

/** What one measure says about money, read from the plan's money columns. */
export interface MoneyValues {
  readonly planned: number | null;
  readonly spent: number | null;
  readonly year: number | null;
  readonly costCentre: string | null;
}

/** A money cell that could not be read: where it is and what it held. */
export interface MoneyProblem {
  readonly key: MoneyKey;
  readonly label: string;
  /** The column letter in the office's table. */
  readonly column: string;
  readonly value: CellValue;
  /** A year that is a year, but outside the plan's period. */
  readonly outsidePeriod: boolean;
}

/** The consolidated workbook writes office columns as "Zusatz: <header>": read back the same way. */
const EXTRA_PREFIX = /^Zusatz:\s*/;

/** Which money column a header names, by the plan's label and synonyms (folded, as headers match). */
export const moneyKeyOf = (plan: PlanConfig, header: string): MoneyKey | null => {
  const h = foldKey(header.replace(EXTRA_PREFIX, ""));
  for (const [key, spec] of Object.entries(plan.money ?? {}) as [MoneyKey, { label: string; synonyms: string[] }][])
    if (spec && [spec.label, ...spec.synonyms].some((s) => foldKey(s) === h)) return key;
  return null;
};

const EMPTY: MoneyValues = { planned: null, spent: null, year: null, costCentre: null };

/** The money values of a row's extra columns, and the cells that hold no amount or year. */
export const readMoney = (
  plan: PlanConfig,
  extras: readonly ExtraValue[],
): { values: MoneyValues; problems: MoneyProblem[] } => {
  if (!plan.money) return { values: EMPTY, problems: [] };
  const values: { -readonly [K in keyof MoneyValues]: MoneyValues[K] } = { ...EMPTY };
  const problems: MoneyProblem[] = [];
  for (const e of extras) {
    const key = moneyKeyOf(plan, e.header);
    if (key === null) continue;
    const problem = (outsidePeriod = false) =>
      problems.push({ key, label: plan.money![key]!.label, column: e.column, value: e.value, outsidePeriod });
    if (key === "costCentre") {
      values.costCentre = e.value === null ? null : String(typeof e.value === "object" ? "" : e.value).trim() || null;
      continue;
    }
    const read = key === "year" ? readYear(e.value) : readAmount(e.value);
    if (read === undefined) problem();
    else if (key === "year" && read !== null && (read < plan.period.first || read > plan.period.last)) {
      values.year = read;
      problem(true);
    } else values[key] = read;
  }
  return { values, problems };
};
