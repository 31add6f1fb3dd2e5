import { join } from "node:path";
import {
  chooseRound,
  columnLabels,
  countOf,
  findRound,
  germanDate,
  messageDe,
  planWithRounds,
  type MeasureRecord,
  type PlanConfig,
  type PreviousMeasure,
  type Register,
  type RoundInfo,
} from "../core";
import { buildTemplateWorkbook, safeFileBase, uniqueFileNames } from "../xlsx/template";
import { CliError, EXIT, type ExitCode } from "./cli-error";
import { parseDateOption } from "./plan-option";
import type { Output } from "./output";
import { referenceInputs, refuseClashes } from "./path-clash";
import { DEFAULT_POOL, type PoolOptions } from "./read-pool";
import { readMasterRecords, readRegisterWorkbook } from "./reference-workbooks";
import { writeUnderFreeName } from "./write-new-file";

export interface TemplateArgs {
  readonly master: string;
  readonly outDir: string;
  readonly plan: PlanConfig;
  readonly today: string;
  readonly period?: string;
  /** Stichtag and deadline of a round the plan configuration does not list, as typed (TT.MM.JJJJ or ISO). */
  readonly cutoff?: string;
  readonly deadline?: string;
  readonly previous?: string;
  readonly planFile?: string;
  readonly pool?: PoolOptions;
}

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

/**
 * The round the templates are for: with --stichtag and --deadline a round of that name (new, or
 * known with other dates), else a round of the plan configuration or of the register.
 */
const templateRound = (args: TemplateArgs, register: Register | null): RoundInfo => {
  if ((args.cutoff === undefined) !== (args.deadline === undefined))
    throw new CliError("--stichtag und --deadline gehören zusammen: bitte beide angeben (oder keines).");
  if (args.cutoff !== undefined && args.deadline !== undefined) {
    if (args.period === undefined)
      throw new CliError("Mit --stichtag und --deadline bitte auch --period angeben: wie heißt die Berichtsrunde?");
    const cutoff = parseDateOption("--stichtag", args.cutoff);
    const deadline = parseDateOption("--deadline", args.deadline);
    if (deadline < cutoff)
      throw new CliError(`Die Abgabefrist ${germanDate(deadline)} liegt vor dem Stichtag ${germanDate(cutoff)}.`);
    const known = findRound(planWithRounds(args.plan, register?.history.rounds ?? []), args.period);
    return {
      name: known?.name ?? args.period.trim(),
      cutoff,
      deadline,
      contact: known?.contact ?? null,
    };
  }
  const choice = chooseRound(planWithRounds(args.plan, register?.history.rounds ?? []), args.period, args.today);
  if (!choice.ok) throw new CliError(choice.message);
  return choice.round;
};

/** `template`: one reporting workbook per lead office from the master plan. */
export const runTemplate = async (args: TemplateArgs, io: Output): Promise<ExitCode> => {
  const pool = args.pool ?? DEFAULT_POOL;
  let previous: Map<string, PreviousMeasure> | undefined;
  let register: Register | null = null;
  if (args.previous) {
    const read = await readRegisterWorkbook(args.previous, args.plan, args.today, pool);
    previous = new Map(read.measures.map((p) => [p.measureId, p]));
    register = read.register;
  }
  const round = templateRound(args, register);
  const master = await readMasterRecords(args.master, args.plan, args.today, pool);
  const masterErrors = master.issues.filter((i) => i.severity === "error");
  const { groups, unplaced } = byLeadOffice(master.records, args.plan);
  const idLabel = columnLabels(args.plan).measureId ?? "Maßnahmen-Nr.";
  if (groups.length === 0)
    throw new CliError(`Masterplan ${args.master}: keine Maßnahme mit ${idLabel} und bekanntem federführendem Amt.`);
  const names = uniqueFileNames(
    groups.map(([office]) => safeFileBase(office)),
    ".xlsx",
  );
  const paths = names.map((n) => join(args.outDir, n));
  await refuseClashes(
    paths.map((p) => ({ role: "Die Vorlage", path: p })),
    referenceInputs(args),
  );
  const taken = new Set(paths.map((p) => p.toLowerCase()));
  let prefilled = 0;
  for (const [i, [office, measures]] of groups.entries()) {
    const bytes = await buildTemplateWorkbook({
      plan: args.plan,
      office,
      round,
      measures,
      today: args.today,
      ...(previous ? { previous } : {}),
    });
    const written = await writeUnderFreeName(paths[i]!, bytes, taken);
    const filled = previous ? measures.filter((m) => previous.has(m.row.measureId!)).length : 0;
    prefilled += filled;
    io.out(
      `${office}: ${measures.length} ${measures.length === 1 ? "Maßnahme" : "Maßnahmen"}${previous ? `, ${filled} vorausgefüllt` : ""} → ${written}`,
    );
    if (written !== paths[i])
      io.err(`  ${paths[i]!} gibt es schon und bleibt unverändert; die neue Vorlage heißt ${written}.`);
  }
  io.err(
    `${countOf(groups.length, "Vorlage", "Vorlagen")} für „${round.name}“${round.deadline ? ` (Abgabe bis ${germanDate(round.deadline)})` : ""} in ${args.outDir} geschrieben${previous ? `; ${countOf(prefilled, "Maßnahme", "Maßnahmen")} aus ${args.previous} vorausgefüllt` : ""}.`,
  );
  for (const e of masterErrors)
    io.err(`  Masterplan, ${e.cell ? `Zelle ${e.cell}` : e.row ? `Zeile ${e.row}` : "Datei"}: ${messageDe(e)}`);
  for (const r of unplaced)
    io.err(
      `  Masterplan, Zeile ${r.source.row}: ${r.row.measureId === null ? `keine ${idLabel}` : `Maßnahme ${r.row.measureId} ohne bekanntes federführendes Amt`} – in keiner Vorlage.`,
    );
  return masterErrors.length > 0 || unplaced.length > 0 ? EXIT.errorsFound : EXIT.ok;
};
