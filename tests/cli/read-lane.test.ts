import { join } from "node:path";
import { DEFAULT_PLAN } from "../../src/core";
import { Lane } from "../../src/cli/read-lane";

const FAKE = join(__dirname, "..", "fakes", "read-worker.js");
const options = { workers: 1, timeoutMs: 1_000, heapMb: 64 };
const job = (file: string) => ({ file, sha256: "", bytes: new Uint8Array([1, 2, 3]) });
/** What the fake worker answered (its file and thread), or the reason a job failed. */
const seen = (c: unknown) => {
  const r = c as { file?: string; thread?: number; result?: { issues: { params: { reason: string } }[] } };
  return r.result ? `unlesbar: ${r.result.issues[0]!.params.reason}` : `${r.file} in ${r.thread}`;
};

describe("a read lane", () => {
  let lane: Lane;
  beforeEach(() => {
    lane = new Lane(FAKE, options, { plan: DEFAULT_PLAN, today: "2024-06-30" });
  });
  afterEach(() => lane.close());

  it("gives its worker the next files before it answers, and gets the answers in order", async () => {
    const answers = [lane.run(job("a.xlsx"), 0), lane.run(job("b.xlsx"), 1), lane.run(job("c.xlsx"), 2)];
    expect(lane.queued).toBe(3);
    const [a, b, c] = (await Promise.all(answers)).map(seen);
    expect([a, b, c]).toEqual([a, a!.replace("a.xlsx", "b.xlsx"), a!.replace("a.xlsx", "c.xlsx")]);
    expect(lane.queued).toBe(0);
  });

  it("reports the file its worker died on, and has the files behind it read by a fresh worker", async () => {
    const answers = await Promise.all([
      lane.run(job("a.xlsx"), 0),
      lane.run(job("absturz.xlsx"), 1),
      lane.run(job("b.xlsx"), 2),
      lane.run(job("c.xlsx"), 3),
    ]);
    const [a, crash, b, c] = answers.map(seen);
    expect(crash).toBe("unlesbar: parse-failed");
    const [first, second] = [Number(a!.split(" in ")[1]), Number(b!.split(" in ")[1])];
    expect(second).not.toBe(first);
    expect([a, b, c]).toEqual([`a.xlsx in ${first}`, `b.xlsx in ${second}`, `c.xlsx in ${second}`]);
  });

  it("reports the file its worker hangs on when the time is up, not the files waiting behind it", async () => {
    const answers = await Promise.all([
      lane.run(job("haengt.xlsx"), 0),
      lane.run(job("b.xlsx"), 1),
      lane.run(job("c.xlsx"), 2),
    ]);
    const [hang, b, c] = answers.map(seen);
    expect(hang).toBe("unlesbar: timeout");
    expect([b, c]).toEqual([expect.stringMatching(/^b\.xlsx in \d+$/), expect.stringMatching(/^c\.xlsx in \d+$/)]);
    expect(b!.split(" in ")[1]).toBe(c!.split(" in ")[1]);
  }, 20_000);
});
