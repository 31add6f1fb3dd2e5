// @needs: build
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { MERGE_HEAP_GROWING_PERCENT } from "../../src/cli/heap-growth";
import { jugendamt, sozialamt } from "../helpers/offices";
import { tempDir } from "../helpers/run-cli";

const LOADER = join(__dirname, "..", "..", "bin", "load-bundle.js");

/**
 * Runs a command of the built CLI in a child whose V8 reports every old-generation limit it sets
 * (`--trace-gc-verbose`), with one full collection at exit: the factor of that last limit is the
 * growth V8 applied at the end of the command, whatever the command set through setFlagsFromString.
 */
const lastGrowthFactor = (args: readonly string[]): number => {
  const script = `process.on("exit", () => globalThis.gc());
require(${JSON.stringify(LOADER)}).loadBundle("main").main(["node", "aktionsplan", ...${JSON.stringify(args)}]);`;
  const r = spawnSync(process.execPath, ["--expose-gc", "--trace-gc-verbose", "-e", script], {
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 2 ** 20,
  });
  const limits = [...r.stdout.matchAll(/\[HeapController\] Limit: .*\(([\d.]+)\)$/gm)];
  if (limits.length === 0) throw new Error(`no limit reported: ${r.stderr}`);
  return Number(limits.at(-1)![1]);
};

describe("the merge bounds the old generation's growth", () => {
  it("sets V8's growing factor for the merge, not for validate", async () => {
    const dir = tempDir("heap-growth");
    writeFileSync(join(dir, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(dir, "Sozialamt.xlsx"), await sozialamt());
    const out = join(tempDir("heap-growth-out"), "k.xlsx");
    expect(lastGrowthFactor(["merge", dir, "--today", "2024-06-30", "--out", out])).toBe(
      1 + MERGE_HEAP_GROWING_PERCENT / 100,
    );
    // The same observation without the setting: V8's own factor, which is not the merge's.
    expect(lastGrowthFactor(["validate", dir, "--today", "2024-06-30"])).not.toBe(1 + MERGE_HEAP_GROWING_PERCENT / 100);
  }, 60_000);
});
