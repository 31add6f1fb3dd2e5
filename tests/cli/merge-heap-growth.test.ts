// @needs: build
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { HEAP_BOUND_FROM_BYTES, MERGE_HEAP_GROWING_PERCENT } from "../../src/cli/heap-growth";
import { jugendamt, sozialamt } from "../helpers/offices";
import { tempDir } from "../helpers/run-cli";

const LOADER = join(__dirname, "..", "..", "bin", "load-bundle.js");

/**
 * Runs a command of the built CLI in a child whose V8 reports every mark-compact and the
 * old-generation limit each sets (`--trace-gc-verbose`, no collection of the test's own): the growth
 * factors of the limits set by a forced collection ("testing"), and those of all limits.
 */
const gcLimits = (args: readonly string[], holdBytes = 0): { forced: number[]; all: number[] } => {
  // A heap as large as a big merge's when its reading ends: numbers held in one array on the heap.
  const hold = `globalThis.held = new Array(${Math.ceil(holdBytes / 8)}).fill(0.5);`;
  const script = `${hold} require(${JSON.stringify(LOADER)}).loadBundle("main").main(["node", "aktionsplan", ...${JSON.stringify(args)}]);`;
  const r = spawnSync(process.execPath, ["--trace-gc-verbose", "-e", script], {
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 2 ** 20,
  });
  const forced: number[] = [];
  const all: number[] = [];
  let limit: number | null = null;
  for (const line of r.stdout.split("\n")) {
    const set = /\[HeapController\] Limit: .*\(([\d.]+)\)$/.exec(line);
    if (set) all.push((limit = Number(set[1])));
    // V8 sets the limit before it prints the collection that set it.
    else if (/ Mark-Compact .* testing; /.test(line) && limit !== null) forced.push(limit);
  }
  if (r.status === null) throw new Error(`the command did not finish: ${r.stderr}`);
  return { forced, all };
};

describe("the merge bounds the old generation's growth", () => {
  it("collects once when reading ends with a large heap, and sets V8's growing factor from there; not for a small one, nor validate", async () => {
    const dir = tempDir("heap-growth");
    writeFileSync(join(dir, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(dir, "Sozialamt.xlsx"), await sozialamt());
    const out = join(tempDir("heap-growth-out"), "k.xlsx");
    const factor = 1 + MERGE_HEAP_GROWING_PERCENT / 100;
    const args = ["merge", dir, "--today", "2024-06-30", "--out", out];
    // Without the collection the bound would wait for V8's next mark-compact, which a small merge never reaches.
    const large = gcLimits(args, HEAP_BOUND_FROM_BYTES + 8 * 2 ** 20);
    expect(large.forced).toEqual([factor]);
    expect(large.all.at(-1)).toBe(factor);
    // The same merge with its own small heap keeps V8's growth: no collection asked for, no limit of the factor.
    const small = gcLimits(args);
    expect(small.forced).toEqual([]);
    expect(small.all).not.toContain(factor);
    const validate = gcLimits(["validate", dir, "--today", "2024-06-30"], HEAP_BOUND_FROM_BYTES + 8 * 2 ** 20);
    expect(validate.forced).toEqual([]);
    expect(validate.all).not.toContain(factor);
  }, 90_000);
});
