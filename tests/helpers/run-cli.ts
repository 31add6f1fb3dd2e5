import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = join(__dirname, "..", "..", "bin", "aktionsplan.js");

/** Runs the compiled command (built by `npm test` before jest) as a user would, in a child process. */
export const runCli = (args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000, ...(cwd ? { cwd } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `${prefix}-`));

export const fileHash = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");
