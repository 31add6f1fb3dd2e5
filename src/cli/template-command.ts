import { join } from "node:path";
import { germanDate, type MeasureRecord, type PlanConfig, type PreviousMeasure } from "../core";
import { checkWorkbookBytes } from "../xlsx";
import { readInputBytes, samePath, sha256 } from "../xlsx/node";
import { buildTemplateWorkbook, chooseRound, safeFileBase, uniqueFileNames } from "../xlsx/template";
import { CliError, EXIT, type ExitCode } from "./cli-error";
import { MAX_INPUT_BYTES } from "./gather-inputs";
import { writeOrExplain } from "./merge-command";
import type { Output } from "./output";
import { readPrevious } from "./reference-workbooks";

export interface TemplateArgs {
  readonly master: string;
  readonly outDir: string;
  readonly plan: PlanConfig;
  readonly today: string;
  readonly period?: string;
  readonly previous?: string;
}

/** The master plan's measure rows (all columns), read like the merge reads it: only identifying columns required. */
const readMasterRecords = async (path: string, plan: PlanConfig, today: string) => {
  const read = await readInputBytes(path, MAX_INPUT_BYTES);
  if (!read.ok) throw new CliError(`Masterplan ${path} kann nicht gelesen werden (${read.reason}).`);
  const checked = await checkWorkbookBytes(path, sha256(read.bytes), read.bytes, plan, today, { required: ["measureId", "field", "measure", "leadOffice"] });
  if (checked.result.status === "unreadable" || checked.report === null || checked.report.header === null)
    throw new CliError(`Masterplan ${path}: ${checked.result.issues[0]?.message ?? "keine Maßnahmentabelle gefunden"}`);
  return { records: checked.records, errors: checked.result.issues.filter((i) => i.severity === "error") };
};

/**
 * Groups the master's measures by lead office, in the plan's order of offices. A measure without
 * ID or known lead office cannot go into any template (it could not be mapped back); a repeated ID
 * goes in once.
 */
const byLeadOffice = (records: readonly MeasureRecord[], plan: PlanConfig) => {
  const seen = new Set<string>();
  const groups = new Map<string, MeasureRecord[]>(plan.offices.map((o) => [o.name, []]));
  const unplaced: MeasureRecord[] = [];
  for (const r of records) {
    const id = r.row.measureId;
    const group = r.row.leadOffice === null ? undefined : groups.get(r.row.leadOffice);
    if (id === null || !group) unplaced.push(r);
    else if (!seen.has(id)) {
      seen.add(id);
      group.push(r);
    }
  }
  return { groups: [...groups].filter(([, rs]) => rs.length > 0), unplaced };
};

/** `template`: one reporting workbook per lead office from the master plan. */
export const runTemplate = async (args: TemplateArgs, io: Output): Promise<ExitCode> => {
  const choice = chooseRound(args.plan, args.period, args.today);
  if (!choice.ok) throw new CliError(choice.message);
  const { round } = choice;
  const master = await readMasterRecords(args.master, args.plan, args.today);
  let previous: Map<string, PreviousMeasure> | undefined;
  if (args.previous) previous = new Map((await readPrevious(args.previous, args.plan, args.today)).map((p) => [p.measureId, p]));
  const { groups, unplaced } = byLeadOffice(master.records, args.plan);
  if (groups.length === 0) throw new CliError(`Masterplan ${args.master}: keine Maßnahme mit Maßnahmen-Nr. und bekanntem federführendem Amt.`);
  const names = uniqueFileNames(groups.map(([office]) => safeFileBase(office)), ".xlsx");
  const paths = names.map((n) => join(args.outDir, n));
  for (const p of paths)
    for (const input of [args.master, args.previous])
      if (input !== undefined && samePath(p, input)) throw new CliError(`Die Vorlage ${p} wäre zugleich eine Eingabe; Eingaben werden nie überschrieben. Bitte einen anderen --out-dir wählen.`);
  let prefilled = 0;
  for (const [i, [office, measures]] of groups.entries()) {
    const bytes = await buildTemplateWorkbook({ plan: args.plan, office, round, measures, today: args.today, ...(previous ? { previous } : {}) });
    await writeOrExplain(paths[i]!, bytes);
    const filled = previous ? measures.filter((m) => previous.has(m.row.measureId!)).length : 0;
    prefilled += filled;
    io.out(`${office}: ${measures.length} ${measures.length === 1 ? "Maßnahme" : "Maßnahmen"}${previous ? `, ${filled} vorausgefüllt` : ""} → ${paths[i]!}`);
  }
  io.err(
    `${groups.length} Vorlagen für „${round.name}“${round.deadline ? ` (Abgabe bis ${germanDate(round.deadline)})` : ""} in ${args.outDir} geschrieben${previous ? `; ${prefilled} Maßnahmen aus ${args.previous} vorausgefüllt` : ""}.`,
  );
  for (const e of master.errors) io.err(`  Masterplan, ${e.cell ? `Zelle ${e.cell}` : e.row ? `Zeile ${e.row}` : "Datei"}: ${e.message}`);
  for (const r of unplaced)
    io.err(`  Masterplan, Zeile ${r.source.row}: ${r.row.measureId === null ? "keine Maßnahmen-Nr." : `Maßnahme ${r.row.measureId} ohne bekanntes federführendes Amt`} – in keiner Vorlage.`);
  return master.errors.length > 0 || unplaced.length > 0 ? EXIT.errorsFound : EXIT.ok;
};
