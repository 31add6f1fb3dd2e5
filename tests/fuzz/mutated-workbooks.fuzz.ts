import { mkdirSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import { buildExampleWorkbooks } from "../../src/examples/build-example-workbooks";
import { runCli, tempDir } from "../helpers/run-cli";

/**
 * `npm run fuzz` (never part of npm test): mutates real workbooks — bit flips, truncations,
 * shuffled or dropped zip entries, corrupted XML — and runs them through the compiled `validate`
 * command in batches. Every file must get a result (ok, invalid or unreadable); a crash (exit code
 * other than 0/1/2, or a missing result) is saved under test-output/fuzz-crashes/ to become a
 * regular test. Bounded by FUZZ_SECONDS (default 180).
 */
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 180);
const BATCH = 40;

/** A small deterministic PRNG (mulberry32), so a failing seed can be replayed with FUZZ_SEED. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const mutate = (bytes: Uint8Array, r: () => number): Uint8Array => {
  const kind = Math.floor(r() * 5);
  const out = new Uint8Array(bytes);
  if (kind === 0) {
    for (let i = 0, n = 1 + Math.floor(r() * 20); i < n; i++) {
      const at = Math.floor(r() * out.length);
      out[at] = (out[at] ?? 0) ^ (1 << Math.floor(r() * 8));
    }
    return out;
  }
  if (kind === 1) return out.subarray(0, Math.floor(r() * out.length));
  try {
    const files = unzipSync(bytes);
    const names = Object.keys(files);
    if (kind === 2) return zipSync(Object.fromEntries([...names].sort(() => r() - 0.5).map((n) => [n, files[n]!])));
    if (kind === 3) {
      const drop = names[Math.floor(r() * names.length)]!;
      return zipSync(Object.fromEntries(names.filter((n) => n !== drop).map((n) => [n, files[n]!])));
    }
    const target = names.filter((n) => n.endsWith(".xml"))[Math.floor(r() * names.length)] ?? names[0]!;
    const xml = files[target]!;
    const cut = Math.floor(r() * xml.length);
    files[target] = new Uint8Array([
      ...xml.subarray(0, cut),
      ...new TextEncoder().encode(r() < 0.5 ? "<x" : "&bad;"),
      ...xml.subarray(cut),
    ]);
    return zipSync(files);
  } catch {
    return out;
  }
};

describe("fuzz: mutated real workbooks", () => {
  it(`every mutated file gets a result within ${SECONDS} s`, async () => {
    const seeds = (await buildExampleWorkbooks()).map((f) => f.bytes);
    const r = rng(Number(process.env.FUZZ_SEED ?? 20261125));
    const crashes = join(__dirname, "..", "..", "test-output", "fuzz-crashes");
    const until = Date.now() + SECONDS * 1000;
    let files = 0;
    const statuses = new Map<string, number>();
    while (Date.now() < until) {
      const dir = tempDir("fuzz");
      const names: string[] = [];
      for (let i = 0; i < BATCH; i++) {
        const name = `f${String(i).padStart(3, "0")}.xlsx`;
        writeFileSync(join(dir, name), mutate(seeds[Math.floor(r() * seeds.length)]!, r));
        names.push(name);
      }
      const result = runCli(["validate", dir, "--json", "--today", "2024-06-30"]);
      const parsed = (() => {
        try {
          return JSON.parse(result.stdout) as { inputs: { file: string; status: string }[] };
        } catch {
          return null;
        }
      })();
      const ok = [0, 1, 2].includes(result.code ?? -1) && parsed !== null && parsed.inputs.length === BATCH;
      if (!ok) {
        mkdirSync(crashes, { recursive: true });
        for (const n of names) copyFileSync(join(dir, n), join(crashes, `${Date.now()}-${n}`));
        throw new Error(`crash (exit ${result.code}); files saved in ${crashes}\n${result.stderr.slice(0, 2000)}`);
      }
      for (const i of parsed.inputs) statuses.set(i.status, (statuses.get(i.status) ?? 0) + 1);
      files += BATCH;
    }
    process.stdout.write(`fuzz: ${files} mutated files, outcomes ${JSON.stringify(Object.fromEntries(statuses))}\n`);
    expect(files).toBeGreaterThan(0);
  });
});
