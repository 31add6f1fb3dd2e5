/** The one error the CLI throws on purpose: a usage problem, reported by main.ts with exit code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, errorsFound: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
