import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { localToday, runCommandLine } from "../../src/cli/main";

const BIN = join(__dirname, "..", "..", "bin", "aktionsplan.js");

/** Runs the compiled command (built by `npm test` before jest) as a user would, in a child process. */
export const runCli = (args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 120_000,
    ...(cwd ? { cwd } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `${prefix}-`));

export const fileHash = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

const sink = (add: (text: string) => void): Writable =>
  new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      add(String(chunk));
      done();
    },
  });

/**
 * Runs a command in this process through the same entry as the binary (`runCommandLine`), with the
 * output captured: most command tests need no build and no child process. Keep `runCli` for what only a
 * real process shows (signals, environment such as TZ, the working directory, native ESM imports).
 */
export const cli = async (args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  let stdout = "";
  let stderr = "";
  const term = {
    stdout: sink((t) => (stdout += t)),
    stderr: sink((t) => (stderr += t)),
    env: process.env,
    today: localToday,
  };
  const code = await runCommandLine(["node", "aktionsplan", ...args], term);
  return { code, stdout, stderr };
};
