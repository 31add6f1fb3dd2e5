import { consolidate, type MasterMeasure, type PlanConfig, type PreviousMeasure, type ReportIssue } from "../core";
import { writeConsolidatedFile, writeFileAtomic, writeTextAtomic } from "../xlsx/node";
import { prepareRoundInputs } from "../xlsx/template";
import { CliError, EXIT, type ExitCode } from "./cli-error";
import { gatherInputs } from "./gather-inputs";
import { buildMergeReport } from "./merge-report";
import type { Output } from "./output";
import type { PoolOptions } from "./read-pool";
import { readMaster, readPrevious } from "./reference-workbooks";

export interface MergeArgs {
  readonly paths: readonly string[];
  readonly out: string;
  readonly plan: PlanConfig;
  readonly today: string;
  readonly master?: string;
  readonly previous?: string;
  readonly reportJson?: string;
  /** The round being collected; files from templates of another round are flagged. */
  readonly period?: string;
  readonly strict: boolean;
  readonly recursive: boolean;
  readonly pool: PoolOptions;
}

/**
 * Writes an output atomically (bytes, or a writer that writes `path` atomically itself); a locked or
 * read-only target becomes a usage error that says why.
 */
export const writeOrExplain = async (path: string, bytes: Uint8Array | ((path: string) => Promise<void>)): Promise<void> => {
  try {
    await (bytes instanceof Uint8Array ? writeFileAtomic(path, bytes) : bytes(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const hint = code === "EBUSY" || code === "EPERM" || code === "EACCES" ? " Ist die Datei noch in Excel geöffnet oder schreibgeschützt?" : "";
    throw new CliError(`Die Ausgabe ${path} kann nicht geschrieben werden (${code ?? (e as Error).message}).${hint}`);
  }
};

/** `merge`: validates every office workbook and writes the consolidated status workbook. */
export const runMerge = async (args: MergeArgs, io: Output): Promise<ExitCode> => {
  if (!/\.xlsx$/i.test(args.out)) throw new CliError(`--out muss auf .xlsx enden: ${args.out}`);
  let master: { measures: MasterMeasure[]; issues: ReportIssue[] } | undefined;
  if (args.master) master = await readMaster(args.master, args.plan, args.today);
  let previous: PreviousMeasure[] | undefined;
  if (args.previous) previous = await readPrevious(args.previous, args.plan, args.today);
  const checked = await gatherInputs(args.paths, { recursive: args.recursive, outputs: [args.out, ...(args.reportJson ? [args.reportJson] : [])], plan: args.plan, today: args.today, pool: args.pool }, io);
  // The round being collected (--period, else the latest any template names): its Stichtag, its templates.
  const inputs = prepareRoundInputs(checked.map((c) => ({ result: c.result, records: c.records })), args.plan, args.period, args.today);
  if (inputs.every((i) => i.result.status === "unreadable")) {
    io.err(`Keine lesbare Arbeitsmappe unter ${inputs.length} Datei(en); nichts geschrieben.`);
    for (const i of inputs) io.err(`  ${i.result.file}: ${i.result.issues[0]?.message ?? ""}`);
    return EXIT.usage;
  }
  const c = consolidate(inputs, { plan: args.plan, today: args.today, ...(master ? { master: master.measures } : {}), ...(previous ? { previous } : {}) });
  const hasErrors = inputs.some((i) => i.result.status !== "ok");
  const write = !(args.strict && hasErrors);
  if (write) await writeOrExplain(args.out, (out) => writeConsolidatedFile(out, c, args.plan));
  const report = buildMergeReport(c, args.out, write, master && args.master ? { file: args.master, measures: master.measures.length, issues: master.issues } : null);
  if (args.reportJson) await writeTextAtomic(args.reportJson, JSON.stringify(report, null, 2) + "\n");
  const t = report.totals;
  io.err(
    [
      `${t.files} Dateien gelesen (${t.unreadable} nicht lesbar), ${t.rows} Zeilen, ${t.measures} Maßnahmen, ${t.errors} Fehler, ${t.warnings} Warnungen, ${t.conflicts} Konflikte.`,
      t.planned === null
        ? "Ohne Masterplan: die Zahlen gelten nur für die gemeldeten Maßnahmen."
        : `Rücklauf: ${t.officesReplied} von ${t.officesExpected} Ämtern, ${t.reported} von ${t.planned} Maßnahmen gemeldet (${t.unreported} keine Meldung); ${t.masterDeviations} Abweichungen vom Masterplan.`,
      write ? `Konsolidierter Umsetzungsstand: ${args.out}` : `--strict: wegen Fehlern nichts geschrieben (siehe ${args.reportJson ?? "Meldungen oben"}).`,
      ...(args.reportJson ? [`Prüfbericht (JSON): ${args.reportJson}`] : []),
    ].join("\n"),
  );
  for (const r of report.inputs.filter((x) => x.status !== "ok")) io.err(`  ${r.status === "unreadable" ? "nicht lesbar" : "fehlerhaft"}: ${r.file} (${r.issues.filter((i) => i.severity === "error").length} Fehler)`);
  return hasErrors ? EXIT.errorsFound : EXIT.ok;
};
