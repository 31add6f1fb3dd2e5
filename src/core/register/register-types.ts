import { z } from "zod";

const IsoDay = z.iso.date().nullable();

/** A reporting round as the register remembers it, so a round the plan configuration lacks needs no JSON edit. */
export const RegisterRound = z.object({
  name: z.string().trim().min(1),
  /** Stichtag. */
  cutoff: IsoDay,
  /** Abgabefrist. */
  deadline: IsoDay,
  contact: z.string().nullable(),
});
export type RegisterRound = z.infer<typeof RegisterRound>;

/** What one round said of one measure; `reported` false is "keine Meldung" (the other values are then null). */
export const HistoryCell = z.object({
  reported: z.boolean(),
  status: z.string().nullable(),
  /** Percent, 0–100. */
  progress: z.number().min(0).max(100).nullable(),
  asOf: IsoDay,
  /** The planned end the round worked with (the master's, or an accepted postponement). */
  end: IsoDay,
  /** The file that spoke for the measure. */
  source: z.string().nullable(),
});
export type HistoryCell = z.infer<typeof HistoryCell>;

/** One measure's history: per round name what that round said; rounds without an entry did not know it. */
export const HistoryRow = z.object({
  measureId: z.string(),
  measure: z.string().nullable(),
  leadOffice: z.string().nullable(),
  rounds: z.record(z.string(), HistoryCell),
});
export type HistoryRow = z.infer<typeof HistoryRow>;

/** The history of the whole plan: the rounds in order and one row per measure. */
export const History = z.object({
  rounds: z.array(RegisterRound),
  rows: z.array(HistoryRow),
});
export type History = z.infer<typeof History>;

/**
 * The history after a merge, as the Verlauf writes it: the rounds, and one row per measure in
 * natural ID order, each made when asked for (the merge holds no second object per measure).
 */
export interface NextHistory {
  readonly rounds: readonly RegisterRound[];
  readonly count: number;
  /** Row i (0-based), made anew on each call. */
  readonly row: (i: number) => HistoryRow;
}
