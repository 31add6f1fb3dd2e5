// The five commands, declared as data (see command-spec.ts). Options that several commands share are
// declared once here; each command's action only maps its parsed words onto the command's own arguments.
import type { PlanConfig } from "../core";
import { CliError } from "./cli-error";
import {
  type AnyCommandSpec,
  commandsWith,
  describedAs,
  flagOption,
  repeatedOption,
  requiredOption,
  valueOption,
} from "./command-spec";
import type * as FeedbackCommand from "./feedback-command";
import type * as MergeCommand from "./merge-command";
import type { Output } from "./output";
import { loadPlanOption, parseTodayOption } from "./plan-option";
import { DEFAULT_POOL, heapPerWorker, type PoolOptions } from "./read-pool";
import type * as ReportCommand from "./report-command";
import type * as TemplateCommand from "./template-command";
import type * as ValidateCommand from "./validate-command";

/** What a command's action may use of the program around it. */
export interface CommandContext {
  readonly output: (progress: boolean) => Output;
  readonly env: NodeJS.ProcessEnv;
  /** Today's local date as YYYY-MM-DD (the clock is read in main.ts only). */
  readonly today: () => string;
}

// Each command's module is loaded when it runs: only the commands that write load exceljs, so
// `validate` and `--help` start without it (CommonJS require: this file is compiled to CommonJS).
const load = {
  get validate() {
    return (require("./validate-command") as typeof ValidateCommand).runValidate;
  },
  get merge() {
    return (require("./merge-command") as typeof MergeCommand).runMerge;
  },
  get template() {
    return (require("./template-command") as typeof TemplateCommand).runTemplate;
  },
  get feedback() {
    return (require("./feedback-command") as typeof FeedbackCommand).runFeedback;
  },
  get report() {
    return (require("./report-command") as typeof ReportCommand).runReport;
  },
};

/** Options several commands share, declared once. */
const shared = {
  plan: valueOption("--plan <plan.json>", "Plan-Konfiguration (Standard: Aktionsplan Integration 2022 bis 2026)"),
  today: valueOption("--today <TT.MM.JJJJ>", "Stichtag für „überfällig“ (Standard: heute)"),
  recursive: flagOption("--recursive", "Ordner mit Unterordnern durchsuchen"),
  workers: valueOption("--workers <n>", "parallele Lese-Threads (0 = im Hauptprozess)"),
  outDir: (what: string) => requiredOption("--out-dir <ordner>", what),
} as const;

const files = { name: "dateien-oder-ordner", variadic: true } as const;

const command = commandsWith<CommandContext>();

const poolFrom = (workers: string | undefined): PoolOptions => {
  if (workers === undefined) return DEFAULT_POOL;
  const n = Number(workers);
  if (!Number.isInteger(n) || n < 0 || n > 16)
    throw new CliError(`--workers erwartet eine Zahl von 0 bis 16, nicht „${workers}“.`);
  // The heap budget is shared: more threads, less heap each (the run stays below 2 GB).
  return { ...DEFAULT_POOL, workers: n, heapMb: heapPerWorker(n) };
};

/** The given optional values only: the commands' argument types have optional fields, never `undefined`. */
const given = <T extends Record<string, string | undefined>>(values: T): { [K in keyof T]?: string } =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };

/** The plan (and its file, an input never to be written over) and today's date every command needs. */
const planAndToday = async (
  o: { readonly plan: string | undefined; readonly today?: string | undefined },
  context: CommandContext,
): Promise<{ plan: PlanConfig; today: string; planFile?: string }> => ({
  plan: await loadPlanOption(o.plan),
  today: parseTodayOption(o.today ?? context.today()),
  ...given({ planFile: o.plan }),
});

