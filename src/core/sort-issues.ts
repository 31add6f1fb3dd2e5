import { columnIndex } from "./address";
import { compareText } from "./compare";
import type { Issue } from "./issue";

const byNullableNumber = (a: number | null, b: number | null): number => (a ?? 0) - (b ?? 0);

/** One to three capital letters, as columnLetter writes every column an issue names. */
const isColumnLetters = (s: string): boolean => {
  if (s.length === 0 || s.length > 3) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
};

/**
 * Columns in Excel's order (A before Z before AA). Two columns as columnLetter writes them are in
 * that order by length, then alphabetically: compared so, without parsing both at every comparison
 * of a sort (a pattern test and a loop each); anything else is compared by its index, as before.
 */
const byColumn = (a: string | null, b: string | null): number => {
  if (a === b) return 0;
  if (a !== null && b !== null && isColumnLetters(a) && isColumnLetters(b))
    return a.length - b.length || compareText(a, b);
  return byNullableNumber(a === null ? null : columnIndex(a), b === null ? null : columnIndex(b));
};

/** File issues first, then by sheet, physical row, column (A before AA), then code: a clerk reads top-down. */
type Placed = Pick<Issue, "sheet" | "row" | "column" | "code">;
export const compareIssues = (a: Placed, b: Placed): number =>
  compareText(a.sheet ?? "", b.sheet ?? "") ||
  byNullableNumber(a.row, b.row) ||
  byColumn(a.column, b.column) ||
  compareText(a.code, b.code);

export const sortIssues = (issues: readonly Issue[]): Issue[] => [...issues].sort(compareIssues);
