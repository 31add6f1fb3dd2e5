import { basename, join } from "node:path";
import type { PlanConfig } from "../core";
import { readWorkbookGrids } from "../xlsx";
import { buildFeedbackWorkbook, feedbackName, parseFeedbackReport, type FeedbackFile } from "../xlsx/feedback";
import { listInputs, readInputBytes, readTextFile, samePath, sha256 } from "../xlsx/node";
import { chooseRound, findRound, safeFileBase, templateRound, uniqueFileNames, type RoundInfo } from "../xlsx/template";
import { CliError, EXIT, type ExitCode } from "./cli-error";
import { MAX_INPUT_BYTES } from "./gather-inputs";
import { writeOrExplain } from "./merge-command";
import type { Output } from "./output";
import { parseDateOption } from "./plan-option";

export interface FeedbackArgs {
  /** The merge's --report-json (or validate --json): the findings with their exact positions. */
  readonly report: string;
  readonly paths: readonly string[];
  readonly outDir: string;
  readonly plan: PlanConfig;
  readonly today: string;
  readonly period?: string;
  /** ISO date the corrections are due; default: the round's deadline, unless it is past. */
  readonly deadline?: string;
  readonly recursive: boolean;
}

/**
 * Which report entry speaks for a file: the one with the same SHA-256, so positions are exactly
 * what the merge found in these bytes. Files the merge could not even hash (another format) match
 * by path.
 */
const entryFor = (inputs: readonly FeedbackFile[], path: string, hash: string | null): FeedbackFile | undefined =>
  inputs.find((i) => hash !== null && i.sha256 === hash) ?? inputs.find((i) => i.sha256 === "" && samePath(i.file, path));

/** The round a file answers: its template's, else --period, else the round open on `today`. */
const roundFor = (entry: FeedbackFile, plan: PlanConfig, fallback: RoundInfo | null): RoundInfo | null => {
  const named = templateRound(entry);
  return (named ? findRound(plan, named) : null) ?? fallback;
};

/** `feedback`: one Rückmeldung workbook per office file, from the merge's JSON report. */
export const runFeedback = async (args: FeedbackArgs, io: Output): Promise<ExitCode> => {
  const deadline = args.deadline === undefined ? undefined : parseDateOption("--deadline", args.deadline);
  let text: string;
  try {
    text = await readTextFile(args.report);
  } catch (e) {
    throw new CliError(`Prüfbericht ${args.report} kann nicht gelesen werden: ${(e as Error).message}`);
  }
  const parsed = parseFeedbackReport(text);
  if (!parsed.ok) throw new CliError(`${args.report} ist ${parsed.message}. Erwartet wird die Datei von „merge --report-json“.`);
  const report = parsed.report;
  if (report.plan !== args.plan.id) throw new CliError(`Der Prüfbericht gehört zum Plan „${report.plan}“, gewählt ist „${args.plan.id}“ (--plan).`);
  let fallback: RoundInfo | null = null;
  if (args.period !== undefined) {
    const chosen = chooseRound(args.plan, args.period, args.today);
    if (!chosen.ok) throw new CliError(chosen.message);
    fallback = chosen.round;
  } else {
    const open = chooseRound(args.plan, undefined, args.today);
    fallback = open.ok ? open.round : null;
  }
  // In the inbox, a Rückmeldung would be read by the next merge as one more file from that office.
  for (const p of args.paths) if (samePath(p, args.outDir)) throw new CliError(`--out-dir ${args.outDir} ist ein Eingangsordner; bitte einen eigenen Ordner für die Rückmeldungen wählen.`);
  const listing = await listInputs(args.paths, { recursive: args.recursive });
  if (listing.missing.length > 0) throw new CliError(`Nicht gefunden: ${listing.missing.join(", ")}`);
  if (listing.inputs.length === 0) throw new CliError(`Keine Excel-Dateien (.xlsx, .xlsm) gefunden in: ${args.paths.join(", ")}`);
  const names = uniqueFileNames(listing.inputs.map((i) => safeFileBase(feedbackName(basename(i.path)).replace(/\.xlsx$/, ""))), ".xlsx");
  const outputs = names.map((n) => join(args.outDir, n));
  for (const out of outputs)
    if (listing.inputs.some((i) => samePath(i.path, out)) || samePath(out, args.report)) throw new CliError(`Die Rückmeldung ${out} wäre zugleich eine Eingabe; Eingaben werden nie überschrieben.`);

  let written = 0;
  let unmatched = 0;
  let withErrors = 0;
  for (const [n, input] of listing.inputs.entries()) {
    const read = input.otherFormat ? null : await readInputBytes(input.path, MAX_INPUT_BYTES);
    const entry = entryFor(report.inputs, input.path, read?.ok ? sha256(read.bytes) : null);
    if (!entry) {
      unmatched++;
      io.err(`${input.path}: nicht im Prüfbericht (oder seit dem Zusammenführen geändert) – bitte merge erneut ausführen; keine Rückmeldung geschrieben.`);
      continue;
    }
    let table = null;
    if (read?.ok && entry.status !== "unreadable" && entry.sheet !== null) {
      const grids = await readWorkbookGrids(read.bytes);
      table = grids.ok ? (grids.grids.find((g) => g.sheet === entry.sheet) ?? null) : null;
    }
    const round = roundFor(entry, args.plan, fallback);
    const due = deadline ?? round?.deadline ?? null;
    const { bytes, kind } = await buildFeedbackWorkbook({
      name: basename(input.path), result: entry, table, plan: args.plan, roundName: round?.name ?? null,
      deadline: due !== null && due >= args.today ? due : null, contact: round?.contact ?? null, checkedOn: report.today,
    });
    await writeOrExplain(outputs[n]!, bytes);
    written++;
    const errors = entry.issues.filter((i) => i.severity === "error").length;
    const warnings = entry.issues.filter((i) => i.severity === "warning").length;
    if (entry.status !== "ok") withErrors++;
    io.out(`${input.path}: ${kind === "confirmation" ? "in Ordnung, Bestätigung" : entry.status === "unreadable" ? "nicht lesbar, Rückmeldung" : `${errors} Fehler, ${warnings} ${warnings === 1 ? "Warnung" : "Warnungen"}, Rückmeldung`} → ${outputs[n]!}`);
  }
  io.err(`${written} Rückmeldung(en) in ${args.outDir} geschrieben${unmatched ? `; ${unmatched} Datei(en) nicht im Prüfbericht` : ""}.`);
  if (written === 0) return EXIT.usage;
  return unmatched > 0 || withErrors > 0 ? EXIT.errorsFound : EXIT.ok;
};
