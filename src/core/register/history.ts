import { compareMeasureIds } from "../compare";
import type { Consolidation } from "../merge/consolidate";
import type { PlanEntry } from "../merge/population";
import type { History, HistoryCell, HistoryRow, NextHistory, RegisterRound } from "./register-types";
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

/** Whether every ID comes strictly after the one before it: no two equal, none out of order. */
const strictlyInOrder = <T extends { readonly measureId: string }>(list: readonly T[]): boolean => {
  for (let i = 1; i < list.length; i++)
    if (compareMeasureIds(list[i - 1]!.measureId, list[i]!.measureId) >= 0) return false;
  return true;
};

/**
 * `slotsInIdOrder` when both lists are strictly in ID order (the register writes its rows so, and
 * the consolidation's entries come so): a merge of the two, with no map of every ID and no sort. A
 * row and an entry of the same ID share a slot; of two IDs that compare equal in other spellings
 * (3.2 and 3.02), the register's comes first, as it was seen first.
 */
const slotsOfOrderedLists = (
  rows: readonly HistoryRow[],
  entries: readonly PlanEntry[],
): { before: (HistoryRow | undefined)[]; entry: (PlanEntry | undefined)[] } => {
  const before: (HistoryRow | undefined)[] = [];
  const entry: (PlanEntry | undefined)[] = [];
  let i = 0;
  let j = 0;
  while (i < rows.length || j < entries.length) {
    const r = rows[i];
    const e = entries[j];
    const d = r === undefined ? 1 : e === undefined ? -1 : compareMeasureIds(r.measureId, e.measureId);
    const same = d === 0 && r!.measureId === e!.measureId;
    before.push(d <= 0 ? rows[i++] : undefined);
    entry.push(d > 0 || same ? entries[j++] : undefined);
  }
  return { before, entry };
};

/**
 * Per measure ID, in natural ID order, the register's row and this round's entry: two pointers a
 * measure until the Verlauf asks for its row. IDs that compare equal keep the order first seen
 * (earlier rounds' rows, then this round's new IDs). A function of its own, so that the closures of
 * the history's `row` hold none of its maps.
 */
const slotsInIdOrder = (
  rows: readonly HistoryRow[],
  entries: readonly PlanEntry[],
): { before: (HistoryRow | undefined)[]; entry: (PlanEntry | undefined)[] } => {
  if (strictlyInOrder(rows) && strictlyInOrder(entries)) {
    const slots = slotsOfOrderedLists(rows, entries);
    // A first merge has no earlier rows: no list of nothing.
    return rows.length === 0 ? { before: [], entry: slots.entry } : slots;
  }
  const slots = new Map<string, number>();
  const befores: (HistoryRow | undefined)[] = [];
  const found: (PlanEntry | undefined)[] = [];
  const slot = (id: string): number => {
    let s = slots.get(id);
    if (s === undefined) {
      s = befores.push(undefined) - 1;
      found.push(undefined);
      slots.set(id, s);
    }
    return s;
  };
  for (const row of rows) befores[slot(row.measureId)] = row;
  for (const e of entries) found[slot(e.measureId)] = e;
  const ids = [...slots.keys()];
  const order = ids.map((_, s) => s).sort((a, b) => compareMeasureIds(ids[a]!, ids[b]!));
  // A first merge has no earlier rows: no list of nothing.
  return { before: rows.length === 0 ? [] : order.map((s) => befores[s]), entry: order.map((s) => found[s]) };
};

/**
 * The history after this merge: every earlier round as the register held it, and this round's
 * column from the consolidation (a re-merge of the same round replaces it). A measure that left the
 * plan keeps its row and its earlier rounds: history is never dropped.
 */
export const nextHistory = (previous: History | null, round: RegisterRound, c: Consolidation): NextHistory => {
  const rounds = withRound(previous?.rounds ?? [], round);
  // The register's spelling of the round, when it knew it already.
  const key = rounds.find((r) => sameRound(r.name, round.name))!.name;
  const { before, entry } = slotsInIdOrder(previous?.rows ?? [], c.entries);
  const kept = (row: HistoryRow | undefined): HistoryRow["rounds"] | undefined => {
    if (row === undefined) return undefined;
    const { [key]: _replaced, ...others } = row.rounds;
    return others;
  };
  const row = (i: number): HistoryRow => {
    const b = before[i];
    const e = entry[i];
    // No entry this round: then the slot came from an earlier row.
    if (e === undefined) return { ...b!, rounds: kept(b)! };
    return {
      measureId: e.measureId,
      measure: e.row.measure ?? b?.measure ?? null,
      leadOffice: e.row.leadOffice ?? b?.leadOffice ?? null,
      rounds: { ...kept(b), [key]: cellOf(e) },
    };
  };
  return { rounds, count: entry.length, row };
};

/** The first and last round (in round order) in which a measure was reported; null when never. */
export const reportSpan = (
  row: HistoryRow,
  rounds: readonly RegisterRound[],
): { first: string | null; last: string | null } => {
  const reported = rounds.filter((r) => row.rounds[r.name]?.reported === true).map((r) => r.name);
  return { first: reported[0] ?? null, last: reported[reported.length - 1] ?? null };
};
