import { readFileSync } from "node:fs";

/**
 * The small protocol between the bench and its child tasks: `--name value` arguments, a file
 * listing the inputs one per line (a thousand paths would crowd argv), progress lines in the CLI's
 * own "[i/N] file" form so one parser follows both, and one final `result {json}` line.
 */
export const argOf = (name: string, fallback?: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (v !== undefined) return v;
  if (fallback !== undefined) return fallback;
  throw new Error(`missing --${name}`);
};

export const numberArg = (name: string, fallback?: number): number => {
  const n = Number(argOf(name, fallback === undefined ? undefined : String(fallback)));
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number`);
  return n;
};

export const inputList = (): string[] =>
  readFileSync(argOf("list"), "utf8")
    .split("\n")
    .filter((l) => l !== "");

export const reportProgress = (done: number, total: number, label: string): void => {
  process.stdout.write(`[${done}/${total}] ${label}\n`);
};

export const reportResult = (result: object): void => {
  process.stdout.write(`result ${JSON.stringify(result)}\n`);
};

/** Milliseconds since `start` (a process.hrtime.bigint() reading). */
export const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * A task stops itself at its deadline and reports how far it got: a killed task could not say
 * how many files it read, and the bench extrapolates from exactly that.
 */
export const deadline = (): (() => boolean) => {
  const budget = numberArg("budget-ms", 0);
  const start = Date.now();
  return () => budget > 0 && Date.now() - start > budget;
};