const validate = command({
  name: "validate",
  description: "Arbeitsmappen prüfen und Befunde je Datei ausgeben",
  arguments: [files],
  options: {
    plan: shared.plan,
    json: flagOption("--json", "Ergebnis als JSON ausgeben"),
    verbose: flagOption("--verbose", "auch Hinweise ausgeben"),
    recursive: shared.recursive,
    workers: shared.workers,
    today: shared.today,
  },
  run: async ({ args: [paths], options: o, context }) => {
    const { plan, today } = await planAndToday(o, context);
    const run = { paths, plan, today, json: o.json, verbose: o.verbose, recursive: o.recursive };
    return load.validate({ ...run, pool: poolFrom(o.workers) }, context.output(!o.json));
  },
});

const merge = command({
  name: "merge",
  description: "Arbeitsmappen aller Ämter zu einem konsolidierten Umsetzungsstand zusammenführen",
  arguments: [files],
  options: {
    out: requiredOption("--out <konsolidiert.xlsx>", "Ausgabedatei"),
    plan: shared.plan,
    master: valueOption("--master <masterplan.xlsx>", "Masterplan: fehlende Meldungen erkennen"),
    previous: valueOption(
      "--previous <register.xlsx>",
      "Register (früherer konsolidierter Stand): Verlauf, Entscheidungen und Rücklauf fortführen, Änderungen zeigen",
    ),
    linkedMaster: repeatedOption(
      "--linked-master <plan>=<masterplan.xlsx>",
      "Masterplan eines anderen Plans: Bezüge auf dessen Maßnahmen prüfen (je verknüpftem Plan einmal)",
    ),
    feedbackDir: valueOption(
      "--feedback-dir <ordner>",
      "Ordner der Rückmeldungen (von „feedback“): im Rücklauf „Rückmeldung geschrieben“ eintragen",
    ),
    reportJson: valueOption("--report-json <bericht.json>", "Prüfbericht als JSON schreiben"),
    strict: flagOption("--strict", "bei Fehlern nichts schreiben"),
    recursive: shared.recursive,
    workers: shared.workers,
    period: valueOption(
      "--period <berichtsrunde>",
      "laufende Berichtsrunde: Dateien aus Vorlagen anderer Runden melden (Standard: die späteste Runde der Vorlagen)",
    ),
    today: shared.today,
  },
  run: async ({ args: [paths], options: o, context }) => {
    const fixed = {
      paths,
      out: o.out,
      strict: o.strict,
      recursive: o.recursive,
      pool: poolFrom(o.workers),
      linkedMasters: o.linkedMaster,
    };
    const optional = given({
      master: o.master,
      previous: o.previous,
      feedbackDir: o.feedbackDir,
      reportJson: o.reportJson,
      period: o.period,
    });
    return load.merge({ ...fixed, ...(await planAndToday(o, context)), ...optional }, context.output(true));
  },
});

const template = command({
  name: "template",
  description: "je federführendem Amt eine Meldevorlage aus dem Masterplan erzeugen",
  arguments: [],
  options: {
    master: requiredOption("--master <masterplan.xlsx>", "Masterplan mit allen Maßnahmen"),
    outDir: shared.outDir("Ordner für die Vorlagen"),
    plan: shared.plan,
    period: valueOption(
      "--period <berichtsrunde>",
      "Berichtsrunde aus der Plan-Konfiguration oder dem Register (Standard: die nächste offene); eine neue mit --stichtag und --deadline",
    ),
    stichtag: valueOption(
      "--stichtag <TT.MM.JJJJ>",
      "Stichtag einer Berichtsrunde, die die Plan-Konfiguration nicht nennt",
    ),
    deadline: valueOption(
      "--deadline <TT.MM.JJJJ>",
      "Abgabefrist einer Berichtsrunde, die die Plan-Konfiguration nicht nennt",
    ),
    previous: valueOption(
      "--previous <register.xlsx>",
      "früherer konsolidierter Stand (Register): alle Meldespalten vorausfüllen",
    ),
    today: describedAs(shared.today, "Datum der Vorlage und für die Wahl der Berichtsrunde (Standard: heute)"),
  },
  run: async ({ options: o, context }) => {
    const optional = given({ period: o.period, cutoff: o.stichtag, deadline: o.deadline, previous: o.previous });
    const run = { master: o.master, outDir: o.outDir, ...(await planAndToday(o, context)), ...optional };
    return load.template(run, context.output(false));
  },
});

