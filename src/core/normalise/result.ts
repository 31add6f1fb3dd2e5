import type { CellValue } from "../cell";
import type { IssueCode } from "../issue";

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

export interface NormaliseProblem {
  readonly code: IssueCode;
  readonly params?: Readonly<Record<string, string>>;
}

/**
 * What normalising one cell yields: the canonical value (null when absent or unusable), at most one
 * problem, and optionally a proposal to rewrite the cell. Never throws, whatever the input.
 */
export interface Normalised<T> {
  readonly value: T | null;
  readonly problem?: NormaliseProblem;
  readonly proposal?: Proposal;
}

export const ok = <T>(value: T | null, proposal?: Proposal): Normalised<T> =>
  proposal ? { value, proposal } : { value };
export const fail = <T>(
  code: IssueCode,
  params?: Readonly<Record<string, string>>,
  value: T | null = null,
): Normalised<T> => (params ? { value, problem: { code, params } } : { value, problem: { code } });
