import { z } from "zod";
import type { ReturnRow } from "./returns";
import { sameRound } from "./rounds";

/** Marks the file as ours: a merge reading a folder of Rückmeldungen ignores any other JSON there. */
export const FEEDBACK_LOG_KIND = "aktionsplan-rueckmeldungen";

/**
 * What `feedback` writes beside its letters and the next `merge --feedback-dir` reads: which office
 * got a Rückmeldung for which round on which day, so Rücklauf's "Rückmeldung geschrieben" fills itself.
 */
export const FeedbackLog = z.object({
  kind: z.literal(FEEDBACK_LOG_KIND),
  plan: z.string(),
  /** The day the letters were written (ISO). */
  written: z.iso.date(),
  entries: z.array(
    z.object({
      /** The round the office's file answered; null when no round could be told. */
      round: z.string().nullable(),
      office: z.string().nullable(),
      /** The office's file the letter answers, and its SHA-256 as the merge read it. */
      file: z.string(),
      sha256: z.string(),
      /** The Rückmeldung's file name. */
      feedback: z.string(),
    }),
  ),
});
export type FeedbackLog = z.infer<typeof FeedbackLog>;

/** One Rückmeldung as the merge carries it into Rücklauf. */
export interface FeedbackWritten {
  readonly round: string;
  readonly office: string;
  /** ISO date. */
  readonly on: string;
}

/** The log's letters that name an office and a round: the only ones a Rücklauf row can take. */
export const feedbackWritten = (log: FeedbackLog): FeedbackWritten[] =>
  log.entries.flatMap((e) =>
    e.round !== null && e.office !== null ? [{ round: e.round, office: e.office, on: log.written }] : [],
  );

/**
 * Rücklauf with the Rückmeldungen the logs record: each office's row of the round gets the latest
 * day a letter went out, whether the coordinator typed a day or a log names it (a second letter,
 * after a corrected version, moves it on). Rows no log speaks of stay as they are.
 */
export const withFeedback = (rows: readonly ReturnRow[], written: readonly FeedbackWritten[]): ReturnRow[] =>
  rows.map((r) => {
    const days = written.filter((w) => w.office === r.office && sameRound(w.round, r.round)).map((w) => w.on);
    const latest =
      [r.feedbackWritten, ...days]
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1) ?? null;
    return latest === r.feedbackWritten ? r : { ...r, feedbackWritten: latest };
  });
