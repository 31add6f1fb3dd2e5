// The only file that touches process, argv and exit codes (STYLE.md): commands return results, and the
// program itself runs against a Terminal, so tests run every command in-process with a fake one.
import { Command, CommanderError, Option } from "commander";
import { CliError, EXIT } from "./cli-error";
import type * as FeedbackCommand from "./feedback-command";
import type * as MergeCommand from "./merge-command";
import type { Output, ProgressStream } from "./output";
import { loadPlanOption, parseDateOption, parseTodayOption } from "./plan-option";
import { DEFAULT_POOL, heapPerWorker, type PoolOptions } from "./read-pool";
import type * as ReportCommand from "./report-command";
import type * as TemplateCommand from "./template-command";
import type * as ValidateCommand from "./validate-command";

/** What the program may touch of its process: its two streams, its environment and the clock. */
export interface Terminal {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: ProgressStream;
  readonly env: NodeJS.ProcessEnv;
  /** Today's local date as YYYY-MM-DD: the one place the tool reads the clock. */
  readonly today: () => string;
}

export const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

const line = (t: string): string => (t.endsWith("\n") ? t : `${t}\n`);

const poolFrom = (workers: string | undefined): PoolOptions => {
  if (workers === undefined) return DEFAULT_POOL;
  const n = Number(workers);
  if (!Number.isInteger(n) || n < 0 || n > 16)
    throw new CliError(`--workers erwartet eine Zahl von 0 bis 16, nicht „${workers}“.`);
  // The heap budget is shared: more threads, less heap each (the run stays below 2 GB).
  return { ...DEFAULT_POOL, workers: n, heapMb: heapPerWorker(n) };
};

// Each command's module is loaded when it runs: only the commands that write load exceljs, so
// `validate` and `--help` start without it (CommonJS require: this file is compiled to CommonJS).
const command = {
  get runValidate() {
    return (require("./validate-command") as typeof ValidateCommand).runValidate;
  },
  get runMerge() {
    return (require("./merge-command") as typeof MergeCommand).runMerge;
  },
  get runTemplate() {
    return (require("./template-command") as typeof TemplateCommand).runTemplate;
  },
  get runFeedback() {
    return (require("./feedback-command") as typeof FeedbackCommand).runFeedback;
  },
  get runReport() {
    return (require("./report-command") as typeof ReportCommand).runReport;
  },
};

