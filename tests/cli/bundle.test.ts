// @needs: build
import { spawnSync } from "node:child_process";
import { copyFileSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { TABLE_ROW_LIMIT } from "../../src/xlsx/consolidated/layout";
import { jugendamt, sozialamt } from "../helpers/offices";
import { addRows, workbookBytes } from "../helpers/workbook";
import { tempDir } from "../helpers/run-cli";

const ROOT = join(__dirname, "..", "..");
const BUNDLE = join(ROOT, "lib", "bundle");
const LOADER = join(ROOT, "bin", "load-bundle.js");
const FLAGS = join(ROOT, "bin", "v8-flags.js");

/**
 * Runs a command of the bundled CLI in a child and returns what its threads loaded: the scripts
 * the workers were started from, and the modules of the main thread's require cache.
 */
const loadedBy = (args: readonly string[]): { workers: string[]; modules: string[] } => {
  const script = `const wt = require("node:worker_threads");
const started = [];
const Worker = wt.Worker;
wt.Worker = class extends Worker { constructor(file, options) { started.push(String(file)); super(file, options); } };
require(${JSON.stringify(LOADER)}).loadBundle("main").main(["node", "aktionsplan", ...${JSON.stringify(args)}]);
process.on("exit", () => process.stderr.write("loaded:" + JSON.stringify({ workers: started, modules: Object.keys(require.cache) }) + "\\n"));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 });
  const m = /loaded:(.*)/.exec(r.stderr);
  if (!m) throw new Error(`no answer: ${r.stderr}`);
  const { workers, modules } = JSON.parse(m[1]!) as { workers: string[]; modules: string[] };
  return { workers: workers.map((w) => relative(ROOT, w)), modules: modules.map((p) => relative(ROOT, p)) };
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
    expect(ours).toEqual(["bin/load-bundle.js", "lib/bundle/main.bundle.js"]);
    expect(r.modules.filter((m) => /^node_modules\/(zod|commander)\//.test(m))).toEqual([]);
  }, 60_000);

  it("validate without --workers starts its two read workers before it knows its files, and reads in those", async () => {
    const dir = tempDir("bundle-warm");
    writeFileSync(join(dir, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(dir, "Sozialamt.xlsx"), await sozialamt());
    // Started warm and then taken: two, not two more for the lanes.
    expect(loadedBy(["validate", dir, "--today", "2024-06-30"]).workers).toEqual([
      "lib/bundle/read-worker.js",
      "lib/bundle/read-worker.js",
    ]);
    // One file: its lane has the whole budget, so a worker of its own; the warm ones end with the pool.
    const one = tempDir("bundle-warm-one");
    writeFileSync(join(one, "Jugendamt.xlsx"), await jugendamt());
    expect(loadedBy(["validate", one, "--today", "2024-06-30"]).workers).toHaveLength(3);
  }, 60_000);

  it("merge prints no warning of Node's own when it streams the workbook (archiver's new Buffer() was one, DEP0005)", async () => {
    const dir = tempDir("bundle-warnings");
    // More measures than an Excel table takes here (TABLE_ROW_LIMIT): the workbook is streamed through archiver.
    const rows = Array.from({ length: TABLE_ROW_LIMIT + 100 }, (_, i) => [
      `9.${Math.floor(i / 100) + 1}.${(i % 100) + 1}`,
      "Bildung",
      `Maßnahme ${i}`,
      "Jugendamt",
      "in Umsetzung",
    ]);
    writeFileSync(
      join(dir, "Jugendamt.xlsx"),
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Maßnahmen"), [
          ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Umsetzungsstand"],
          ...rows,
        ]),
      ),
    );
    const out = join(tempDir("bundle-warnings-out"), "k.xlsx");
    const cli = join(ROOT, "bin", "aktionsplan.js");
    const r = spawnSync(process.execPath, [cli, "merge", dir, "--out", out, "--today", "2024-06-30"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.stderr).toContain(
      `Schreibe Blatt „Maßnahmen“ (${(TABLE_ROW_LIMIT + 100).toLocaleString("de-DE")} Zeilen)`,
    );
    expect(r.stderr).not.toMatch(/Warning|\(node:\d+\)/);
  }, 60_000);

  it.each(["main", "read-worker", "render-worker", "stream-writer"])(
    "V8 takes the code cache the build wrote for the %s bundle, under the flags the command line sets",
    (name) => {
      const file = join(BUNDLE, `${name}.bundle.js`);
      // Compiled as bin/load-bundle.js compiles it; V8 refuses a cache of another source, version or
      // flags. In a fresh process: V8's flags are the process's, and a merge run in this jest worker
      // changes one (src/cli/heap-growth.ts), which a new `aktionsplan` process never starts with.
      // The launcher sets its flags (bin/v8-flags.js) before it loads a bundle: so does this check.
      const check = `require(${JSON.stringify(FLAGS)}).applyV8Flags();
const { Script } = require("node:vm");
const { wrap } = require("node:module");
const { readFileSync } = require("node:fs");
const file = ${JSON.stringify(file)};
const script = new Script(wrap(readFileSync(file, "utf8")), { filename: file, cachedData: readFileSync(file + ".cache") });
process.stdout.write(String(script.cachedDataRejected));`;
      const r = spawnSync(process.execPath, ["-e", check], { encoding: "utf8", timeout: 60_000 });
      expect(r.stdout).toBe("false");
    },
  );

  it("the launcher sets its V8 flags before it reads the first bundle", () => {
    // Each V8 flag the launcher sets and each file the process reads, in order, as the launcher runs.
    const watch = `const v8 = require("node:v8"); const fs = require("node:fs");
const seen = [];
const setFlags = v8.setFlagsFromString;
v8.setFlagsFromString = (f) => { seen.push("flag " + f); return setFlags(f); };
for (const name of ["readFileSync", "openSync"]) { const f = fs[name]; fs[name] = function (p, ...rest) { if (String(p).endsWith(".bundle.js")) seen.push("read " + require("node:path").basename(String(p))); return f.call(this, p, ...rest); }; }
process.on("exit", () => process.stderr.write("seen:" + JSON.stringify(seen) + "\\n"));`;
    const preload = join(tempDir("bundle-flags"), "watch.js");
    writeFileSync(preload, watch);
    const r = spawnSync(process.execPath, ["-r", preload, join(ROOT, "bin", "aktionsplan.js"), "--version"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    const seen = JSON.parse(/seen:(.*)/.exec(r.stderr)![1]!) as string[];
    const { V8_FLAGS } = createRequire(__filename)(FLAGS) as { V8_FLAGS: string[] };
    expect(V8_FLAGS.length).toBeGreaterThan(0);
    const firstRead = seen.findIndex((s) => s.startsWith("read "));
    expect(firstRead).toBeGreaterThan(-1);
    expect(seen.slice(0, firstRead)).toEqual(V8_FLAGS.map((f) => `flag ${f}`));
  });

  it("a cache older than its bundle is not used: the bundle is required as it is", () => {
    const dir = tempDir("bundle-stale");
    for (const f of ["main.bundle.js", "main.bundle.js.cache"]) copyFileSync(join(BUNDLE, f), join(dir, f));
    const { usableCache } = createRequire(__filename)(LOADER) as { usableCache: (file: string) => Buffer | null };
    const file = join(dir, "main.bundle.js");
    utimesSync(`${file}.cache`, new Date(2024, 0, 1), new Date(2024, 0, 1));
    expect(usableCache(file)).toBeNull();
    utimesSync(`${file}.cache`, new Date(), new Date(Date.now() + 60_000));
    expect(usableCache(file)?.length).toBeGreaterThan(0);
  });
});
