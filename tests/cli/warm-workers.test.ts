import { join } from "node:path";
import { DEFAULT_PLAN } from "../../src/core";
import { Lane } from "../../src/cli/read-lane";
import { endWarmWorkers, warmCount, warmWorkers } from "../../src/cli/warm-workers";

const FAKE = join(__dirname, "..", "fakes", "read-worker.js");
const job = (file: string) => ({ file, sha256: "", bytes: new Uint8Array([1, 2, 3]) });
const answer = (c: unknown) => c as { file: string; thread: number; today: string };

describe("warm read workers", () => {
  afterEach(() => endWarmWorkers());

  it("are taken by a lane of their script and heap limit, with the lane's setup as their first message", async () => {
    warmWorkers(FAKE, 2, 64);
    expect(warmCount()).toBe(2);
    const lane = new Lane(
      FAKE,
      { workers: 1, timeoutMs: 5_000, heapMb: 64 },
      { plan: DEFAULT_PLAN, today: "2024-06-30" },
    );
    try {
      const [a, b] = (await Promise.all([lane.run(job("a.xlsx"), 0), lane.run(job("b.xlsx"), 1)])).map(answer);
      expect(warmCount()).toBe(1);
      expect([a!.today, b!.today]).toEqual(["2024-06-30", "2024-06-30"]);
      expect(b!.thread).toBe(a!.thread);
    } finally {
      await lane.close();
    }
  });

  it("are left to others by a lane of another heap limit, which starts its own worker", async () => {
    warmWorkers(FAKE, 1, 64);
    const lane = new Lane(
      FAKE,
      { workers: 1, timeoutMs: 5_000, heapMb: 96 },
      { plan: DEFAULT_PLAN, today: "2024-07-01" },
    );
    try {
      const a = answer(await lane.run(job("a.xlsx"), 0));
      expect(a.today).toBe("2024-07-01");
      expect(warmCount()).toBe(1);
    } finally {
      await lane.close();
    }
  });

  it("that crash are replaced by a worker started with its setup, for the files behind", async () => {
    warmWorkers(FAKE, 1, 64);
    const lane = new Lane(
      FAKE,
      { workers: 1, timeoutMs: 5_000, heapMb: 64 },
      { plan: DEFAULT_PLAN, today: "2024-06-30" },
    );
    try {
      const [crash, b] = await Promise.all([lane.run(job("absturz.xlsx"), 0), lane.run(job("b.xlsx"), 1)]);
      expect(JSON.stringify(crash)).toContain("parse-failed");
      expect(answer(b).today).toBe("2024-06-30");
    } finally {
      await lane.close();
    }
  });

  it("no one took are ended", async () => {
    warmWorkers(FAKE, 2, 64);
    await endWarmWorkers();
    expect(warmCount()).toBe(0);
  });
});
