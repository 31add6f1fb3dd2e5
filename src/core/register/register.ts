import type { DecisionOutcome, DecisionRow } from "./decision";
import type { History, NextHistory } from "./register-types";
import type { ReturnRow } from "./returns";

/** The plan register as read from an earlier consolidated workbook: history, rounds, the coordinator's decisions. */
export interface Register {
  readonly history: History;
  readonly decisions: readonly DecisionRow[];
  readonly returns: readonly ReturnRow[];
}

/**
 * The register after this merge, written into the new consolidated workbook and read back by the
 * next merge: history with this round, and every decision with what became of it.
 */
export interface RegisterState {
  /** The register file the decisions were read from (--previous), for their findings; null on a first merge. */
  readonly file: string | null;
  readonly history: NextHistory;
  readonly decisions: readonly DecisionOutcome[];
  /** Who returned what when, per office and round. */
  readonly returns: readonly ReturnRow[];
}
