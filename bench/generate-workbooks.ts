import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runMeasured } from "./measure-process";
import { CACHE_DIR, TASKS_DIR } from "./paths";
import { synthFileName } from "./synthetic-sheet";

/** Bump when the generated content changes, so stale caches are rebuilt instead of silently reused. */
export const GENERATOR_VERSION = 1;

export interface SetSpec {
  /** "city" or "large": names the cache folder together with the seed. */
  readonly scenario: string;
  readonly seed: number;
  readonly files: number;
  readonly rows: number;
  readonly idParts: 3 | 4;
}

export interface WorkbookSet {
  readonly dir: string;
  /** Absolute paths of the first `files` workbooks, in file order. */
  readonly paths: readonly string[];
  /** True when the whole set came from the cache. */
  readonly cached: boolean;
  readonly generateMs: number;
}

interface Manifest {
  readonly generator: number;
  readonly seed: number;
  readonly rows: number;
  readonly idParts: number;
}

/**
 * Returns the set `bench/cache/<scenario>-<seed>/`, generating only the files it lacks. File i
 * depends on the seed and i alone, so a cache of 100 files grows to 1,000 without rewriting the
 * first 100; a cache made with other rows or another generator version is rebuilt.
 */
export const ensureWorkbookSet = async (spec: SetSpec, log: (line: string) => void): Promise<WorkbookSet> => {
  const dir = join(CACHE_DIR, `${spec.scenario}-${spec.seed}`);
  const manifestPath = join(dir, "manifest.json");
  const wanted: Manifest = { generator: GENERATOR_VERSION, seed: spec.seed, rows: spec.rows, idParts: spec.idParts };
  if (existsSync(manifestPath)) {
    const have = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
    if (JSON.stringify(have) !== JSON.stringify(wanted)) {
      log(`  cache ${dir} was made with ${JSON.stringify(have)}; rebuilding`);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(manifestPath, `${JSON.stringify(wanted)}\n`);
  // Half-written files of a killed earlier run.
  for (const f of readdirSync(dir)) if (f.endsWith(".tmp")) rmSync(join(dir, f));
  const names = Array.from({ length: spec.files }, (_, i) => synthFileName(i));
  const missing = names.filter((n) => !existsSync(join(dir, n))).length;
  const paths = names.map((n) => join(dir, n));
  if (missing === 0) return { dir, paths, cached: true, generateMs: 0 };
  log(`  generating ${missing} of ${spec.files} workbooks × ${spec.rows} rows into ${dir} (2 processes) …`);
  const started = Date.now();
  // Two processes, interleaved files: exceljs' writer is single-threaded, the machine has two cores.
  const shards = [0, 1].map((from) =>
    runMeasured(
      [
        join(TASKS_DIR, "generate-task.js"),
        "--dir",
        dir,
        "--seed",
        String(spec.seed),
        "--rows",
        String(spec.rows),
        "--id-parts",
        String(spec.idParts),
        "--from",
        String(from),
        "--to",
        String(spec.files),
        "--step",
        "2",
      ],
      {
        onProgress: (done, total) => {
          if (from === 0 && done % 100 === 0) log(`    … ${done * 2}/${total * 2}`);
        },
      },
    ),
  );
  const runs = await Promise.all(shards);
  for (const r of runs)
    if (r.exitCode !== 0) throw new Error(`generator failed (${r.exitCode ?? r.signal}): ${r.stderr.slice(-2000)}`);
  const generateMs = Date.now() - started;
  log(`  generated in ${(generateMs / 1000).toFixed(1)} s`);
  return { dir, paths, cached: false, generateMs };
};
