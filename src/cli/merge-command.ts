import {
  mergeRound,
  countOf,
  registerMerge,
  type MasterMeasure,
  type MergeReport,
  type PlanConfig,
  type PreviousMeasure,
  type Register,
  buildMergeReport,
  mergeTotals,
  firstMessage,
  type Issue,
} from "../core";
import { preloadWriter, writeConsolidatedFile, writeTextAtomic } from "../xlsx/node";
// Not through ../xlsx: its index loads the document writer, and so exceljs, before the first file is read.
import { extraColumnsCut } from "../xlsx/consolidated/measures-sheet";
import { CliError, EXIT, type ExitCode } from "./cli-error";
import { boundHeapGrowthIfLarge } from "./heap-growth";
import { feedbackLogPaths, readFeedbackLogs } from "./feedback-logs";
import { checkListed, checkListedBeside, listOfficeInputs, officeInputPaths } from "./gather-inputs";
import type { Output } from "./output";
import { referenceInputs, refuseClashes } from "./path-clash";
import type { CheckedInput } from "./read-job";
import { receivedDates } from "./received-dates";
import { writeOrExplain } from "./write-or-explain";
import type { PoolOptions } from "./read-pool";
import { readMaster, readReferenceBytes, registerParsedBeside } from "./reference-workbooks";
import { readLinkedMasters } from "./linked-master";
import { stepLines } from "./progress";

export interface MergeArgs {
  readonly paths: readonly string[];
  readonly out: string;
  readonly plan: PlanConfig;
  /** The --plan file, if any: an input like every other, never to be written over. */
  readonly planFile?: string;
  readonly today: string;
  readonly master?: string;
  readonly previous?: string;
  /** `<plan>=<masterplan.xlsx>` each: other plans' masters, to check links to their measures. */
  readonly linkedMasters: readonly string[];
  /** Folder of `feedback`'s logs: the Rückmeldungen they record fill Rücklauf. */
  readonly feedbackDir?: string;
  readonly reportJson?: string;
  /** The round being collected; files from templates of another round are flagged. */
  readonly period?: string;
  readonly strict: boolean;
  readonly recursive: boolean;
  readonly pool: PoolOptions;
}

