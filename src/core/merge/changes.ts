import type { ConsolidatedMeasure, PreviousMeasure } from "./merge-types";

export interface Change {
  readonly measureId: string;
  readonly before: { readonly status: string | null; readonly progress: number | null } | null;
  readonly after: { readonly status: string | null; readonly progress: number | null };
  /** "neu" (not in the earlier round), "geändert", or "unverändert". */
  readonly kind: "new" | "changed" | "unchanged";
}

/** Status and progress per measure against the earlier round, in the consolidated order. */
export const compareWithPrevious = (previous: readonly PreviousMeasure[], measures: readonly ConsolidatedMeasure[]): Change[] => {
  const before = new Map(previous.map((p) => [p.measureId, p]));
  return measures.map((m) => {
    const row = m.chosen.record.row;
    const p = before.get(row.measureId ?? "");
    const after = { status: row.status, progress: row.progress };
    if (!p) return { measureId: row.measureId ?? "", before: null, after, kind: "new" as const };
    const same = p.status === row.status && p.progress === row.progress;
    return { measureId: row.measureId ?? "", before: { status: p.status, progress: p.progress }, after, kind: same ? ("unchanged" as const) : ("changed" as const) };
  });
};
