import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_PLAN, FeedbackLog } from "../../src/core";
import { masterplan } from "../helpers/offices";
import { cli, tempDir } from "../helpers/run-cli";
import { loadWorkbook } from "../helpers/workbook";
import { yearlyMergeArgs, yearlyTemplateArgs } from "../helpers/yearly-round";
import { FILLED, fillByLabel } from "../xlsx/template/template-fixtures";

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

/** Rücklauf's "Rückmeldung geschrieben" per office of a round, as German dates. */
const feedbackDates = async (register: string, round: string): Promise<Record<string, string | null>> => {
  const ws = (await loadWorkbook(bytesOf(register))).getWorksheet("Rücklauf")!;
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const col = (h: string) => header.indexOf(h) + 1;
  const out: Record<string, string | null> = {};
  ws.eachRow((r, n) => {
    if (n === 1 || r.getCell(col("Berichtsrunde")).value !== round) return;
    const v = r.getCell(col("Rückmeldung geschrieben")).value;
    out[String(r.getCell(col("Amt")).value)] = v instanceof Date ? v.toISOString().slice(0, 10) : null;
  });
  return out;
};

/**
 * Issue 15: `feedback` logs the letters it writes beside them, and the next merge with
 * --feedback-dir fills Rücklauf's "Rückmeldung geschrieben" from the log, so the coordinator types
 * no dates; the register keeps them for the merges after.
 */
describe("feedback records its letters for the next merge's Rücklauf", () => {
  const dir = tempDir("feedback-returns");
  const master = join(dir, "Masterplan.xlsx");
  const inbox = join(dir, "eingang");
  const letters = join(dir, "rueckmeldungen");
  const first = join(dir, "Register-1.xlsx");
  const json = join(dir, "Pruefbericht.json");
  const round = "Jahresmeldung 2022";

  beforeAll(async () => {
    writeFileSync(master, await masterplan());
    const templates = join(dir, "vorlagen");
    expect((await cli(yearlyTemplateArgs(master, templates, round, 2022))).code).toBe(0);
    mkdirSync(inbox);
    for (const office of ["Sozialamt", "Jugendamt"])
      writeFileSync(
        join(inbox, `${office}.xlsx`),
        await fillByLabel(bytesOf(join(templates, `${office}.xlsx`)), FILLED),
      );
    const merged = await cli([...yearlyMergeArgs(inbox, master, first, 2022), "--report-json", json]);
    expect([0, 1]).toContain(merged.code);
    const fb = await cli(["feedback", json, inbox, "--out-dir", letters, "--today", "2022-07-20"]);
    expect([0, 1]).toContain(fb.code);
    // The merge's JSON report lies in the same folder: not a log, named and passed over.
    writeFileSync(join(letters, "Pruefbericht.json"), readFileSync(json));
  }, 120_000);

  it("writes a log naming each office, its round and the day, beside the letters", () => {
    const log = FeedbackLog.parse(JSON.parse(readFileSync(join(letters, "Rückmeldungen.json"), "utf8")));
    expect(log.plan).toBe(DEFAULT_PLAN.id);
    expect(log.written).toBe("2022-07-20");
    expect(log.entries.map((e) => [e.office, e.round, e.file, e.feedback]).sort()).toEqual([
      ["Jugendamt", round, "Jugendamt.xlsx", "Jugendamt (Rückmeldung).xlsx"],
      ["Sozialamt", round, "Sozialamt.xlsx", "Sozialamt (Rückmeldung).xlsx"],
    ]);
  });

  it("fills Rückmeldung geschrieben in the next merge, and the register keeps it without the folder", async () => {
    const second = join(dir, "Register-2.xlsx");
    const r = await cli([...yearlyMergeArgs(inbox, master, second, 2022, first), "--feedback-dir", letters]);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toContain("Pruefbericht.json (kein Protokoll von „aktionsplan feedback“)");
    expect(await feedbackDates(first, round)).toEqual({ Jugendamt: null, Sozialamt: null });
    expect(await feedbackDates(second, round)).toEqual({ Jugendamt: "2022-07-20", Sozialamt: "2022-07-20" });
    const third = join(dir, "Register-3.xlsx");
    expect([0, 1]).toContain((await cli(yearlyMergeArgs(inbox, master, third, 2022, second))).code);
    expect(await feedbackDates(third, round)).toEqual({ Jugendamt: "2022-07-20", Sozialamt: "2022-07-20" });
  }, 60_000);

  it("refuses a log of another plan", async () => {
    const other = join(dir, "anderer-plan");
    mkdirSync(other);
    const log = JSON.parse(readFileSync(join(letters, "Rückmeldungen.json"), "utf8")) as FeedbackLog;
    writeFileSync(join(other, "Rückmeldungen.json"), JSON.stringify({ ...log, plan: "gleichstellung" }));
    const r = await cli([
      ...yearlyMergeArgs(inbox, master, join(dir, "nie.xlsx"), 2022, first),
      "--feedback-dir",
      other,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("gehört zum Plan „gleichstellung“");
  });
});
