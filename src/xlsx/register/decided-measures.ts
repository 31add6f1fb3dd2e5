import { decisionText, type Consolidation, type DecisionOutcome, type PlanConfig } from "../../core";
import type { ListSheet } from "../consolidated/list-sheet";

export const DECISION_COLUMN = "Entscheidung";

/**
 * The Maßnahmen list with the decisions applied to each measure: a last column "Entscheidung", and
 * a note on the decided cell (the set value, the accepted end date) saying who decided what, when
 * and why. A decision to check shows there too, marked, so it is seen where the measure is read.
 */
export const withDecisionColumn = (list: ListSheet, c: Consolidation, plan: PlanConfig): ListSheet => {
  const outcomes = c.register?.decisions.filter((o) => o.status !== "invalid") ?? [];
  if (outcomes.length === 0) return list;
  const byId = new Map<string, DecisionOutcome[]>();
  for (const o of outcomes) {
    const id = o.decision.measureId!;
    byId.set(id, [...(byId.get(id) ?? []), o]);
  }
  const idOf = (i: number): string | null => c.entries[i]?.measureId ?? null;
  const mine = (i: number) => {
    const id = idOf(i);
    return id === null ? [] : (byId.get(id) ?? []);
  };
  const line = (o: DecisionOutcome) =>
    o.status === "check" ? `ENTSCHEIDUNG PRÜFEN – ${decisionText(o)}` : decisionText(o);
  const columnOf = (o: DecisionOutcome): number => {
    const at = o.status === "applied" && o.key !== null ? plan.columns.findIndex((p) => p.key === o.key) : -1;
    return at >= 0 ? at + 1 : list.columns.length + 1;
  };
  return {
    ...list,
    columns: [...list.columns, { header: DECISION_COLUMN, width: 50, wrap: true }],
    row: (i) => [...list.row(i), mine(i).map(line).join("\n") || null],
    notes: (i) => [...(list.notes?.(i) ?? []), ...mine(i).map((o) => ({ column: columnOf(o), text: line(o) }))],
  };
};
