import { basename, dirname, join } from "node:path";
import {
  chooseRound,
  countOf,
  FEEDBACK_LOG_KIND,
  type FeedbackLog,
  findRound,
  germanDate,
  letterContact,
  officeAddress,
  reportedTemplateRound,
  unreadableReasonDe,
  type PlanConfig,
  type RoundInfo,
} from "../core";
import {
  buildFeedbackWorkbook,
  feedbackBase,
  feedbackLetterText,
  FEEDBACK_SUFFIX,
  parseFeedbackReport,
  type FeedbackFile,
  type FeedbackInput,
} from "../xlsx/feedback";
import { readInputBytes, readInputText, samePath, sha256, streamFeedbackWorkbook } from "../xlsx/node";
import { safeFileBase, uniqueFileNames } from "../xlsx/template";
import { CliError, EXIT, type ExitCode } from "./cli-error";
import { listOfficeInputs, MAX_INPUT_BYTES, officeInputPaths } from "./gather-inputs";
import { mailDraftBytes } from "./mail-draft";
import type { Output } from "./output";
import { referenceInputs, refuseClashes, sameFolderAsAny } from "./path-clash";
import { parseDateOption } from "./plan-option";
import { DEFAULT_POOL, type PoolOptions } from "./read-pool";
import { readTableGuarded } from "./reference-workbooks";
import { writeUnderFreeName } from "./write-new-file";

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
  /** Also write one e-mail draft (.eml) per office beside its Rückmeldung; nothing is sent. */
  readonly mail?: boolean;
  readonly planFile?: string;
  readonly pool?: PoolOptions;
}

/** The log of the letters written, beside them: `merge --feedback-dir` reads it into Rücklauf. */
export const FEEDBACK_LOG_FILE = "Rückmeldungen.json";

/** Findings plus table rows above which a Rückmeldung is streamed rather than built in memory. */
export const STREAM_FROM = 5_000;

/**
 * Which report entry speaks for a file: the one with the same SHA-256, so positions are exactly
 * what the merge found in these bytes. Files the merge could not even hash (another format) match
 * by path.
 */
const entryFor = (inputs: readonly FeedbackFile[], path: string, hash: string | null): FeedbackFile | undefined =>
  inputs.find((i) => hash !== null && i.sha256 === hash) ??
  inputs.find((i) => i.sha256 === "" && samePath(i.file, path));

/**
 * The round a file answers: its template's, else --period, else the round open on `today`. A
 * template's round the plan does not list (made with `template --period … --stichtag …`) is still
 * that round: the register and Rücklauf know it by that name. Its dates are in the template, not in
 * the report, so its letter asks "so bald wie möglich" unless --deadline is given.
 */
const roundFor = (entry: FeedbackFile, plan: PlanConfig, fallback: RoundInfo | null): RoundInfo | null => {
  const named = reportedTemplateRound(entry);
  if (named === null) return fallback;
  return findRound(plan, named) ?? { name: named, cutoff: null, deadline: null, contact: null };
};

/** The command's last line: "1 Rückmeldung in … geschrieben; 2 Dateien nicht im Prüfbericht." */
export const feedbackSummary = (written: number, unmatched: number, outDir: string): string =>
  `${countOf(written, "Rückmeldung", "Rückmeldungen")} in ${outDir} geschrieben${unmatched ? `; ${countOf(unmatched, "Datei", "Dateien")} nicht im Prüfbericht` : ""}.`;

