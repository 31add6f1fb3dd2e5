import type { ConsolidatedMeasure, PreviousMeasure } from "./merge-types";

/** What a round said of a measure: compared between two rounds. */
export interface ChangeState {
  readonly status: string | null;
  readonly progress: number | null;
  readonly note: string | null;
}

export interface Change {
  readonly measureId: string;
  /** The measure's title, so a reader of the change list knows which measure it is. */
  readonly measure: string | null;
  readonly before: ChangeState | null;
  /** null when the measure was reported last round and is missing now. */
  readonly after: ChangeState | null;
  /** "neu" (not in the earlier round), "geändert", "unverändert", or "nicht mehr gemeldet". */
  readonly kind: "new" | "changed" | "unchanged" | "missing";
}

const stateOf = (s: { status: string | null; progress: number | null; note: string | null }): ChangeState => ({
  status: s.status,
  progress: s.progress,
  note: s.note,
});

/**
 * Status, progress and Sachstand per measure against the earlier round, in the consolidated order;
 * then the measures the earlier round had and this one lacks, so none drops out of sight.
 */
export const compareWithPrevious = (
  previous: readonly PreviousMeasure[],
  measures: readonly ConsolidatedMeasure[],
): Change[] => {
  const before = new Map(previous.map((p) => [p.measureId, p]));
  const now = new Set<string>();
  const changes: Change[] = measures.map((m) => {
    const row = m.chosen.record.row;
    const id = row.measureId ?? "";
    now.add(id);
    const p = before.get(id);
    const after = stateOf(row);
    if (!p) return { measureId: id, measure: row.measure, before: null, after, kind: "new" };
    const same = p.status === row.status && p.progress === row.progress && p.note === row.note;
    return { measureId: id, measure: row.measure, before: stateOf(p), after, kind: same ? "unchanged" : "changed" };
  });
  const missing = previous
    .filter((p) => !now.has(p.measureId))
    .map(
      (p): Change => ({
        measureId: p.measureId,
        measure: p.measure ?? null,
        before: stateOf(p),
        after: null,
        kind: "missing",
      }),
    );
  return [...changes, ...missing];
};
