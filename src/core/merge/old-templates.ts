import { foldKey } from "../fold";
import { fileIssue } from "../make-issue";
import type { PlanConfig } from "../plan-config";
import { findRound } from "../rounds/round";
import type { MergeInput } from "./merge-types";

/**
 * The round being collected: --period if given, else the latest round (by deadline in the plan)
 * that any input's template names. Not the clock: merges often run after the deadline, and a
 * late return of the current round must not look old.
 */
export const currentRound = (
  inputs: readonly MergeInput[],
  plan: PlanConfig,
  period: string | undefined,
): string | null => {
  if (period !== undefined) return findRound(plan, period)?.name ?? period.trim();
  let latest: { name: string; deadline: string } | null = null;
  for (const i of inputs) {
    const name = i.template?.round ?? null;
    const r = name === null ? null : findRound(plan, name);
    if (r?.deadline && (latest === null || r.deadline > latest.deadline))
      latest = { name: r.name, deadline: r.deadline };
  }
  return latest?.name ?? null;
};

/**
 * A file from the template of another plan. This module owns `file/old-template`: the checked file
 * knows its template's plan, only the merge knows the round being collected (below).
 */
export const otherPlanTemplate = (template: { readonly planId: string; readonly round: string }, plan: PlanConfig) =>
  template.planId === plan.id
    ? null
    : fileIssue("file/old-template", { reason: "plan", plan: template.planId, round: template.round });

/** Files made from the template of another round than the current one get file/old-template (a warning). */
export const flagOldTemplates = (
  inputs: readonly MergeInput[],
  plan: PlanConfig,
  period: string | undefined,
): MergeInput[] => {
  const current = currentRound(inputs, plan, period);
  if (current === null) return [...inputs];
  return inputs.map((i) => {
    const round = i.template?.round ?? null;
    if (round === null || foldKey(round) === foldKey(current)) return i;
    const issue = { ...fileIssue("file/old-template", { reason: "round", round, current }), value: round };
    return { ...i, result: { ...i.result, issues: [issue, ...i.result.issues] } };
  });
};
