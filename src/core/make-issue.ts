import { columnLetter } from "./address";
import type { ColumnKey } from "./column-keys";
import { DEFAULT_SEVERITY, type Issue, type IssueCode, type IssuePosition } from "./issue";

export interface IssueInit {
  readonly field?: ColumnKey | null;
  readonly value?: string | null;
  readonly params?: Readonly<Record<string, string>>;
}

export const makeIssue = (code: IssueCode, at: IssuePosition, init: IssueInit = {}): Issue => {
  const column = at.column === null ? null : columnLetter(at.column);
  return {
    code,
    severity: DEFAULT_SEVERITY[code],
    sheet: at.sheet,
    row: at.row,
    column,
    cell: column !== null && at.row !== null ? `${column}${at.row}` : null,
    field: init.field ?? null,
    value: init.value ?? null,
    // A fresh null-prototype object: parameter names come from code, values may come from files.
    params: Object.assign(Object.create(null) as Record<string, string>, init.params ?? {}),
  };
};

export const fileIssue = (
  code: IssueCode,
  params: Readonly<Record<string, string>> = {},
  sheet: string | null = null,
): Issue => makeIssue(code, { sheet, row: null, column: null }, { params });
