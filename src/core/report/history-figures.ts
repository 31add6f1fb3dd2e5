import type { DecisionRow } from "../register/decision";
import type { History, HistoryCell, HistoryRow, RegisterRound } from "../register/register-types";
import type { PlanConfig } from "../plan-config";

/** One round's status distribution over the measures that round knew (the shape of a Tally's counts). */
export interface RoundTally {
  readonly round: string;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly unreported: number;
  readonly noStatus: number;
  readonly total: number;
}

export interface HistoryMeasure {
  readonly id: string;
  readonly measure: string | null;
  readonly office: string | null;
}

/** A planned end that moved: the first the register knew and the one the latest round worked with. */
export interface PostponedEnd extends HistoryMeasure {
  readonly original: string;
  readonly current: string;
  /** The coordinator's latest "Terminverschiebung annehmen" for the measure, if there is one. */
  readonly decision: { readonly by: string | null; readonly on: string | null; readonly reason: string | null } | null;
}

/** A measure reported with the same status and progress in the latest round and the rounds right before it. */
export interface UnchangedMeasure extends HistoryMeasure {
  readonly status: string | null;
  readonly progress: number | null;
  /** The first round of the unchanged run, and how many rounds it spans (at least two). */
  readonly since: string;
  readonly rounds: number;
}

export interface HistoryFigures {
  readonly rounds: readonly RegisterRound[];
  readonly byRound: readonly RoundTally[];
  /** Measures first reported done, per year of that round (its Stichtag, else its name's year). */
  readonly doneByYear: readonly { readonly year: string; readonly count: number }[];
  readonly postponed: readonly PostponedEnd[];
  readonly unchanged: readonly UnchangedMeasure[];
  /** Measures of the latest round that no round so far has a report of. */
  readonly neverReported: readonly HistoryMeasure[];
}

const POSTPONEMENT = "Terminverschiebung annehmen";
const NO_YEAR = "ohne Jahr";

/** A round's year: its Stichtag's, else the first 4-digit year its name holds ("Jahresmeldung 2025"). */
const roundYear = (r: RegisterRound): string => r.cutoff?.slice(0, 4) ?? /\b(\d{4})\b/.exec(r.name)?.[1] ?? NO_YEAR;

const who = (row: HistoryRow): HistoryMeasure => ({ id: row.measureId, measure: row.measure, office: row.leadOffice });

const tallyOf = (round: string, rows: readonly HistoryRow[]): RoundTally => {
  const byStatus: Record<string, number> = {};
  let unreported = 0;
  let noStatus = 0;
  let total = 0;
  for (const row of rows) {
    const cell = row.rounds[round];
    if (cell === undefined) continue;
    total++;
    if (!cell.reported) unreported++;
    else if (cell.status === null) noStatus++;
    else byStatus[cell.status] = (byStatus[cell.status] ?? 0) + 1;
  }
  return { round, byStatus, unreported, noStatus, total };
};

const sameReport = (a: HistoryCell | undefined, b: HistoryCell): boolean =>
  a?.reported === true && a.status === b.status && a.progress === b.progress;

/** The consecutive rounds up to the latest in which the measure said the same; null under two. */
const unchangedRun = (row: HistoryRow, names: readonly string[]): { since: string; rounds: number } | null => {
  const last = row.rounds[names[names.length - 1]!];
  // A row without a status says nothing to compare: it is "ohne Status", not standing still.
  if (last === undefined || !last.reported || last.status === null) return null;
  let i = names.length - 1;
  while (i > 0 && sameReport(row.rounds[names[i - 1]!], last)) i--;
  const rounds = names.length - i;
  return rounds >= 2 ? { since: names[i]!, rounds } : null;
};

const postponedEnd = (row: HistoryRow, names: readonly string[], decisions: readonly DecisionRow[]) => {
  const ends = names.map((n) => row.rounds[n]?.end ?? null).filter((e): e is string => e !== null);
  const original = ends[0];
  const current = ends[ends.length - 1];
  if (original === undefined || current === undefined || current <= original) return null;
  const decided = decisions.filter((d) => d.measureId === row.measureId && d.kind === POSTPONEMENT).at(-1);
  return {
    ...who(row),
    original,
    current,
    decision: decided ? { by: decided.by, on: decided.on ?? null, reason: decided.reason } : null,
  };
};

/**
 * The report's "Entwicklung seit …" figures from the register's Verlauf and Entscheidungen, as read
 * back from the consolidated workbook. Counted over what each round knew, so a measure added later
 * is not "keine Meldung" in the rounds before it; a measure that left the plan stays in its rounds.
 * Done, dropped and ongoing measures are expected to stay as they are: they are never "unchanged".
 */
export const historyFigures = (
  history: History,
  decisions: readonly DecisionRow[],
  plan: Pick<PlanConfig, "statuses">,
  include: (office: string | null) => boolean = () => true,
): HistoryFigures | null => {
  const names = history.rounds.map((r) => r.name);
  if (names.length === 0) return null;
  const category = new Map(plan.statuses.map((s) => [s.value, s.category]));
  const settled = (s: string | null) => ["done", "dropped", "ongoing"].includes(category.get(s ?? "") ?? "");
  const rows = history.rows.filter((r) => include(r.leadOffice));
  const doneIn = new Map<string, number>();
  const yearOf = new Map(history.rounds.map((r) => [r.name, roundYear(r)]));
  for (const row of rows) {
    const first = names.find((n) => category.get(row.rounds[n]?.status ?? "") === "done");
    if (first !== undefined) doneIn.set(yearOf.get(first)!, (doneIn.get(yearOf.get(first)!) ?? 0) + 1);
  }
  const latest = names[names.length - 1]!;
  const unchanged: UnchangedMeasure[] = [];
  for (const row of rows) {
    const run = unchangedRun(row, names);
    const cell = row.rounds[latest];
    if (run && cell && !settled(cell.status))
      unchanged.push({ ...who(row), status: cell.status, progress: cell.progress, ...run });
  }
  return {
    rounds: history.rounds,
    byRound: names.map((n) => tallyOf(n, rows)),
    doneByYear: [...new Set(yearOf.values())]
      .sort()
      .filter((y) => y !== NO_YEAR || doneIn.has(y))
      .map((year) => ({ year, count: doneIn.get(year) ?? 0 })),
    postponed: rows.flatMap((r) => postponedEnd(r, names, decisions) ?? []),
    unchanged,
    neverReported: rows
      .filter((r) => r.rounds[latest] !== undefined && names.every((n) => r.rounds[n]?.reported !== true))
      .map(who),
  };
};
