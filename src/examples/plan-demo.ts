// The demo of any plan configuration (`npm run demo -- --plan <file>`): its master plan and office
// returns are generated from the plan, then the real commands run on them as a coordinator would.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlanConfigText, type PlanConfig } from "../core";
import { fillReturn, type PlantedFinding } from "./fill-return";
import { buildPlanMasterplan } from "./plan-masterplan";

const BIN = join(__dirname, "..", "..", "bin", "aktionsplan.js");

/** Runs one command as a user would; exit 1 ("done, with findings") is what the demo is made to show. */
const run = (args: readonly string[], quiet: boolean): number => {
  if (!quiet) process.stdout.write(`\n$ aktionsplan ${args.join(" ")}\n`);
  const r = spawnSync(process.execPath, [BIN, ...args], { stdio: quiet ? "ignore" : "inherit" });
  return r.status ?? 3;
};

const loadPlan = (planFile: string): PlanConfig => {
  const parsed = parsePlanConfigText(readFileSync(planFile, "utf8"));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return parsed.plan;
};

export interface PlanDemo {
  readonly dir: string;
  readonly planted: readonly PlantedFinding[];
  readonly code: number;
}

/**
 * Writes `<dir>/<plan id>/`: master/Masterplan.xlsx, vorlagen/ (from `template`), eingang/ (the
 * templates filled in, with planted mistakes), out/ (merge, JSON report, report) and rueckmeldung/.
 * The round is the plan's first; "today" is its deadline, so nothing is overdue by accident.
 */
export const writePlanDemo = async (root: string, planFile: string, quiet = false): Promise<PlanDemo> => {
  const plan = loadPlan(planFile);
  const round = plan.rounds[0];
  if (!round) throw new Error(`${planFile}: die Plan-Konfiguration nennt keine Berichtsrunde (rounds).`);
  const dir = join(root, plan.id);
  const at = (...parts: string[]) => join(dir, ...parts);
  for (const sub of ["master", "vorlagen", "eingang", "out", "rueckmeldung"]) mkdirSync(at(sub), { recursive: true });
  const master = await buildPlanMasterplan(plan);
  writeFileSync(at("master", master.fileName), master.bytes);
  const common = ["--plan", planFile, "--today", round.deadline];
  const steps: string[][] = [
    ["template", "--master", at("master", master.fileName), "--out-dir", at("vorlagen"), "--period", round.name],
  ];
  if (run([...steps[0]!, ...common], quiet) !== 0) return { dir, planted: [], code: 3 };
  const planted: PlantedFinding[] = [];
  const templates = readdirSync(at("vorlagen")).filter((f) => f.endsWith(".xlsx")).sort();
  for (const [i, name] of templates.entries()) {
    const filled = await fillReturn(readFileSync(at("vorlagen", name)), name, plan, round.cutoff, i);
    writeFileSync(at("eingang", name), filled.file.bytes);
    planted.push(...filled.planted);
  }
  const merged = at("out", "Umsetzungsstand.xlsx");
  const report = at("out", "Pruefbericht.json");
  const later: string[][] = [
    ["merge", at("eingang"), "--master", at("master", master.fileName), "--out", merged, "--report-json", report, ...common],
    ["feedback", report, at("eingang"), "--out-dir", at("rueckmeldung"), ...common],
    ["report", merged, "--out", at("out", "Bericht.html"), "--docx", at("out", "Bericht.docx"), "--plan", planFile],
  ];
  for (const args of later) {
    const code = run(args, quiet);
    if (code !== 0 && code !== 1) return { dir, planted, code };
  }
  return { dir, planted, code: 0 };
};
