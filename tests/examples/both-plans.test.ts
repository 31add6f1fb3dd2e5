// @needs: build
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { MergeReport } from "../../src/core";
import { writePlanDemo, type PlanDemo } from "../../src/examples/plan-demo";
import { loadWorkbook } from "../helpers/workbook";
import { bundledPlanFiles, loadBundledPlan, PLANS_DIR as PLANS } from "../helpers/bundled-plans";
import { runCli, tempDir } from "../helpers/run-cli";

const planFiles = bundledPlanFiles();

const sheetText = async (path: string): Promise<Map<string, string>> => {
  const wb = await loadWorkbook(readFileSync(path));
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    const parts: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => parts.push(String(c.text))));
    out.set(ws.name, parts.join("\n"));
  }
  return out;
};

it("bundles two plans", () => expect(planFiles.length).toBeGreaterThanOrEqual(2));

// Every bundled plan goes the coordinator's whole way: master plan, templates, returns, merge,
// feedback letters and report, with example data generated from the plan itself.
describe.each(planFiles)("the bundled plan %s", (file) => {
  const plan = loadBundledPlan(file);
  const hasColumn = (key: string) => plan.columns.some((c) => c.key === key);
  const label = (key: string) => plan.columns.find((c) => c.key === key)?.label;
  let root: string;
  let demo: PlanDemo;
  let report: MergeReport;
  /** The second merge's console text (with --previous). */
  let merged = "";

  beforeAll(async () => {
    root = tempDir("both-plans");
    demo = await writePlanDemo(root, join(PLANS, file), true);
    report = MergeReport.parse(JSON.parse(readFileSync(join(demo.dir, "out", "Pruefbericht.json"), "utf8")));
  }, 240_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("runs the demo through", () => expect(demo.code).toBe(0));

  it("writes one template per lead office, and every measure comes back through it", () => {
    const templates = readdirSync(join(demo.dir, "vorlagen"));
    expect(templates.length).toBe(report.totals.officesExpected);
    expect(report.totals.officesReplied).toBe(report.totals.officesExpected);
    expect(report.totals.planned).toBeGreaterThan(0);
    expect(report.totals.reported).toBe(report.totals.planned);
    expect(report.totals.masterDeviations).toBe(0);
  });

  it("finds every planted mistake at its cell, in the merge and in validate", () => {
    expect(demo.planted.length).toBeGreaterThan(0);
    const found = report.inputs.flatMap((i) => i.issues.map((x) => [i.file.split("/").pop(), x.cell, x.code]));
    for (const p of demo.planted) expect(found).toContainEqual([p.file, p.cell, p.code]);
    const planted = demo.planted[0]!;
    const v = runCli(["validate", join(demo.dir, "eingang", planted.file), "--json", "--plan", join(PLANS, file)]);
    expect(v.code).toBe(1);
    const issues = JSON.parse(v.stdout).inputs[0].issues as { cell: string; code: string }[];
    expect(issues.map((i) => [i.cell, i.code])).toContainEqual([planted.cell, planted.code]);
  });

  it("writes a feedback letter naming the planted cell", async () => {
    const planted = demo.planted[0]!;
    const name = planted.file.replace(/\.xlsx$/, " (Rückmeldung).xlsx");
    const text = await sheetText(join(demo.dir, "rueckmeldung", name));
    expect(text.get("Rückmeldung")).toContain(planted.cell);
  });

  it("labels the consolidated workbook with the plan's own labels and leaves out columns it lacks", async () => {
    const sheets = await sheetText(join(demo.dir, "out", "Umsetzungsstand.xlsx"));
    expect(sheets.get("Maßnahmen")).toContain(label("measureId"));
    expect(sheets.get("Maßnahmen")).toContain(label("status"));
    const all = [...sheets.values()].join("\n");
    expect(all.includes("Deckungsvorschl")).toBe(hasColumn("coverageProposal"));
    expect(all.includes("Haushaltsrelevanz")).toBe(hasColumn("budget"));
  });

  it("names the plan's ID column as the plan does on every own sheet, and in the report's method note", async () => {
    const sheets = await sheetText(join(demo.dir, "out", "Umsetzungsstand.xlsx"));
    const id = label("measureId")!;
    for (const sheet of ["Prüfbericht", "Abweichungen vom Masterplan"]) expect(sheets.get(sheet)).toContain(id);
    const all = [...sheets.values()].join("\n");
    expect(all.includes("Maßnahmen-Nr.")).toBe(id === "Maßnahmen-Nr.");
    expect(readFileSync(join(demo.dir, "out", "Bericht.html"), "utf8")).toContain(`je ${id} zählt eine Meldung`);
  });

  it("writes the register under the plan's labels and reads it back in the next merge", async () => {
    const next = join(demo.dir, "out", "Umsetzungsstand-2.xlsx");
    const args = ["merge", join(demo.dir, "eingang"), "--previous", join(demo.dir, "out", "Umsetzungsstand.xlsx")];
    const r = runCli([...args, "--out", next, "--plan", join(PLANS, file), "--today", plan.rounds[0]!.deadline]);
    expect([r.code, r.stderr]).toEqual([1, expect.any(String)]);
    const wb = await loadWorkbook(readFileSync(next));
    const header = (sheet: string) => (wb.getWorksheet(sheet)?.getRow(1).values as unknown[]).slice(1);
    expect(header("Verlauf").slice(0, 3)).toEqual([label("measureId"), label("measure"), label("leadOffice")]);
    expect(header("Verlauf")).toContain(`${plan.rounds[0]!.name}: ${label("status")}`);
    expect(header("Entscheidungen")[0]).toBe(label("measureId"));
    merged = `${r.stdout}\n${r.stderr}`;
  });

  // A column the plan lacks exists nowhere: no zero figures, no words about it.
  it("says nothing about Deckungsvorschläge or Haushalt where the plan has no such column", async () => {
    const asks = hasColumn("coverageProposal");
    expect(["coverageNeeded" in report.totals, "coverageMissing" in report.totals, "coverage" in report]).toEqual([
      asks,
      asks,
      asks,
    ]);
    if (asks || hasColumn("budget")) return;
    const letters = await Promise.all(
      readdirSync(join(demo.dir, "rueckmeldung"))
        .filter((f) => f.endsWith(".xlsx"))
        .map(async (f) => [...(await sheetText(join(demo.dir, "rueckmeldung", f))).values()].join("\n")),
    );
    expect(letters.length).toBeGreaterThan(0);
    const html = readFileSync(join(demo.dir, "out", "Bericht.html"), "utf8");
    const validated = runCli(["validate", join(demo.dir, "eingang"), "--plan", join(PLANS, file), "--verbose"]);
    expect(validated.stdout).toContain(demo.planted[0]!.file);
    for (const text of [...letters, merged, html, validated.stdout]) expect(text).not.toMatch(/Deckungsvorschl|Haushalt/);
  });

  it("writes a report about the plan's fields and statuses, and nothing about columns it lacks", () => {
    const html = readFileSync(join(demo.dir, "out", "Bericht.html"), "utf8");
    expect(html).toContain(plan.title);
    for (const f of plan.fields) expect(html).toContain(f.name.replace(/„|“/g, ""));
    expect(html.includes("Deckungsvorschl")).toBe(hasColumn("coverageProposal"));
    expect(html.includes("Haushaltsrelevanz")).toBe(hasColumn("budget"));
  });
});
