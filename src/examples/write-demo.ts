// `npm run demo`: writes the example workbooks, then merges them with the real command, as a user would.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { writeExamples } from "./generate-examples";
import { writePlanDemo } from "./plan-demo";

export const main = async (dir = process.argv[2] ?? "examples", argv = process.argv.slice(3)): Promise<number> => {
  // `npm run demo -- --plan <file>`: a demo generated from that plan configuration.
  const planAt = argv.indexOf("--plan");
  const planFile = planAt >= 0 ? argv[planAt + 1] : undefined;
  if (planFile !== undefined) {
    const demo = await writePlanDemo(dir, planFile);
    if (demo.code === 0) process.stdout.write(`\nFertig. Alles liegt in ${demo.dir} (out/, rueckmeldung/).\n`);
    return demo.code;
  }
  await writeExamples(dir);
  const bin = join(__dirname, "..", "..", "bin", "aktionsplan.js");
  const out = join(dir, "out", "Umsetzungsstand.xlsx");
  const args = ["merge", join(dir, "eingang"), "--master", join(dir, "master", "Masterplan.xlsx"), "--out", out, "--report-json", join(dir, "out", "Pruefbericht.json"), "--today", "2024-06-30"];
  process.stdout.write(`\n$ aktionsplan ${args.join(" ")}\n`);
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: "inherit" });
  // Exit 1 means "merged, with findings" — exactly what the example data is made to show.
  if (r.status !== 0 && r.status !== 1) return r.status ?? 3;
  // The report needs no browser; the PDF does, so the demo leaves it out (README: report --pdf).
  const report = join(dir, "out", "Bericht.html");
  const word = join(dir, "out", "Bericht.docx");
  const reportArgs = ["report", out, "--out", report, "--docx", word];
  process.stdout.write(`\n$ aktionsplan ${reportArgs.join(" ")}\n`);
  const rr = spawnSync(process.execPath, [bin, ...reportArgs], { stdio: "inherit" });
  if (rr.status !== 0) return rr.status ?? 3;
  process.stdout.write(`\nFertig. Öffnen Sie ${out} (Blätter „Übersicht“, „Maßnahmen“, „Prüfbericht“ …) und den Bericht ${report} (zum Bearbeiten: ${word}).\n`);
  return 0;
};

if (require.main === module) void main().then((code) => (process.exitCode = code));
