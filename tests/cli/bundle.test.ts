// @needs: build
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { jugendamt, sozialamt } from "../helpers/offices";
import { tempDir } from "../helpers/run-cli";

const ROOT = join(__dirname, "..", "..");
const BUNDLE = join(ROOT, "lib", "bundle");

/**
 * Runs a command of the bundled CLI in a child and returns what its threads loaded: the scripts
 * the workers were started from, and the modules of the main thread's require cache.
 */
const loadedBy = (args: readonly string[]): { workers: string[]; modules: string[]; code: number | null } => {
  const script = `const wt = require("node:worker_threads");
const started = [];
const Worker = wt.Worker;
wt.Worker = class extends Worker { constructor(file, options) { started.push(String(file)); super(file, options); } };
require(${JSON.stringify(join(BUNDLE, "main.js"))}).main(["node", "aktionsplan", ...${JSON.stringify(args)}]);
process.on("exit", () => process.stderr.write("loaded:" + JSON.stringify({ workers: started, modules: Object.keys(require.cache) }) + "\\n"));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 });
  const m = /loaded:(.*)/.exec(r.stderr);
  if (!m) throw new Error(`no answer: ${r.stderr}`);
  const { workers, modules } = JSON.parse(m[1]!) as { workers: string[]; modules: string[] };
  return {
    code: r.status,
    workers: workers.map((w) => relative(ROOT, w)),
    modules: modules.map((p) => relative(ROOT, p)),
  };
};

describe("the command line runs as one bundle per thread", () => {
  it("validate reads in workers started from the bundled worker script, and loads no module of ours but the bundle", async () => {
    const dir = tempDir("bundle");
    writeFileSync(join(dir, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(dir, "Sozialamt.xlsx"), await sozialamt());
    const r = loadedBy(["validate", dir, "--workers", "2", "--today", "2024-06-30"]);
    expect(r.workers).toEqual(["lib/bundle/read-worker.js", "lib/bundle/read-worker.js"]);
    // zod and commander are inside the bundle: neither the compiled lib/ nor their packages are loaded.
    const ours = r.modules.filter((m) => !m.startsWith("node_modules/"));
    expect(ours).toEqual(["lib/bundle/main.js"]);
    expect(r.modules.filter((m) => /^node_modules\/(zod|commander)\//.test(m))).toEqual([]);
  }, 60_000);
});
