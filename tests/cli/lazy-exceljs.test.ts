// @needs: build
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buergeramt, jugendamt } from "../helpers/offices";
import { tempDir } from "../helpers/run-cli";

// The bundle bin/aktionsplan.js runs: exceljs stays outside it, required where the source requires it
// (its streaming writer from a bundle of its own, lib/bundle/stream-writer.bundle.js).
const LOADER = join(__dirname, "..", "..", "bin", "load-bundle.js");

/** Runs a command of the compiled CLI in-process in a child and says whether exceljs was loaded. */
const loadsExceljs = (args: readonly string[]): boolean => {
  const script = `require(${JSON.stringify(LOADER)}).loadBundle("main").main(["node", "aktionsplan", ...${JSON.stringify(args)}]);
process.on("exit", () => process.stderr.write("exceljs:" + Object.keys(require.cache).some((k) => /[\\\\/]exceljs[\\\\/]|stream-writer\\.bundle\\.js$/.test(k)) + "\\n"));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 });
  const m = /exceljs:(true|false)/.exec(r.stderr);
  if (!m) throw new Error(`no answer: ${r.stderr}`);
  return m[1] === "true";
};

describe("exceljs is loaded only by the commands that write", () => {
  it("validate reads without it, merge loads it to write", async () => {
    const dir = tempDir("lazy");
    writeFileSync(join(dir, "Jugendamt.xlsx"), await jugendamt());
    expect(loadsExceljs(["validate", dir, "--workers", "0", "--today", "2024-06-30"])).toBe(false);
    expect(
      loadsExceljs([
        "merge",
        dir,
        "--workers",
        "0",
        "--today",
        "2024-06-30",
        "--out",
        join(tempDir("lazy-out"), "k.xlsx"),
      ]),
    ).toBe(true);
  }, 60_000);

  it("merge does not load it before reading: with --strict and errors nothing is written, nothing loaded", async () => {
    const dir = tempDir("lazy-strict");
    // An unknown status and an ID Excel turned into a date: errors.
    writeFileSync(join(dir, "Buergeramt.xlsx"), await buergeramt());
    const out = join(tempDir("lazy-strict-out"), "k.xlsx");
    const args = ["merge", dir, "--workers", "0", "--strict", "--today", "2024-06-30", "--out", out];
    expect([loadsExceljs(args), existsSync(out)]).toEqual([false, false]);
  }, 60_000);
});
