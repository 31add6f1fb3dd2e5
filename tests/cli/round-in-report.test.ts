import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_PLAN, buildProgressReport } from "../../src/core";
import { reportDocument } from "../../src/report";
import { readConsolidated } from "../../src/xlsx/read";
import { jugendamt, sozialamt } from "../helpers/offices";
import { cli, tempDir } from "../helpers/run-cli";

// Issue 16: the report names its round, Stichtag and data date; overdue is judged on the Stichtag.
describe("the round reaches the report's title, and overdue is judged on its Stichtag", () => {
  const dir = tempDir("round-title");

  const mergeAndRead = async (extra: readonly string[], today: string) => {
    const out = join(dir, `u-${today}-${extra.length}.xlsx`);
    const r = await cli(["merge", join(dir, "eingang"), "--out", out, "--today", today, ...extra]);
    expect(r.code).toBeLessThan(2);
    const read = await readConsolidated(new Uint8Array(readFileSync(out)), "Umsetzungsstand.xlsx", DEFAULT_PLAN);
    if (!read.ok) throw new Error(read.message);
    return buildProgressReport(read.input);
  };

  beforeAll(async () => {
    const inbox = join(dir, "eingang");
    mkdirSync(inbox);
    writeFileSync(join(inbox, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(inbox, "Sozialamt.xlsx"), await sozialamt());
  });

  it("titles a merge for a named round with the round, its Stichtag and the data date", async () => {
    const report = await mergeAndRead(["--period", "Zwischenbericht 2024"], "05.08.2024");
    expect(report.facts).toMatchObject({ round: "Zwischenbericht 2024", cutoff: "2024-06-30", runDate: "2024-08-05" });
    expect(reportDocument(report).subtitle).toBe(
      "Zwischenbericht 2024 (Entwurf) · Stichtag 30.06.2024 · Datenstand 05.08.2024",
    );
    expect(report.finalRound).toBe(false);
  });

  it("judges overdue on the Stichtag, not on the later day of the merge", async () => {
    const onStichtag = await mergeAndRead(["--period", "Zwischenbericht 2024"], "2026-06-30");
    const withoutRound = await mergeAndRead([], "2026-06-30");
    // A year after the Stichtag more measures are past their end: the round's figure must not grow with it.
    expect(withoutRound.overdue.length).toBeGreaterThan(onStichtag.overdue.length);
    const sameDay = await mergeAndRead([], "2024-06-30");
    expect(onStichtag.overdue.map((m) => m.id)).toEqual(sameDay.overdue.map((m) => m.id));
    // And the report says on which day it judged.
    const overdueText = (r: typeof onStichtag) =>
      JSON.stringify(reportDocument(r).sections.find((s) => s.heading === "Überfällige Maßnahmen")!.blocks[0]);
    expect(overdueText(onStichtag)).toContain("Stichtag 30.06.2024");
    expect(overdueText(withoutRound)).toContain("Datenstand 30.06.2026");
  });

  it("titles the plan's last round as the final report, and a merge without a round plainly", async () => {
    const final = await mergeAndRead(["--period", "Abschlussbericht 2026"], "2027-01-15");
    expect(final.finalRound).toBe(true);
    expect(reportDocument(final).subtitle).toBe(
      "Abschlussbericht 2026 (Entwurf) · Stichtag 31.12.2026 · Datenstand 15.01.2027",
    );
    const plain = await mergeAndRead([], "2024-06-30");
    expect(reportDocument(plain).subtitle).toBe("Bericht zum Umsetzungsstand (Entwurf) · Datenstand 30.06.2024");
  });
});
