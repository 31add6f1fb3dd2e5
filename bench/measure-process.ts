import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A progress line as the CLI prints it when stderr is not a terminal ("[3/60] file"); bench tasks print the same. */
const PROGRESS = /^\[(\d+)\/(\d+)\]/;
/** The merge's lines after reading: "Führe … zusammen …" once, then "Schreibe Blatt „Name“ (…) …" per sheet. */
const STEP = /^(?:Führe .* zusammen|Schreibe Blatt „([^“]+)“)/;

export interface ProcessRun {
  readonly wallMs: number;
  /** Peak resident set of the child (worker threads included: they share its address space); null if unknown. */
  readonly peakRssMb: number | null;
  readonly rssSource: "gnu-time" | "proc-vmhwm";
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** The time budget ran out and the child was killed: the numbers describe a partial run. */
  readonly timedOut: boolean;
  /**
   * Last progress line seen: how far the child got, when (ms after start), and the child's peak
   * resident set by then (null if /proc cannot tell): the last line ends the merge's reading phase.
   */
  readonly progress: {
    readonly done: number;
    readonly total: number;
    readonly atMs: number;
    readonly peakRssMb: number | null;
  } | null;
  /** The steps after reading as the merge names them (sheet null: the consolidation), when each began. */
  readonly steps: readonly {
    readonly sheet: string | null;
    readonly atMs: number;
    readonly peakRssMb: number | null;
  }[];
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Kill the child after this long (SIGKILL) and report how far it got. */
  readonly budgetMs?: number;
  /** Called per progress line, e.g. to show that a long run is alive. */
  readonly onProgress?: (done: number, total: number, atMs: number) => void;
}

const GNU_TIME = "/usr/bin/time";

/** GNU time reports the child's ru_maxrss after it exits, whatever killed it: exact, no polling gaps. */
const hasGnuTime = (): boolean => existsSync(GNU_TIME);

const childPidOf = (pid: number): number | null => {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    const first = Number(text.split(/\s+/)[0]);
    return Number.isInteger(first) && first > 0 ? first : null;
  } catch {
    return null;
  }
};

const vmHwmKb = (pid: number): number | null => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
};

/**
 * Runs `node <args>` as a child and measures wall time and peak RSS from outside, so the numbers
 * include start-up and everything the child loads, as a user would see them. Never throws for a
 * failing child: exit code and signal are part of the result.
 */
export const runMeasured = (nodeArgs: readonly string[], options: RunOptions = {}): Promise<ProcessRun> => {
  const gnu = hasGnuTime();
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  const command = gnu ? GNU_TIME : process.execPath;
  const args = gnu ? ["-v", "-o", timeFile, process.execPath, ...nodeArgs] : [...nodeArgs];
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let progress: ProcessRun["progress"] = null;
  const steps: { sheet: string | null; atMs: number; peakRssMb: number | null }[] = [];
  let peakPolledKb: number | null = null;
  let timedOut = false;
  // The node process itself: the direct child, or the child of GNU time.
  const nodePid = (): number | null =>
    gnu ? (child.pid === undefined ? null : childPidOf(child.pid)) : (child.pid ?? null);
  const onText = (append: (s: string) => void) => {
    let partial = "";
    return (chunk: Buffer) => {
      const text = partial + chunk.toString("utf8");
      const lines = text.split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        append(`${line}\n`);
        const m = PROGRESS.exec(line);
        if (m) {
          const pid = nodePid();
          const kb = pid === null ? null : vmHwmKb(pid);
          progress = {
            done: Number(m[1]),
            total: Number(m[2]),
            atMs: elapsed(),
            peakRssMb: kb === null ? null : kb / 1024,
          };
          options.onProgress?.(progress.done, progress.total, progress.atMs);
        }
        const step = STEP.exec(line);
        if (step) {
          const pid = nodePid();
          const kb = pid === null ? null : vmHwmKb(pid);
          steps.push({ sheet: step[1] ?? null, atMs: elapsed(), peakRssMb: kb === null ? null : kb / 1024 });
        }
      }
    };
  };
  child.stdout.on(
    "data",
    onText((s) => (stdout += s)),
  );
  child.stderr.on(
    "data",
    onText((s) => (stderr += s)),
  );
  const poll = gnu
    ? null
    : setInterval(() => {
        const pid = nodePid();
        const kb = pid === null ? null : vmHwmKb(pid);
        if (kb !== null) peakPolledKb = Math.max(peakPolledKb ?? 0, kb);
      }, 50);
  const timer =
    options.budgetMs === undefined
      ? null
      : setTimeout(() => {
          timedOut = true;
          const pid = nodePid();
          // Kill node, not GNU time: time then still writes the rusage of what ran.
          if (pid !== null) process.kill(pid, "SIGKILL");
          else child.kill("SIGKILL");
        }, options.budgetMs);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      const wallMs = elapsed();
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
      let peakRssMb: number | null = peakPolledKb === null ? null : peakPolledKb / 1024;
      let exitCode = code;
      let sig: string | null = signal;
      if (gnu && existsSync(timeFile)) {
        const report = readFileSync(timeFile, "utf8");
        rmSync(timeFile, { force: true });
        const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
        if (rss) peakRssMb = Number(rss[1]) / 1024;
        const killed = /Command terminated by signal (\d+)/.exec(report);
        const status = /Exit status: (\d+)/.exec(report);
        if (killed) {
          sig = `signal ${killed[1]}`;
          exitCode = null;
        } else if (status) exitCode = Number(status[1]);
      }
      resolve({
        wallMs,
        peakRssMb,
        rssSource: gnu ? "gnu-time" : "proc-vmhwm",
        exitCode,
        signal: sig,
        timedOut,
        progress,
        steps,
        stdout: stdout,
        stderr,
      });
    });
  });
};

/** The JSON a bench task prints as its last `result ` line. */
export const taskResult = <T>(run: ProcessRun): T | null => {
  const line = run.stdout
    .split("\n")
    .reverse()
    .find((l) => l.startsWith("result "));
  return line ? (JSON.parse(line.slice("result ".length)) as T) : null;
};
