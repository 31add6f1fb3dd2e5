import { foldKey } from "../fold";
import type { PlanConfig } from "../plan-config";
import type { RegisterRound } from "./register-types";

/** Round names compare as people type them: case, spaces and punctuation do not matter. */
export const sameRound = (a: string, b: string): boolean => foldKey(a) === foldKey(b);

/**
 * The rounds known so far, in order: the earlier list, with `round` replacing the entry of the same
 * name (a re-merge of a round, or a round's dates given later) or appended as the newest. A date or
 * contact the new entry lacks is kept from the earlier one.
 */
export const withRound = (rounds: readonly RegisterRound[], round: RegisterRound): RegisterRound[] => {
  const at = rounds.findIndex((r) => sameRound(r.name, round.name));
  if (at < 0) return [...rounds, round];
  const before = rounds[at]!;
  const merged: RegisterRound = {
    name: before.name,
    cutoff: round.cutoff ?? before.cutoff,
    deadline: round.deadline ?? before.deadline,
    contact: round.contact ?? before.contact,
  };
  return rounds.map((r, i) => (i === at ? merged : r));
};

/**
 * The plan configuration with the register's rounds added where the plan does not list them, so
 * choosing a round, its Stichtag and its deadline work the same for both. The plan's own entry wins:
 * it is the adopted configuration; a register round of the same name only fills the gap.
 */
export const planWithRounds = (plan: PlanConfig, rounds: readonly RegisterRound[]): PlanConfig => {
  const extra = rounds
    .filter((r) => r.cutoff !== null && r.deadline !== null)
    .filter((r) => !plan.rounds.some((p) => sameRound(p.name, r.name)))
    .map((r) => ({
      name: r.name,
      cutoff: r.cutoff!,
      deadline: r.deadline!,
      ...(r.contact !== null ? { contact: r.contact } : {}),
    }));
  return extra.length === 0 ? plan : { ...plan, rounds: [...plan.rounds, ...extra] };
};