const feedback = command({
  name: "feedback",
  description:
    "je Amtsdatei eine Rückmeldung (Befundliste und markierte Kopie der Tabelle) aus dem JSON-Prüfbericht schreiben",
  arguments: [{ name: "pruefbericht.json", description: "Prüfbericht von „merge --report-json“" }, files],
  options: {
    outDir: shared.outDir("Ordner für die Rückmeldungen (nicht der Eingangsordner)"),
    plan: shared.plan,
    period: valueOption(
      "--period <berichtsrunde>",
      "Berichtsrunde für Frist und Ansprechpartner, wenn die Datei keine Vorlage nennt",
    ),
    deadline: valueOption(
      "--deadline <TT.MM.JJJJ>",
      "Frist für die Korrektur (Standard: Abgabefrist der Berichtsrunde, wenn nicht vorbei)",
    ),
    recursive: shared.recursive,
    mail: flagOption(
      "--mail",
      "zusätzlich je Amt einen E-Mail-Entwurf (.eml) mit der Rückmeldung im Anhang schreiben; es wird nichts gesendet",
    ),
    today: describedAs(shared.today, "heutiges Datum: ob die Frist schon vorbei ist (Standard: heute)"),
  },
  run: async ({ args: [report, paths], options: o, context }) => {
    const fixed = { report, paths, outDir: o.outDir, recursive: o.recursive, mail: o.mail };
    const optional = given({ period: o.period, deadline: o.deadline });
    return load.feedback({ ...fixed, ...(await planAndToday(o, context)), ...optional }, context.output(false));
  },
});

const report = command({
  name: "report",
  description:
    "Fortschrittsbericht (Entwurf eines Zwischenberichts) aus dem konsolidierten Umsetzungsstand: HTML, auf Wunsch PDF",
  arguments: [{ name: "umsetzungsstand.xlsx", description: "konsolidierter Umsetzungsstand von „aktionsplan merge“" }],
  options: {
    out: requiredOption("--out <bericht.html>", "HTML-Datei des Berichts (eigenständig, ohne Skripte)"),
    pdf: valueOption("--pdf <bericht.pdf>", "zusätzlich als barrierearmes (getaggtes) PDF drucken; braucht Chromium"),
    docx: valueOption("--docx <bericht.docx>", "zusätzlich als Word-Dokument zum Bearbeiten (Vorwort, Einschätzungen)"),
    plan: shared.plan,
    geschaeftsbereich: valueOption(
      "--geschaeftsbereich <name>",
      "Bericht nur für die Maßnahmen eines Geschäftsbereichs (z. B. „GB Bildung, Jugend und Sport“)",
    ),
  },
  run: async ({ args: [consolidated], options: o, context }) => {
    const { plan, planFile } = await planAndToday(o, context);
    const optional = given({ planFile, pdf: o.pdf, docx: o.docx, businessArea: o.geschaeftsbereich });
    return load.report({ consolidated, out: o.out, plan, env: context.env, ...optional }, context.output(false));
  },
});

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly AnyCommandSpec<CommandContext>[] = [validate, merge, template, feedback, report];

/**
 * Whether a command line (argv as process.argv) runs a command that reads through the default
 * read pool: one with the --workers option, not given it, not asking for help.
 */
export const readsWithDefaultPool = (argv: readonly string[]): boolean => {
  const [name, ...rest] = argv.slice(2);
  const spec = COMMANDS.find((c) => c.name === name);
  if (spec === undefined || spec.options.workers !== shared.workers) return false;
  const workers = shared.workers.flags.split(" ")[0]!;
  return !rest.some((a) => a === workers || a.startsWith(`${workers}=`) || a === "--help" || a === "-h");
};
