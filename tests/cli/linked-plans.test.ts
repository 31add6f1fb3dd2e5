// @needs: build
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_PLAN, MergeReport } from "../../src/core";
import { buildPlanMasterplan } from "../../src/examples/plan-masterplan";
import { loadBundledPlan, PLANS_DIR } from "../helpers/bundled-plans";
import { runCli, tempDir } from "../helpers/run-cli";
import { addRows, workbookBytes } from "../helpers/workbook";

const PLAN_FILE = join(PLANS_DIR, "un-brk-2023-2027.json");
const plan = loadBundledPlan("un-brk-2023-2027.json");
const label = (key: string) => plan.columns.find((c) => c.key === key)!.label;

describe("links to measures of another plan (merge --linked-master)", () => {
  let dir: string;
  let office: string;
  let integrationMaster: string;
  let equalityMaster: string;
  beforeAll(async () => {
    dir = tempDir("linked-plans");
    integrationMaster = join(dir, "Masterplan Integration.xlsx");
    writeFileSync(integrationMaster, (await buildPlanMasterplan(DEFAULT_PLAN)).bytes);
    // The Gleichstellungs-Aktionsplan numbers its measures as the Integration plan does; a master of that form serves.
    equalityMaster = join(dir, "Masterplan Gleichstellung.xlsx");
    writeFileSync(equalityMaster, (await buildPlanMasterplan(DEFAULT_PLAN)).bytes);
    office = join(dir, "Sozialamt.xlsx");
    const keys = ["measureId", "field", "measure", "leadOffice", "status", "linkedPlan", "linkedMeasure"];
    const field = plan.fields[0]!;
    writeFileSync(
      office,
      await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Meldung"), [
          keys.map(label),
          [`${field.code}-01.1`, field.name, "Beratung", "Sozialamt", "grün", "Integration", "1.1.1"],
          [`${field.code}-01.2`, field.name, "Lotsen", "Sozialamt", "gelb", "Aktionsplan Integration", "9.9.9"],
          [`${field.code}-01.3`, field.name, "Beirat", "Sozialamt", "grün", "Gleichstellung", "8.8.8"],
        ]),
      ),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const merge = (...extra: string[]) => {
    const json = join(dir, "report.json");
    const out = join(dir, "Umsetzungsstand.xlsx");
    rmSync(out, { force: true });
    const r = runCli(["merge", office, "--plan", PLAN_FILE, "--out", out, "--report-json", json, ...extra]);
    return { ...r, out, report: r.code === 2 ? null : MergeReport.parse(JSON.parse(readFileSync(json, "utf8"))) };
  };
  const linkFindings = (report: MergeReport | null) =>
    (report?.inputs[0]?.issues ?? [])
      .filter((i) => i.code === "cell/linked-measure-unknown")
      .map((i) => [i.cell, i.value, i.message]);

  it("warns at the cell of a link to a measure the other plan's master lacks, and only there", () => {
    const r = merge("--today", "2024-06-30", "--linked-master", `Integration=${integrationMaster}`);
    expect(r.code).toBe(0);
    expect(linkFindings(r.report)).toEqual([
      [
        "G3",
        "9.9.9",
        "Die Maßnahme „9.9.9“ gibt es im Masterplan „Aktionsplan Integration“ nicht. Bitte die Nummer der Maßnahme im anderen Plan prüfen.",
      ],
    ]);
  });

  it("takes one master per linked plan, and checks each plan's links against its own master", () => {
    const r = merge(
      "--today",
      "2024-06-30",
      "--linked-master",
      `Integration=${integrationMaster}`,
      "--linked-master",
      `Gleichstellung=${equalityMaster}`,
    );
    expect(r.code).toBe(0);
    expect(linkFindings(r.report).map(([cell, value]) => [cell, value])).toEqual([
      ["G3", "9.9.9"],
      ["G4", "8.8.8"],
    ]);
    expect(linkFindings(r.report)[1]![2]).toContain("im Masterplan „Gleichstellungs-Aktionsplan“ nicht");
  });

  it("refuses the same plan named twice", () => {
    const twice = merge(
      "--linked-master",
      `Integration=${integrationMaster}`,
      "--linked-master",
      `Aktionsplan Integration=${equalityMaster}`,
    );
    expect([twice.code, twice.stderr]).toEqual([
      2,
      expect.stringContaining("nennt den Plan „Aktionsplan Integration“ zweimal"),
    ]);
  });

  it("checks no link without the other plan's master", () => {
    expect(linkFindings(merge("--today", "2024-06-30").report)).toEqual([]);
  });

  it("refuses an option without a plan, or a plan the configuration does not name, before reading anything", () => {
    const bare = merge("--linked-master", integrationMaster);
    expect([bare.code, bare.stderr]).toEqual([2, expect.stringContaining("--linked-master erwartet <Plan>=")]);
    const unknown = merge("--linked-master", `Wohnungsbauprogramm=${integrationMaster}`);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining("„Wohnungsbauprogramm“")]);
  });

  it("lists the links per field of action in the report", () => {
    const { out } = merge("--today", "2024-06-30");
    const html = join(dir, "Bericht.html");
    expect(runCli(["report", out, "--out", html, "--plan", PLAN_FILE]).code).toBe(0);
    const text = readFileSync(html, "utf8");
    expect(text).toContain("Bezüge zu anderen Plänen nach Handlungsfeld");
    for (const id of ["1.1.1", "9.9.9", `${plan.fields[0]!.code}-01.2`]) expect(text).toContain(id);
  });
});
