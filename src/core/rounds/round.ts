import { foldKey } from "../fold";
import type { PlanConfig } from "../plan-config";

/** A reporting round as templates and feedback use it; dates and contact are null when the plan names none. */
export interface RoundInfo {
  readonly name: string;
  /** Stichtag, ISO date. */
  readonly cutoff: string | null;
  /** Abgabefrist, ISO date. */
  readonly deadline: string | null;
  readonly contact: string | null;
}

export type RoundChoice =
  | { readonly ok: true; readonly round: RoundInfo }
  | { readonly ok: false; readonly message: string };

const known = (plan: PlanConfig): string => plan.rounds.map((r) => `„${r.name}“`).join(", ");

/** The plan's round of that name (case, spaces and punctuation do not matter), or null. */
export const findRound = (plan: PlanConfig, name: string): RoundInfo | null => {
  const r = plan.rounds.find((x) => foldKey(x.name) === foldKey(name));
  return r ? { name: r.name, cutoff: r.cutoff, deadline: r.deadline, contact: r.contact ?? null } : null;
};

/**
 * The round a template is made for: the one named by --period, else the first round (by deadline)
 * whose deadline is not past on `today`. A plan without rounds needs --period and gives no dates.
 */
export const chooseRound = (plan: PlanConfig, period: string | undefined, today: string): RoundChoice => {
  if (period !== undefined) {
    const found = findRound(plan, period);
    if (found) return { ok: true, round: found };
    if (plan.rounds.length === 0)
      return { ok: true, round: { name: period.trim(), cutoff: null, deadline: null, contact: null } };
    return {
      ok: false,
      message: `Die Berichtsrunde „${period}“ steht nicht in der Plan-Konfiguration. Bekannt: ${known(plan)}.`,
    };
  }
  if (plan.rounds.length === 0)
    return {
      ok: false,
      message: "Die Plan-Konfiguration nennt keine Berichtsrunden (rounds); bitte --period angeben.",
    };
  const open = [...plan.rounds]
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0))
    .find((r) => r.deadline >= today);
  if (!open)
    return {
      ok: false,
      message: `Am ${today} ist keine Berichtsrunde mehr offen; bitte mit --period eine wählen (${known(plan)}).`,
    };
  return {
    ok: true,
    round: { name: open.name, cutoff: open.cutoff, deadline: open.deadline, contact: open.contact ?? null },
  };
};
