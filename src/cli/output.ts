/** A stream a progress display can draw on: a terminal (redrawn bar) or anything else (plain lines). */
export type ProgressStream = NodeJS.WritableStream & { readonly isTTY?: boolean };

/** Where a command writes: injected so commands are tested without touching the process. */
export interface Output {
  /** Results (stdout). */
  out(text: string): void;
  /** Progress, warnings, summaries (stderr). */
  err(text: string): void;
  readonly progressStream: ProgressStream;
  /** Progress display on (off for --json and tests). */
  readonly progress: boolean;
}
