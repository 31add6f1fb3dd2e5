import { columnLetter } from "./address";
import type { ColumnKey } from "./columns/catalogue";
import type { Issue, IssueOf, IssuePosition, Problem, ProblemOf } from "./issue";
import { ISSUES, type IssueCode, type IssueParams } from "./issues/catalogue";

type Empty = Record<never, never>;
/** Codes whose parameters may all be left out. */
type ParamsOptional<C extends IssueCode> = Empty extends IssueParams<C> ? true : false;
/** The parameters argument: optional only where every parameter is. */
export type ParamsArg<C extends IssueCode> =
  ParamsOptional<C> extends true ? [params?: IssueParams<C>] : [params: IssueParams<C>];

export interface IssueInit {
  readonly field?: ColumnKey | null;
  readonly value?: string | null;
}
type InitOf<C extends IssueCode> = IssueInit &
  (ParamsOptional<C> extends true ? { readonly params?: IssueParams<C> } : { readonly params: IssueParams<C> });
type InitArg<C extends IssueCode> = ParamsOptional<C> extends true ? [init?: InitOf<C>] : [init: InitOf<C>];

/** A code with its parameters, checked against the catalogue by the compiler. */
export const problem = <C extends IssueCode>(code: C, ...[params]: ParamsArg<C>): ProblemOf<C> =>
  ({ code, params: params ?? {} }) as ProblemOf<C>;

/**
 * A problem placed in a column given by its letter: the one place an issue is made, with the
 * catalogue's severity. Per-row code passes the letter it worked out once for all rows of a header.
 */
export const issueInColumn = (
  found: Problem,
  sheet: string | null,
  row: number | null,
  column: string | null,
  init: IssueInit = {},
): Issue =>
  ({
    code: found.code,
    severity: ISSUES[found.code].severity,
    sheet,
    row,
    column,
    cell: column !== null && row !== null ? `${column}${row}` : null,
    field: init.field ?? null,
    value: init.value ?? null,
    params: found.params,
  }) as Issue;

/** A problem placed at a position. */
export const issueAt = (found: Problem, at: IssuePosition, init: IssueInit = {}): Issue =>
  issueInColumn(found, at.sheet, at.row, at.column === null ? null : columnLetter(at.column), init);

export const makeIssue = <C extends IssueCode>(code: C, at: IssuePosition, ...[init]: InitArg<C>): IssueOf<C> => {
  const i = (init ?? {}) as IssueInit & { readonly params?: IssueParams<C> };
  return issueAt({ code, params: i.params ?? {} } as Problem, at, i) as IssueOf<C>;
};

const nowhere = { sheet: null, row: null, column: null };

export const fileIssue = <C extends IssueCode>(code: C, ...[params]: ParamsArg<C>): IssueOf<C> =>
  issueAt({ code, params: params ?? {} } as Problem, nowhere) as IssueOf<C>;

/** A file-level issue about one sheet of the file. */
export const sheetIssue = <C extends IssueCode>(code: C, sheet: string, ...[params]: ParamsArg<C>): IssueOf<C> =>
  issueAt({ code, params: params ?? {} } as Problem, { ...nowhere, sheet }) as IssueOf<C>;