const program = (term: Terminal, setExit: (code: number) => void): Command => {
  const output = (progress: boolean): Output => ({
    out: (t) => term.stdout.write(line(t)),
    err: (t) => term.stderr.write(line(t)),
    progressStream: term.stderr,
    progress,
  });
  const p = new Command("aktionsplan")
    .description("Aktionsplan-Monitor: Maßnahmentabellen der Ämter prüfen und zusammenführen")
    .exitOverride()
    .configureOutput({ writeOut: (s) => term.stdout.write(s), writeErr: (s) => term.stderr.write(s) });
  const todayOption = new Option("--today <TT.MM.JJJJ>", "Stichtag für „überfällig“ (Standard: heute)");
  p.command("validate")
    .description("Arbeitsmappen prüfen und Befunde je Datei ausgeben")
    .argument("<dateien-oder-ordner...>")
    .option("--plan <plan.json>", "Plan-Konfiguration (Standard: Aktionsplan Integration 2022 bis 2026)")
    .option("--json", "Ergebnis als JSON ausgeben", false)
    .option("--verbose", "auch Hinweise ausgeben", false)
    .option("--recursive", "Ordner mit Unterordnern durchsuchen", false)
    .option("--workers <n>", "parallele Lese-Threads (0 = im Hauptprozess)")
    .addOption(todayOption)
    .action(
      async (
        paths: string[],
        o: { plan?: string; json: boolean; verbose: boolean; recursive: boolean; workers?: string; today?: string },
      ) => {
        const plan = await loadPlanOption(o.plan);
        const today = parseTodayOption(o.today ?? term.today());
        setExit(
          await command.runValidate(
            { paths, plan, today, json: o.json, verbose: o.verbose, recursive: o.recursive, pool: poolFrom(o.workers) },
            output(!o.json),
          ),
        );
      },
    );
  p.command("merge")
    .description("Arbeitsmappen aller Ämter zu einem konsolidierten Umsetzungsstand zusammenführen")
    .argument("<dateien-oder-ordner...>")
    .requiredOption("--out <konsolidiert.xlsx>", "Ausgabedatei")
    .option("--plan <plan.json>", "Plan-Konfiguration (Standard: Aktionsplan Integration 2022 bis 2026)")
    .option("--master <masterplan.xlsx>", "Masterplan: fehlende Meldungen erkennen")
    .option("--previous <frueher-konsolidiert.xlsx>", "früherer konsolidierter Stand: Änderungen zeigen")
    .option("--report-json <bericht.json>", "Prüfbericht als JSON schreiben")
    .option("--strict", "bei Fehlern nichts schreiben", false)
    .option("--recursive", "Ordner mit Unterordnern durchsuchen", false)
    .option("--workers <n>", "parallele Lese-Threads (0 = im Hauptprozess)")
    .option(
      "--period <berichtsrunde>",
      "laufende Berichtsrunde: Dateien aus Vorlagen anderer Runden melden (Standard: die späteste Runde der Vorlagen)",
    )
    .addOption(new Option("--today <TT.MM.JJJJ>", "Stichtag für „überfällig“ (Standard: heute)"))
    .action(
      async (
        paths: string[],
        o: {
          out: string;
          plan?: string;
          master?: string;
          previous?: string;
          reportJson?: string;
          strict: boolean;
          recursive: boolean;
          workers?: string;
          period?: string;
          today?: string;
        },
      ) => {
        const plan = await loadPlanOption(o.plan);
        const today = parseTodayOption(o.today ?? term.today());
        const args = {
          paths,
          out: o.out,
          plan,
          today,
          ...(o.plan !== undefined ? { planFile: o.plan } : {}),
          strict: o.strict,
          recursive: o.recursive,
          pool: poolFrom(o.workers),
          ...(o.master ? { master: o.master } : {}),
          ...(o.previous ? { previous: o.previous } : {}),
          ...(o.reportJson ? { reportJson: o.reportJson } : {}),
          ...(o.period !== undefined ? { period: o.period } : {}),
        };
        setExit(await command.runMerge(args, output(true)));
      },
    );
  p.command("template")
    .description("je federführendem Amt eine Meldevorlage aus dem Masterplan erzeugen")
    .requiredOption("--master <masterplan.xlsx>", "Masterplan mit allen Maßnahmen")
    .requiredOption("--out-dir <ordner>", "Ordner für die Vorlagen")
    .option("--plan <plan.json>", "Plan-Konfiguration (Standard: Aktionsplan Integration 2022 bis 2026)")
    .option(
      "--period <berichtsrunde>",
      "Berichtsrunde aus der Plan-Konfiguration oder dem Register (Standard: die nächste offene); eine neue mit --stichtag und --deadline",
    )
    .option("--stichtag <TT.MM.JJJJ>", "Stichtag einer Berichtsrunde, die die Plan-Konfiguration nicht nennt")
    .option("--deadline <TT.MM.JJJJ>", "Abgabefrist einer Berichtsrunde, die die Plan-Konfiguration nicht nennt")
    .option(
      "--previous <register.xlsx>",
      "früherer konsolidierter Stand (Register): alle Meldespalten und die Entscheidungen vorausfüllen",
    )
    .addOption(
      new Option("--today <TT.MM.JJJJ>", "Datum der Vorlage und für die Wahl der Berichtsrunde (Standard: heute)"),
    )
    .action(
      async (o: {
        master: string;
        outDir: string;
        plan?: string;
        period?: string;
        stichtag?: string;
        deadline?: string;
        previous?: string;
        today?: string;
      }) => {
        const plan = await loadPlanOption(o.plan);
        const today = parseTodayOption(o.today ?? term.today());
        const args = {
          master: o.master,
          outDir: o.outDir,
          plan,
          today,
          ...(o.plan !== undefined ? { planFile: o.plan } : {}),
          ...(o.period !== undefined ? { period: o.period } : {}),
          ...(o.stichtag !== undefined ? { cutoff: parseDateOption("--stichtag", o.stichtag) } : {}),
          ...(o.deadline !== undefined ? { deadline: parseDateOption("--deadline", o.deadline) } : {}),
          ...(o.previous ? { previous: o.previous } : {}),
        };
        setExit(await command.runTemplate(args, output(false)));
      },
    );
  p.command("feedback")
    .description(
      "je Amtsdatei eine Rückmeldung (Befundliste und markierte Kopie der Tabelle) aus dem JSON-Prüfbericht schreiben",
    )
    .argument("<pruefbericht.json>", "Prüfbericht von „merge --report-json“")
    .argument("<dateien-oder-ordner...>")
    .requiredOption("--out-dir <ordner>", "Ordner für die Rückmeldungen (nicht der Eingangsordner)")
    .option("--plan <plan.json>", "Plan-Konfiguration (Standard: Aktionsplan Integration 2022 bis 2026)")
    .option(
      "--period <berichtsrunde>",
      "Berichtsrunde für Frist und Ansprechpartner, wenn die Datei keine Vorlage nennt",
    )
    .option(
      "--deadline <TT.MM.JJJJ>",
      "Frist für die Korrektur (Standard: Abgabefrist der Berichtsrunde, wenn nicht vorbei)",
    )
    .option("--recursive", "Ordner mit Unterordnern durchsuchen", false)
    .option(
      "--mail",
      "zusätzlich je Amt einen E-Mail-Entwurf (.eml) mit der Rückmeldung im Anhang schreiben; es wird nichts gesendet",
      false,
    )
    .addOption(new Option("--today <TT.MM.JJJJ>", "heutiges Datum: ob die Frist schon vorbei ist (Standard: heute)"))
    .action(
      async (
        report: string,
        paths: string[],
        o: {
          outDir: string;
          plan?: string;
          period?: string;
          deadline?: string;
          recursive: boolean;
          mail: boolean;
          today?: string;
        },
      ) => {
        const plan = await loadPlanOption(o.plan);
        const today = parseTodayOption(o.today ?? term.today());
        const args = {
          report,
          paths,
          outDir: o.outDir,
          plan,
          today,
          recursive: o.recursive,
          mail: o.mail,
          ...(o.plan !== undefined ? { planFile: o.plan } : {}),
          ...(o.period !== undefined ? { period: o.period } : {}),
          ...(o.deadline !== undefined ? { deadline: o.deadline } : {}),
        };
        setExit(await command.runFeedback(args, output(false)));
      },
    );
  p.command("report")
    .description(
      "Fortschrittsbericht (Entwurf eines Zwischenberichts) aus dem konsolidierten Umsetzungsstand: HTML, auf Wunsch PDF",
    )
    .argument("<umsetzungsstand.xlsx>", "konsolidierter Umsetzungsstand von „aktionsplan merge“")
    .requiredOption("--out <bericht.html>", "HTML-Datei des Berichts (eigenständig, ohne Skripte)")
    .option("--pdf <bericht.pdf>", "zusätzlich als barrierearmes (getaggtes) PDF drucken; braucht Chromium")
    .option("--docx <bericht.docx>", "zusätzlich als Word-Dokument zum Bearbeiten (Vorwort, Einschätzungen)")
    .option("--plan <plan.json>", "Plan-Konfiguration (Standard: Aktionsplan Integration 2022 bis 2026)")
    .option(
      "--geschaeftsbereich <name>",
      "Bericht nur für die Maßnahmen eines Geschäftsbereichs (z. B. „GB Bildung, Jugend und Sport“)",
    )
    .action(
      async (
        consolidated: string,
        o: { out: string; pdf?: string; docx?: string; plan?: string; geschaeftsbereich?: string },
      ) => {
        const plan = await loadPlanOption(o.plan);
        const extra = {
          ...(o.plan !== undefined ? { planFile: o.plan } : {}),
          ...(o.pdf !== undefined ? { pdf: o.pdf } : {}),
          ...(o.docx !== undefined ? { docx: o.docx } : {}),
          ...(o.geschaeftsbereich !== undefined ? { businessArea: o.geschaeftsbereich } : {}),
        };
        setExit(await command.runReport({ consolidated, out: o.out, plan, env: term.env, ...extra }, output(false)));
      },
    );
  return p;
};

/**
 * `aktionsplan validate … | head`: when the reader closes the pipe, the rest of the output has no
 * one to go to. That is the reader's choice, not a failure: end quietly with 0, no stack trace.
 */
const endQuietlyOnClosedPipe = (): void => {
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(EXIT.ok);
      throw e;
    });
};

/** Runs one command line (argv as process.argv: node, script, arguments …) and returns its exit code. */
export const runCommandLine = async (argv: readonly string[], term: Terminal): Promise<number> => {
  let code: number = EXIT.ok;
  try {
    await program(term, (c) => (code = c)).parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) code = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    else if (e instanceof CliError) {
      term.stderr.write(`Fehler: ${e.message}\n`);
      code = EXIT.usage;
    } else {
      term.stderr.write(`Interner Fehler (bitte melden): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      code = EXIT.internal;
    }
  }
  return code;
};

export const main = async (argv: readonly string[] = process.argv): Promise<void> => {
  endQuietlyOnClosedPipe();
  const term: Terminal = { stdout: process.stdout, stderr: process.stderr, env: process.env, today: localToday };
  process.exitCode = await runCommandLine(argv, term);
};
