import type { PlanConfig } from "../plan-config";
import { findRound, type RoundInfo } from "../rounds/round";
import { consolidateWithRegister, type RegisterInput } from "../register/carry-register";
import { consolidate, type Consolidation } from "./consolidate";
import type { MasterMeasure, MergeInput, PreviousMeasure } from "./merge-types";
import { currentRound, flagOldTemplates } from "./old-templates";
import { flagRepeatedOffices } from "./repeated-offices";
import { flagUnknownLinks, type LinkedMaster } from "./linked-measures";
import { flagAfterStichtag } from "./stichtag";

export interface MergeRoundOptions {
  readonly plan: PlanConfig;
  /** ISO date; the core has no clock. */
  readonly today: string;
  /** The round being collected (--period); else the latest round any input's template names. */
  readonly period?: string | undefined;
  readonly master?: readonly MasterMeasure[] | undefined;
  readonly previous?: readonly PreviousMeasure[] | undefined;
  /**
   * The plan register carried from the last merge (`merge --previous`): its decisions, history and
   * returns, given the round being merged. Without it the merge stands alone.
   */
  readonly register?: ((round: RoundInfo | null) => RegisterInput) | undefined;
  /** Other plans' measures (`merge --linked-master`, one per plan): links to a measure its plan lacks are flagged. */
  readonly linked?: readonly LinkedMaster[] | undefined;
}

/** The checked files as the round judges them, and the round itself (null when none is known). */
export interface PreparedRound {
  readonly inputs: MergeInput[];
  readonly round: RoundInfo | null;
}

export interface MergedRound extends PreparedRound {
  readonly consolidation: Consolidation;
}

/**
 * What happens to the checked files of a round before they are merged: a Stand after the round's
 * Stichtag is flagged, files from another round's template and several files of one office are
 * named. The browser page shows these findings before anyone merges, so this step stands alone.
 */
export const prepareRound = (
  checked: readonly MergeInput[],
  options: Pick<MergeRoundOptions, "plan" | "period" | "today" | "linked">,
): PreparedRound => {
  const { plan, period, today, linked } = options;
  const name = currentRound(checked, plan, period);
  const round = name === null ? null : findRound(plan, name);
  const dated = round?.cutoff
    ? flagAfterStichtag(checked, { name: round.name, cutoff: round.cutoff }, today, plan)
    : [...checked];
  const linkedChecked = linked?.length ? flagUnknownLinks(dated, linked) : dated;
  return { inputs: flagRepeatedOffices(flagOldTemplates(linkedChecked, plan, period)), round };
};

/**
 * The one pipeline from checked workbooks to the consolidation, the same for the command line and
 * the browser page: the round's checks, then the merge against the master plan and the last round.
 */
export const mergeRound = (checked: readonly MergeInput[], options: MergeRoundOptions): MergedRound => {
  const { inputs, round } = prepareRound(checked, options);
  const consolidateOptions = {
    plan: options.plan,
    today: options.today,
    ...(options.master ? { master: options.master } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
    ...(round ? { round: { name: round.name, cutoff: round.cutoff } } : {}),
  };
  const consolidation = options.register
    ? consolidateWithRegister(inputs, consolidateOptions, options.register(round))
    : consolidate(inputs, consolidateOptions);
  return { inputs, round, consolidation };
};
