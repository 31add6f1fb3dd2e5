import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What every scenario gets from the entry point: where to write, how to log, how long it may take. */
export interface RunContext {
  /** This run's folder under bench-out/runs/: input lists, merge outputs, profiles, results. */
  readonly dir: string;
  readonly log: (line: string) => void;
  /** When set, children run with --cpu-prof into `<dir>/profiles/<label>/` (times then include profiler overhead). */
  readonly profile: boolean;
  readonly seed: number;
  readonly today: string;
}

/** Writes the input paths one per line, for tasks that take `--list` (a thousand paths would crowd argv). */
export const writeList = (ctx: RunContext, label: string, paths: readonly string[]): string => {
  const file = join(ctx.dir, `${label}.list`);
  writeFileSync(file, `${paths.join("\n")}\n`);
  return file;
};

/** Node flags for a child: a CPU profile per thread when profiling, into a folder named for the run. */
export const profileFlags = (ctx: RunContext, label: string): string[] => {
  if (!ctx.profile) return [];
  const dir = join(ctx.dir, "profiles", label);
  mkdirSync(dir, { recursive: true });
  return ["--cpu-prof", "--cpu-prof-dir", dir];
};
