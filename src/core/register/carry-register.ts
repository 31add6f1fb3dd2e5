import { germanDate } from "../german-date";
import { consolidate, type ConsolidateOptions, type Consolidation } from "../merge/consolidate";
import type { MergeInput } from "../merge/merge-types";
import { prepareDecisions, settleDecisions } from "./apply-decisions";
import { checkDecisions } from "./check-decisions";
import type { DecisionRow } from "./decision";
import { nextHistory } from "./history";
import type { Register } from "./register";
import type { RegisterRound } from "./register-types";
import { type FeedbackWritten, withFeedback } from "./feedback-log";
import { nextReturns, supersededFiles, type ReceivedDates } from "./returns";

/**
 * The round a merge adds to the register: the round being collected, or, when no template and no
 * --period names one, the run itself ("Stand 30.06.2024"), so its figures still enter the history.
 */
export const mergedRound = (round: RegisterRound | null, today: string): RegisterRound =>
  round ?? { name: `Stand ${germanDate(today)}`, cutoff: null, deadline: null, contact: null };

export interface RegisterInput {
  /** The register read from --previous; null on the first merge. */
  readonly previous: Register | null;
  /** Its file, to name it in the findings about its decisions. */
  readonly file: string | null;
  /** Decision rows to apply: the register's Entscheidungen and drop-down choices turned into rows. */
  readonly decisions: readonly DecisionRow[];
  readonly round: RegisterRound;
  /** When each input file arrived (its modification date, ISO), as the shell read it. */
  readonly received: ReceivedDates;
  /** Per office, the day its template was made (from the returned files' template identity). */
  readonly templates: ReadonlyMap<string, string>;
  /** Rückmeldungen the `feedback` logs record (merge --feedback-dir), for Rücklauf. */
  readonly feedback?: readonly FeedbackWritten[];
}

/**
 * A merge that carries the plan register: the coordinator's decisions are read against the plan
 * and applied (postponements to the master, chosen files, set values before the figures; accepted
 * findings after), every decision keeps an outcome, and the history gains this round.
 */
export const consolidateWithRegister = (
  inputs: readonly MergeInput[],
  options: ConsolidateOptions,
  register: RegisterInput,
): Consolidation => {
  // Every ID of the run, a set of a million strings at a million rows: only a decision asks it.
  const known =
    register.decisions.length === 0
      ? new Set<string>()
      : new Set<string>([
          ...(options.master ?? []).map((m) => m.measureId),
          ...inputs.flatMap((i) => i.records.map((r) => r.row.measureId).filter((id): id is string => id !== null)),
          ...(register.previous?.history.rows ?? []).map((r) => r.measureId),
        ]);
  const { valid, invalid } = checkDecisions(register.decisions, options.plan, known, options.today);
  // An office's earlier version of this round, next to its newer file, is listed, not merged twice.
  const superseded = supersededFiles(inputs, register.previous?.returns ?? [], register.round);
  const kept = inputs.filter((i) => !superseded.has(i.result.file));
  const prepared = prepareDecisions(valid, kept, options.master);
  const merged = consolidate(prepared.inputs, {
    ...options,
    ...(prepared.master ? { master: prepared.master } : {}),
    preferredSources: prepared.preferred,
  });
  const settled = settleDecisions(merged, prepared.later);
  // In the order the register lists them (typed rows, then drop-down choices).
  const order = new Map(register.decisions.map((d, i) => [d, i]));
  const decisions = [...invalid, ...prepared.outcomes, ...settled.outcomes].sort(
    (a, b) => order.get(a.decision)! - order.get(b.decision)!,
  );
  return {
    ...settled.c,
    register: {
      file: register.file,
      history: nextHistory(register.previous?.history ?? null, register.round, settled.c),
      decisions,
      returns: withFeedback(
        nextReturns(
          register.previous?.returns ?? [],
          register.round,
          settled.c,
          inputs.filter((i) => superseded.has(i.result.file)).map((i) => i.result),
          register.received,
          register.templates,
        ),
        register.feedback ?? [],
      ),
    },
  };
};
