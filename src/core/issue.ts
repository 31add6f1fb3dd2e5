import type { ColumnKey } from "./columns/catalogue";
import type { IssueCode, IssueParams } from "./issues/catalogue";
import type { Severity } from "./severity";

export { IssueCode, type IssueParams } from "./issues/catalogue";
export { Severity, SEVERITY_RANK } from "./severity";

/**
 * Where an issue is and what was seen there. Positions are what Excel shows: 1-based row, column
 * letter, A1 address. File-level issues have them null.
 */
export interface IssueBase {
  readonly severity: Severity;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly cell: string | null;
  readonly field: ColumnKey | null;
  /** The raw value seen, as text. */
  readonly value: string | null;
  /** Accepted by a coordinator's decision ("Befund akzeptieren"): still listed, out of every error count. */
  readonly accepted?: boolean;
}

/** An issue of one code, with that code's parameters. */
export type IssueOf<C extends IssueCode> = C extends IssueCode
  ? IssueBase & { readonly code: C; readonly params: IssueParams<C> }
  : never;

/**
 * An issue is data: a union discriminated on `code`, so reading or writing a parameter the code
 * does not have is a type error. Its message is rendered separately, per locale.
 */
export type Issue = IssueOf<IssueCode>;

/** A code with its parameters, before it has a place: what a normaliser or rule finds. */
export type ProblemOf<C extends IssueCode> = C extends IssueCode
  ? { readonly code: C; readonly params: IssueParams<C> }
  : never;
export type Problem = ProblemOf<IssueCode>;

export interface IssuePosition {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: number | null;
}
