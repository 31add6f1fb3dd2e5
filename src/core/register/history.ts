import { compareMeasureIds } from "../compare";
import type { Consolidation } from "../merge/consolidate";
import type { PlanEntry } from "../merge/population";
import type { History, HistoryCell, HistoryRow, RegisterRound } from "./register-types";
import { sameRound, withRound } from "./rounds";

/** A path's last part: the register names files as the coordinator sees them in the inbox. */
const baseName = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1) || path;

/** What this round says of a measure: the chosen row, or "keine Meldung" with the plan's end date. */
const cellOf = (e: PlanEntry): HistoryCell =>
  e.reporting === "unreported" || !e.measure
    ? { reported: false, status: null, progress: null, asOf: null, end: e.row.end, source: null }
    : {
        reported: true,
        status: e.row.status,
        progress: e.row.progress,
        asOf: e.row.asOf,
        end: e.row.end,
        source: baseName(e.measure.chosen.file),
      };

/**
 * The history after this merge: every earlier round as the register held it, and this round's
 * column from the consolidation (a re-merge of the same round replaces it). A measure that left the
 * plan keeps its row and its earlier rounds: history is never dropped.
 */
export const nextHistory = (previous: History | null, round: RegisterRound, c: Consolidation): History => {
  const rounds = withRound(previous?.rounds ?? [], round);
  // The register's spelling of the round, when it knew it already.
  const key = rounds.find((r) => sameRound(r.name, round.name))!.name;
  const byId = new Map<string, HistoryRow>();
  for (const row of previous?.rows ?? []) {
    const { [key]: _replaced, ...kept } = row.rounds;
    byId.set(row.measureId, { ...row, rounds: kept });
  }
  for (const e of c.entries) {
    const before = byId.get(e.measureId);
    byId.set(e.measureId, {
      measureId: e.measureId,
      measure: e.row.measure ?? before?.measure ?? null,
      leadOffice: e.row.leadOffice ?? before?.leadOffice ?? null,
      rounds: { ...before?.rounds, [key]: cellOf(e) },
    });
  }
  return { rounds, rows: [...byId.values()].sort((a, b) => compareMeasureIds(a.measureId, b.measureId)) };
};

/** The first and last round (in round order) in which a measure was reported; null when never. */
export const reportSpan = (
  row: HistoryRow,
  rounds: readonly RegisterRound[],
): { first: string | null; last: string | null } => {
  const reported = rounds.filter((r) => row.rounds[r.name]?.reported === true).map((r) => r.name);
  return { first: reported[0] ?? null, last: reported[reported.length - 1] ?? null };
};
