import type { CellValue } from "../cell";
import type { Problem } from "../issue";
import type { IssueCode } from "../issues/catalogue";
import { type ParamsArg, problem } from "../make-issue";

/** A proposed replacement for a cell: new value and, where it matters, the number format to set. */
export interface Proposal {
  readonly value: CellValue;
  readonly format?: string;
  readonly reason: FixReason;
}

export type FixReason =
  | "trim"
  | "synonym"
  | "date-text"
  | "progress-text"
  | "progress-scale"
  | "id-text"
  | "boolean-text";

/**
 * What normalising one cell yields: the canonical value (null when absent or unusable), at most one
 * problem, and optionally a proposal to rewrite the cell. Never throws, whatever the input.
 */
export interface Normalised<T> {
  readonly value: T | null;
  readonly problem?: Problem;
  readonly proposal?: Proposal;
}

export const ok = <T>(value: T | null, proposal?: Proposal): Normalised<T> =>
  proposal ? { value, proposal } : { value };
/** No usable value, and the code (with its parameters) that says why. */
export const fail = <C extends IssueCode>(code: C, ...params: ParamsArg<C>): Normalised<never> => ({
  value: null,
  problem: problem(code, ...params),
});
