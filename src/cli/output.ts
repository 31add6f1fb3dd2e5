/** Where a command writes: injected so commands are tested without touching the process. */
export interface Output {
  /** Results (stdout). */
  out(text: string): void;
  /** Progress, warnings, summaries (stderr). */
  err(text: string): void;
  readonly progressStream: NodeJS.WriteStream;
  /** Progress display on (off for --json and tests). */
  readonly progress: boolean;
}