/** `merge`: validates every office workbook and writes the consolidated status workbook. */
export const runMerge = async (args: MergeArgs, io: Output): Promise<ExitCode> => {
  if (!/\.xlsx$/i.test(args.out)) throw new CliError(`--out muss auf .xlsx enden: ${args.out}`);
  const listing = await listOfficeInputs(args.paths, args.recursive, io);
  const logs = args.feedbackDir === undefined ? [] : await feedbackLogPaths(args.feedbackDir);
  await refuseClashes(
    [{ role: "--out", path: args.out }, ...(args.reportJson ? [{ role: "--report-json", path: args.reportJson }] : [])],
    [
      ...referenceInputs(args),
      ...officeInputPaths(listing),
      ...logs.map((path) => ({ role: "ein Protokoll in --feedback-dir", path })),
    ],
  );
  const feedback = await readFeedbackLogs(logs, args.plan, io);
  let master: { measures: MasterMeasure[]; issues: Issue[] } | undefined;
  if (args.master) master = await readMaster(args.master, args.plan, args.today, args.pool);
  const linked = await readLinkedMasters(args.linkedMasters, args.plan);
  // The register is read in the pool beside the office files, not before them: it is usually the
  // largest workbook of the run, and read first it kept both workers' files waiting.
  const options = { plan: args.plan, today: args.today, pool: args.pool, whileWorkersRead: preloadWriter };
  // The files' dates are asked for while the workers read: awaited after reading, the 60 stats of
  // a city merge kept the main thread waiting ~20 ms before it could consolidate.
  const receiving = receivedDates(listing);
  let previous: PreviousMeasure[] | undefined;
  let register: Register | null = null;
  let checked: CheckedInput[];
  if (args.previous) {
    const bytes = await readReferenceBytes("previous", args.previous);
    const both = await checkListedBeside(listing, options, io, { kind: "previous", file: args.previous, bytes });
    checked = both.checked;
    ({ measures: previous, register } = await registerParsedBeside(
      args.previous,
      bytes,
      both.reference,
      args.plan,
      args.today,
      args.pool,
    ));
  } else checked = await checkListed(listing, options, io);
  // Reading is done (the read workers' small heaps keep V8's default growth): what follows, the
  // consolidation and the writer, makes garbage by the hundreds of MB at a million rows.
  boundHeapGrowthIfLarge();
  const step = stepLines(io.progressStream, io.progress);
  const rows = checked.reduce((n, i) => n + i.records.length, 0);
  step(`Führe ${countOf(rows, "Zeile", "Zeilen")} aus ${countOf(checked.length, "Datei", "Dateien")} zusammen …`);
  const received = await receiving;
  // The round being collected (--period, else the latest any template names), then the merge: the
  // same pure pipeline as the browser page's, here with the register carried from the last merge.
  const { plan, register: carried } = registerMerge(checked, {
    plan: args.plan,
    today: args.today,
    register,
    file: args.previous ?? null,
    received,
    feedback,
  });
  const { inputs, consolidation: c } = mergeRound(checked, {
    plan,
    today: args.today,
    period: args.period,
    master: master?.measures,
    linked,
    previous,
    register: carried,
  });
  if (inputs.every((i) => i.result.status === "unreadable")) {
    io.err(`Keine lesbare Arbeitsmappe unter ${countOf(inputs.length, "Datei", "Dateien")}; nichts geschrieben.`);
    for (const i of inputs) io.err(`  ${i.result.file}: ${firstMessage(i.result)}`);
    return EXIT.usage;
  }
  // A decision row that cannot be applied is an error like a broken cell: the coordinator fixes it.
  const hasErrors =
    c.inputs.some((i) => i.result.status !== "ok") ||
    (c.register?.decisions.some((d) => d.status === "invalid") ?? false);
  let write = !(args.strict && hasErrors);
  // The JSON report is written whatever happens to the workbook: it is the full list of findings.
  let failure: CliError | null = null;
  if (write)
    try {
      await writeOrExplain(args.out, (out) =>
        writeConsolidatedFile(out, c, plan, {
          onSheet: (sheet, count) => step(`Schreibe Blatt „${sheet}“ (${countOf(count, "Zeile", "Zeilen")}) …`),
        }),
      );
    } catch (e) {
      if (!(e instanceof CliError) || !args.reportJson) throw e;
      failure = e;
      write = false;
    }
  // The report renders every finding's message: built only when it is written (a million findings ~0.3 GB).
  let totals: MergeReport["totals"] | null = null;
  if (args.reportJson) {
    const report = buildMergeReport(
      c,
      args.out,
      write,
      master && args.master ? { file: args.master, measures: master.measures.length, issues: master.issues } : null,
    );
    await writeOrExplain(args.reportJson, (p) => writeTextAtomic(p, `${JSON.stringify(report, null, 2)}\n`));
    totals = report.totals;
  }
  const t = totals ?? mergeTotals(c);
  io.err(
    [
      `${countOf(t.files, "Datei", "Dateien")} gelesen (${t.unreadable} nicht lesbar), ${countOf(t.rows, "Zeile", "Zeilen")}, ${countOf(t.measures, "Maßnahme", "Maßnahmen")}, ${t.errors} Fehler, ${countOf(t.warnings, "Warnung", "Warnungen")}, ${countOf(t.conflicts, "Konflikt", "Konflikte")}.`,
      t.planned === null
        ? "Ohne Masterplan: die Zahlen gelten nur für die gemeldeten Maßnahmen."
        : `Rücklauf: ${t.officesReplied} von ${t.officesExpected === 1 ? "1 Amt" : `${t.officesExpected} Ämtern`}, ${t.reported} von ${t.planned === 1 ? "1 Maßnahme" : `${t.planned} Maßnahmen`} gemeldet (${t.unreported} keine Meldung); ${countOf(t.masterDeviations, "Abweichung", "Abweichungen")} vom Masterplan.`,
      write
        ? `Konsolidierter Umsetzungsstand: ${args.out}`
        : `--strict: wegen Fehlern nichts geschrieben (siehe ${args.reportJson ?? "Meldungen oben"}).`,
      ...(args.reportJson ? [`Prüfbericht (JSON): ${args.reportJson}`] : []),
    ].join("\n"),
  );
  const cut = extraColumnsCut(c, plan);
  if (write && cut > 0)
    io.err(
      `Hinweis: ${cut === 1 ? "1 Zusatzspalte der Ämter passt" : `${cut} Zusatzspalten der Ämter passen`} nicht mehr auf das Blatt „Maßnahmen“ (Excel erlaubt höchstens 16.384 Spalten); die letzte Spalte dort sagt es, die Werte stehen in den Dateien der Ämter.`,
    );
  for (const r of c.inputs.map((i) => i.result).filter((x) => x.status !== "ok"))
    io.err(
      `  ${r.status === "unreadable" ? "nicht lesbar" : "fehlerhaft"}: ${r.file} (${r.issues.filter((i) => i.severity === "error").length} Fehler)`,
    );
  if (failure)
    throw new CliError(`${failure.message} Der Prüfbericht ist trotzdem geschrieben: ${args.reportJson ?? ""}`);
  return hasErrors ? EXIT.errorsFound : EXIT.ok;
};
