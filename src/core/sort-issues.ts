import { columnIndex } from "./address";
import { compareText } from "./compare";
import type { Issue } from "./issue";

const byNullableNumber = (a: number | null, b: number | null): number => (a ?? 0) - (b ?? 0);

/** File issues first, then by sheet, physical row, column (A before AA), then code: a clerk reads top-down. */
type Placed = Pick<Issue, "sheet" | "row" | "column" | "code">;
export const compareIssues = (a: Placed, b: Placed): number =>
  compareText(a.sheet ?? "", b.sheet ?? "") ||
  byNullableNumber(a.row, b.row) ||
  byNullableNumber(
    a.column === null ? null : columnIndex(a.column),
    b.column === null ? null : columnIndex(b.column),
  ) ||
  compareText(a.code, b.code);

export const sortIssues = (issues: readonly Issue[]): Issue[] => [...issues].sort(compareIssues);
