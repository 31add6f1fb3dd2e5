// @needs: build
import { join } from "node:path";
import { DEFAULT_PLAN, unreadableInput } from "../../src/core";
import type { CheckedInput } from "../../src/cli/read-job";
import type * as Pool from "../../src/cli/read-pool";
import { buergeramt, jugendamt, sozialamt } from "../helpers/offices";

// The compiled pool: only there is the worker script beside it, so files are parsed in threads.
const BUILT: typeof Pool = require(join(__dirname, "..", "..", "lib", "cli", "read-pool.js"));
const TWO = { workers: 2, timeoutMs: 60_000, heapMb: 256 };
const NONE = { ...TWO, workers: 0 };

type Job = () => Promise<Pool.PoolJob | CheckedInput>;

/** Seven office files and one that could not even be read, with a log of when each is read and done. */
const officeJobs = async (log: string[]): Promise<Job[]> => {
  const makers = [jugendamt, sozialamt, buergeramt, jugendamt, sozialamt, buergeramt, jugendamt];
  const files = await Promise.all(makers.map((m) => m()));
  const jobs: Job[] = files.map((bytes, i) => async () => {
    log.push(`read ${i}`);
    return { file: `amt-${i}.xlsx`, sha256: String(i), bytes };
  });
  jobs.splice(3, 0, async () => {
    log.push("read 3");
    return { ...unreadableInput("kaputt.xlsx", "", "corrupt"), sheets: [] };
  });
  return jobs;
};

describe("the read pool", () => {
  it("returns in job order what parsing in-process returns, reading each file while the workers parse", async () => {
    const log: string[] = [];
    const jobs = await officeJobs(log);
    const threaded = await BUILT.checkAll(jobs, DEFAULT_PLAN, "2024-06-30", TWO, (i) => log.push(`done ${i}`));
    const inProcess = await BUILT.checkAll(jobs, DEFAULT_PLAN, "2024-06-30", NONE, () => undefined);
    expect(threaded.map((c) => c.result.file)).toEqual(
      jobs.map((_, i) => (i === 3 ? "kaputt.xlsx" : expect.any(String))),
    );
    expect(threaded).toEqual(inProcess);
    // Both workers have a file and the next one is already read before any answer came back.
    expect(log.indexOf("read 2")).toBeLessThan(log.findIndex((l) => l.startsWith("done")));
    expect(log.filter((l) => l.startsWith("done")).sort()).toEqual(jobs.map((_, i) => `done ${i}`).sort());
  }, 60_000);

  it("fails the run when reading a file fails, also a file read ahead", async () => {
    const jobs = await officeJobs([]);
    jobs[2] = () => Promise.reject(new Error("Datenträger weg"));
    await expect(BUILT.checkAll(jobs, DEFAULT_PLAN, "2024-06-30", TWO, () => undefined)).rejects.toThrow(
      "Datenträger weg",
    );
  }, 60_000);
});
