import { flagAfterStichtag, flagRepeatedOffices, type MergeInput, type PlanConfig } from "../../core";
import { currentRound, flagOldTemplates } from "./old-templates";
import { findRound, type RoundInfo } from "./round";

/**
 * What happens to the validated files of a round before they are merged, the same in the command
 * line and the browser page: a Stand after the round's Stichtag is flagged, files from another
 * round's template and several files of one office are named.
 */
export const prepareRoundInputs = (
  read: readonly MergeInput[],
  plan: PlanConfig,
  period: string | undefined,
  today: string,
): { inputs: MergeInput[]; round: RoundInfo | null } => {
  const name = currentRound(read, plan, period);
  const round = name === null ? null : findRound(plan, name);
  const dated = round?.cutoff ? flagAfterStichtag(read, { name: round.name, cutoff: round.cutoff }, today) : [...read];
  return { inputs: flagRepeatedOffices(flagOldTemplates(dated, plan, period)), round };
};
