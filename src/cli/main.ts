// The only file that touches process, argv and exit codes (STYLE.md): commands return results, and the
// program itself runs against a Terminal, so tests run every command in-process with a fake one.
import { Command, CommanderError } from "commander";
import { CliError, EXIT } from "./cli-error";
import { addCommand } from "./command-spec";
import { COMMANDS, type CommandContext, readsWithDefaultPool } from "./commands";
import type { ProgressStream } from "./output";
import { warmDefaultPool } from "./read-pool";

/** What the program may touch of its process: its two streams, its environment and the clock. */
export interface Terminal {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: ProgressStream;
  readonly env: NodeJS.ProcessEnv;
  /** Today's local date as YYYY-MM-DD: the one place the tool reads the clock. */
  readonly today: () => string;
}

export const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

const line = (t: string): string => (t.endsWith("\n") ? t : `${t}\n`);

const program = (term: Terminal, setExit: (code: number) => void): Command => {
  const context: CommandContext = {
    output: (progress) => ({
      out: (t) => term.stdout.write(line(t)),
      err: (t) => term.stderr.write(line(t)),
      progressStream: term.stderr,
      progress,
    }),
    env: term.env,
    today: term.today,
  };
  const p = new Command("aktionsplan")
    .description("Aktionsplan-Monitor: Maßnahmentabellen der Ämter prüfen und zusammenführen")
    .exitOverride()
    .configureOutput({ writeOut: (s) => term.stdout.write(s), writeErr: (s) => term.stderr.write(s) });
  for (const spec of COMMANDS) addCommand(p, spec, context, setExit);
  return p;
};

/**
 * `aktionsplan validate … | head`: when the reader closes the pipe, the rest of the output has no
 * one to go to. That is the reader's choice, not a failure: end quietly with 0, no stack trace.
 */
const endQuietlyOnClosedPipe = (): void => {
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(EXIT.ok);
      throw e;
    });
};

/** Runs one command line (argv as process.argv: node, script, arguments …) and returns its exit code. */
export const runCommandLine = async (argv: readonly string[], term: Terminal): Promise<number> => {
  let code: number = EXIT.ok;
  try {
    await program(term, (c) => (code = c)).parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) code = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    else if (e instanceof CliError) {
      term.stderr.write(`Fehler: ${e.message}\n`);
      code = EXIT.usage;
    } else {
      term.stderr.write(`Interner Fehler (bitte melden): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      code = EXIT.internal;
    }
  }
  return code;
};

export const main = async (argv: readonly string[] = process.argv): Promise<void> => {
  endQuietlyOnClosedPipe();
  if (readsWithDefaultPool(argv)) warmDefaultPool();
  const term: Terminal = { stdout: process.stdout, stderr: process.stderr, env: process.env, today: localToday };
  process.exitCode = await runCommandLine(argv, term);
};
