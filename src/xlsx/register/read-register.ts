import { textOrNull, type Grid, type PlanConfig, type Register } from "../../core";
import { FACT, SHEET } from "../consolidated/labels";
import { readChoices } from "./read-choices";
import { readDecisions } from "./read-decisions";
import { readHistory } from "./read-history";
import { readReturns } from "./read-returns";
import { REGISTER_SHEET } from "./register-labels";
import { problemsText, type RegisterProblem } from "./register-problem";

export type RegisterRead =
  | { readonly ok: true; readonly register: Register | null }
  | { readonly ok: false; readonly message: string };

/** The Übersicht's value beside a label (column A label, column B value, as overview-sheet.ts writes). */
const fact = (g: Grid | undefined, label: string): string | null => {
  if (!g) return null;
  const row = g.rows.find((r) => textOrNull(r[1 - g.left]?.value) === label);
  return textOrNull(row?.[2 - g.left]?.value);
};

/**
 * The register part of an earlier consolidated workbook, validated like any input: a register of
 * another plan is refused, and a hand-edited Verlauf or Berichtsrunden sheet with a broken cell is
 * refused with every broken cell named. A consolidated workbook from before the register (no
 * Verlauf) is a register with no history yet: null.
 */
export const readRegister = (grids: readonly Grid[], name: string, plan: PlanConfig): RegisterRead => {
  const sheet = (n: string) => grids.find((g) => g.sheet === n);
  const overview = sheet(SHEET.overview);
  const planId = fact(overview, FACT.planId);
  const title = fact(overview, FACT.plan);
  if ((planId !== null && planId !== plan.id) || (planId === null && title !== null && title !== plan.title))
    return {
      ok: false,
      message: `${name} gehört zu einem anderen Aktionsplan (${planId ?? title}), nicht zu „${plan.title}“ (${plan.id}); bitte den Umsetzungsstand dieses Plans angeben oder --plan setzen.`,
    };
  const historyGrid = sheet(REGISTER_SHEET.history);
  const decisionsGrid = sheet(REGISTER_SHEET.decisions);
  const returnsGrid = sheet(REGISTER_SHEET.returns);
  if (!historyGrid && !decisionsGrid) return { ok: true, register: null };
  const problems: RegisterProblem[] = [];
  const history = historyGrid
    ? readHistory(historyGrid, sheet(REGISTER_SHEET.rounds), plan, problems)
    : { rounds: [], rows: [] };
  // Choices in the drop-downs follow the typed rows: they become rows of Entscheidungen now.
  const decisions = [
    ...(decisionsGrid ? readDecisions(decisionsGrid, plan, problems) : []),
    ...readChoices(grids, plan),
  ];
  const returns = returnsGrid ? readReturns(returnsGrid, problems) : [];
  if (problems.length > 0) return { ok: false, message: problemsText(name, problems) };
  return { ok: true, register: { history, decisions, returns } };
};
