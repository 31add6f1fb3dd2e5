import type { MergeInput } from "../merge/merge-types";
import type { PlanConfig } from "../plan-config";
import type { RoundInfo } from "../rounds/round";
import { mergedRound, type RegisterInput } from "./carry-register";
import type { FeedbackWritten } from "./feedback-log";
import type { Register } from "./register";
import type { RegisterRound } from "./register-types";
import type { ReceivedDates } from "./returns";
import { planWithRounds } from "./rounds";

export interface RegisterMergeOptions {
  readonly plan: PlanConfig;
  /** ISO date; the core has no clock. */
  readonly today: string;
  /** The register read from the last consolidated workbook; null on a first merge. */
  readonly register: Register | null;
  /** Its file's name, for the findings about its decisions. */
  readonly file: string | null;
  /** When each input file arrived (its modification date, ISO), as the shell knows it. */
  readonly received: ReceivedDates;
  /** Rückmeldungen from `feedback`'s logs. */
  readonly feedback?: readonly FeedbackWritten[];
}

/** The rounds the inputs' templates name with their dates. */
const templateRounds = (checked: readonly MergeInput[]): RegisterRound[] =>
  checked.flatMap((c) =>
    c.template
      ? [{ name: c.template.round, cutoff: c.template.cutoff, deadline: c.template.deadline, contact: null }]
      : [],
  );

/**
 * What a merge that carries the plan register needs besides the files, the same for the command line
 * and the browser page: the plan knowing the register's rounds and those a template was made for
 * (so a round the plan configuration lacks needs no JSON editing), and the register input for the
 * round being merged.
 */
export const registerMerge = (
  checked: readonly MergeInput[],
  o: RegisterMergeOptions,
): { plan: PlanConfig; register: (round: RoundInfo | null) => RegisterInput } => ({
  plan: planWithRounds(o.plan, [...(o.register?.history.rounds ?? []), ...templateRounds(checked)]),
  register: (round) => ({
    previous: o.register,
    file: o.file,
    decisions: o.register?.decisions ?? [],
    round: mergedRound(round, o.today),
    received: o.received,
    ...(o.feedback ? { feedback: o.feedback } : {}),
    templates: new Map(
      checked.flatMap((i) =>
        i.template && i.template.created !== "" ? [[i.template.office, i.template.created]] : [],
      ),
    ),
  }),
});