/** `feedback`: one Rückmeldung workbook per office file, from the merge's JSON report. */
export const runFeedback = async (args: FeedbackArgs, io: Output): Promise<ExitCode> => {
  const deadline = args.deadline === undefined ? undefined : parseDateOption("--deadline", args.deadline);
  // Read like every other input: a regular file, the size counted while reading.
  const read = await readInputText(args.report, MAX_INPUT_BYTES);
  if (!read.ok)
    throw new CliError(`Prüfbericht ${args.report} kann nicht gelesen werden: ${unreadableReasonDe(read.reason)}`);
  const parsed = parseFeedbackReport(read.text);
  if (!parsed.ok)
    throw new CliError(`${args.report} ist ${parsed.message}. Erwartet wird die Datei von „merge --report-json“.`);
  const report = parsed.report;
  if (report.plan !== args.plan.id)
    throw new CliError(`Der Prüfbericht gehört zum Plan „${report.plan}“, gewählt ist „${args.plan.id}“ (--plan).`);
  let fallback: RoundInfo | null = null;
  if (args.period !== undefined) {
    const chosen = chooseRound(args.plan, args.period, args.today);
    if (!chosen.ok) throw new CliError(chosen.message);
    fallback = chosen.round;
  } else {
    const open = chooseRound(args.plan, undefined, args.today);
    fallback = open.ok ? open.round : null;
  }
  const listing = await listOfficeInputs(args.paths, args.recursive, io);
  // In the inbox, a Rückmeldung would be read by the next merge as one more file from that office:
  // compared as real folders, so a link to the inbox is the inbox.
  const inboxes = [...args.paths, ...listing.inputs.map((i) => dirname(i.path))];
  const inbox = await sameFolderAsAny(args.outDir, inboxes);
  if (inbox !== null)
    throw new CliError(
      `--out-dir ${args.outDir} ist ein Eingangsordner (${inbox}); bitte einen eigenen Ordner für die Rückmeldungen wählen.`,
    );
  const bases = listing.inputs.map((i) => safeFileBase(feedbackBase(basename(i.path)), FEEDBACK_SUFFIX));
  const names = uniqueFileNames(bases, ".xlsx");
  const outputs = names.map((n) => join(args.outDir, n));
  const drafts = args.mail ? uniqueFileNames(bases, ".eml").map((n) => join(args.outDir, n)) : [];
  await refuseClashes(
    [
      ...outputs.map((o) => ({ role: "Die Rückmeldung", path: o })),
      ...drafts.map((d) => ({ role: "Der E-Mail-Entwurf", path: d })),
    ],
    [{ role: "der Prüfbericht", path: args.report }, ...referenceInputs(args), ...officeInputPaths(listing)],
  );
  const taken = new Set([...outputs, ...drafts].map((o) => o.toLowerCase()));
  const pool = args.pool ?? DEFAULT_POOL;

  // A letter never asks for a date already past: a lapsed round deadline needs --deadline, checked
  // for every file before anything is written.
  if (args.deadline === undefined) {
    for (const input of listing.inputs) {
      const read = input.unreadable ? null : await readInputBytes(input.fsPath ?? input.path, MAX_INPUT_BYTES);
      const entry = entryFor(report.inputs, input.path, read?.ok ? sha256(read.bytes) : null);
      const round = entry ? roundFor(entry, args.plan, fallback) : null;
      if (round?.deadline && round.deadline < args.today)
        throw new CliError(
          `Die Abgabefrist der Berichtsrunde „${round.name}“ (${germanDate(round.deadline)}) ist vorbei; bitte mit --deadline TT.MM.JJJJ angeben, bis wann die Ämter korrigieren sollen.`,
        );
    }
  }

  const log: FeedbackLog["entries"] = [];
  let written = 0;
  let unmatched = 0;
  let withErrors = 0;
  for (const [n, input] of listing.inputs.entries()) {
    const read = input.unreadable ? null : await readInputBytes(input.fsPath ?? input.path, MAX_INPUT_BYTES);
    const entry = entryFor(report.inputs, input.path, read?.ok ? sha256(read.bytes) : null);
    if (!entry) {
      unmatched++;
      io.err(
        `${input.path}: nicht im Prüfbericht (oder seit dem Zusammenführen geändert) – bitte merge erneut ausführen; keine Rückmeldung geschrieben.`,
      );
      continue;
    }
    let table = null;
    if (read?.ok && entry.status !== "unreadable" && entry.sheet !== null) {
      table = await readTableGuarded(input.path, read.bytes, entry.sheet, args.plan, pool);
    }
    const round = roundFor(entry, args.plan, fallback);
    const due = deadline ?? round?.deadline ?? null;
    const feedback: FeedbackInput = {
      name: basename(input.path),
      result: entry,
      table,
      plan: args.plan,
      roundName: round?.name ?? null,
      deadline: due,
      contact: letterContact(args.plan, round?.contact ?? null),
      checkedOn: report.today,
    };
    // Large ones are streamed (exceljs' document model of 150,000 findings took over 3 GB).
    const build =
      entry.issues.length + (table?.rows.length ?? 0) > STREAM_FROM ? streamFeedbackWorkbook : buildFeedbackWorkbook;
    const { bytes, kind } = await build(feedback);
    const target = await writeUnderFreeName(outputs[n]!, bytes, taken);
    if (target !== outputs[n])
      io.err(`  ${outputs[n]!} gibt es schon und bleibt unverändert; die Rückmeldung heißt ${target}.`);
    if (args.mail) {
      const { subject, text } = feedbackLetterText(feedback, basename(target));
      const to =
        entry.office === null
          ? undefined
          : officeAddress(args.plan.correspondence, args.plan.offices, entry.office)?.email;
      const eml = mailDraftBytes(
        { to: to ?? null, subject, text, attachment: { name: basename(target), bytes } },
        `=_aktionsplan_${sha256(bytes).slice(0, 24)}`,
      );
      const draft = await writeUnderFreeName(drafts[n]!, eml, taken);
      if (to === undefined)
        io.err(
          `  ${draft}: keine E-Mail-Adresse für ${entry.office ?? basename(input.path)} in der Plan-Konfiguration (correspondence.offices); „An“ bitte selbst eintragen.`,
        );
    }
    written++;
    log.push({
      round: round?.name ?? null,
      office: entry.office,
      file: basename(input.path),
      sha256: entry.sha256,
      feedback: basename(target),
    });
    const errors = entry.issues.filter((i) => i.severity === "error").length;
    const warnings = entry.issues.filter((i) => i.severity === "warning").length;
    if (entry.status !== "ok") withErrors++;
    io.out(
      `${input.path}: ${kind === "confirmation" ? "in Ordnung, Bestätigung" : entry.status === "unreadable" ? "nicht lesbar, Rückmeldung" : `${countOf(errors, "Fehler", "Fehler")}, ${countOf(warnings, "Warnung", "Warnungen")}, Rückmeldung`} → ${target}`,
    );
  }
  if (written > 0) {
    const record: FeedbackLog = { kind: FEEDBACK_LOG_KIND, plan: args.plan.id, written: args.today, entries: log };
    const bytes = new TextEncoder().encode(`${JSON.stringify(record, null, 2)}\n`);
    const path = await writeUnderFreeName(join(args.outDir, FEEDBACK_LOG_FILE), bytes, taken);
    io.err(
      `Protokoll für den Rücklauf: ${path} (beim nächsten Zusammenführen mit --feedback-dir ${args.outDir} angeben).`,
    );
  }
  io.err(feedbackSummary(written, unmatched, args.outDir));
  if (written === 0) return EXIT.usage;
  return unmatched > 0 || withErrors > 0 ? EXIT.errorsFound : EXIT.ok;
};
