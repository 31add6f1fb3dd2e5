import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_PLAN } from "../../src/core";
import { CliError } from "../../src/cli/cli-error";
import { parseReference } from "../../src/cli/reference-parse";
import { registerParsedBeside } from "../../src/cli/reference-workbooks";
import { jugendamt, sozialamt } from "../helpers/offices";
import { cli, tempDir } from "../helpers/run-cli";

const IN_PROCESS = { workers: 0, timeoutMs: 60_000, heapMb: 512 };

/**
 * The register read beside the office files has a lane's share of the heap only. What comes back
 * from the pool decides: a register is used as parsed, one the lane ran out of memory on is parsed
 * again alone, and one the parser refused is a usage error with the parser's sentence.
 */
describe("the register as parsed in the pool", () => {
  const dir = tempDir("register-beside");
  const register = join(dir, "Register.xlsx");
  let bytes: Uint8Array;

  beforeAll(async () => {
    const inbox = join(dir, "eingang");
    mkdirSync(inbox);
    writeFileSync(join(inbox, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(inbox, "Sozialamt.xlsx"), await sozialamt());
    expect([0, 1]).toContain((await cli(["merge", inbox, "--out", register, "--today", "2024-06-30"])).code);
    bytes = new Uint8Array(readFileSync(register));
  });

  it("parses the register again, alone, when its lane ran out of memory", async () => {
    const direct = await parseReference("previous", register, bytes, DEFAULT_PLAN, "2024-07-01");
    const oom = { ok: false, reason: "out-of-memory", detail: "heap" } as const;
    const read = await registerParsedBeside(register, bytes, oom, DEFAULT_PLAN, "2024-07-01", IN_PROCESS);
    expect(read.register?.history.rows.length).toBeGreaterThan(0);
    expect(direct.ok && direct.value.kind === "previous" ? direct.value : null).toEqual(
      expect.objectContaining({ measures: read.measures, register: read.register }),
    );
  });

  it("names the file and the reason when the lane gave up for another reason", async () => {
    const timeout = { ok: false, reason: "timeout", detail: "120000 ms" } as const;
    await expect(
      registerParsedBeside(register, bytes, timeout, DEFAULT_PLAN, "2024-07-01", IN_PROCESS),
    ).rejects.toThrow(
      new RegExp(`Vorheriger Stand ${register.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} kann nicht gelesen werden`),
    );
  });

  it("passes the parser's refusal on as a usage error, word for word", async () => {
    const refused = { ok: false, message: "Register.xlsx gehört zu einem anderen Aktionsplan." } as const;
    const read = registerParsedBeside(register, bytes, refused, DEFAULT_PLAN, "2024-07-01", IN_PROCESS);
    await expect(read).rejects.toBeInstanceOf(CliError);
    await expect(read).rejects.toThrow("Register.xlsx gehört zu einem anderen Aktionsplan.");
  });
});
