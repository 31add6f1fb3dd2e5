// The only file that touches process, argv and exit codes (STYLE.md): commands return results.
import { Command, CommanderError, Option } from "commander";
import { CliError, EXIT } from "./cli-error";
import { runFeedback } from "./feedback-command";
import { runMerge } from "./merge-command";
import { runReport } from "./report-command";
import type { Output } from "./output";
import { loadPlanOption, parseTodayOption } from "./plan-option";
import { DEFAULT_POOL, type PoolOptions } from "./read-pool";
import { runTemplate } from "./template-command";
import { runValidate } from "./validate-command";

/** The machine's local date: the one place the tool reads the clock. */
const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

const output = (progress: boolean): Output => ({
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  progressStream: process.stderr,
  progress,
});

const poolFrom = (workers: string | undefined): PoolOptions => {
  if (workers === undefined) return DEFAULT_POOL;
  const n = Number(workers);
  if (!Number.isInteger(n) || n < 0 || n > 16) throw new CliError(`--workers erwartet eine Zahl von 0 bis 16, nicht „${workers}“.`);
  return { ...DEFAULT_POOL, workers: n };
};

const program = (setExit: (code: number) => void): Command => {
  const p = new Command("aktionsplan")
    .description("Aktionsplan-Monitor: Maßnahmentabellen der Ämter prüfen und zusammenführen")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
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
    .action(async (paths: string[], o: { plan?: string; json: boolean; verbose: boolean; recursive: boolean; workers?: string; today?: string }) => {
      const plan = await loadPlanOption(o.plan);
      const today = parseTodayOption(o.today ?? localToday());
      setExit(await runValidate({ paths, plan, today, json: o.json, verbose: o.verbose, recursive: o.recursive, pool: poolFrom(o.workers) }, output(!o.json)));
    });
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
    .option("--period <berichtsrunde>", "laufende Berichtsrunde: Dateien aus Vorlagen anderer Runden melden (Standard: die späteste Runde der Vorlagen)")
    .addOption(new Option("--today <TT.MM.JJJJ>", "Stichtag für „überfällig“ (Standard: heute)"))
    .action(async (paths: string[], o: { out: string; plan?: string; master?: string; previous?: string; reportJson?: string; strict: boolean; recursive: boolean; workers?: string; period?: string; today?: string }) => {
      const plan = await loadPlanOption(o.plan);
      const today = parseTodayOption(o.today ?? localToday());
      const args = {
        paths, out: o.out, plan, today, strict: o.strict, recursive: o.recursive, pool: poolFrom(o.workers),
        ...(o.master ? { master: o.master } : {}), ...(o.previous ? { previous: o.previous } : {}), ...(o.reportJson ? { reportJson: o.reportJson } : {}),
        ...(o.period !== undefined ? { period: o.period } : {}),
      };
      setExit(await runMerge(args, output(true)));
    });
  p.command("template")
    .description("je federführendem Amt eine Meldevorlage aus dem Masterplan erzeugen")
    .requiredOption("--master <masterplan.xlsx>", "Masterplan mit allen Maßnahmen")
    .requiredOption("--out-dir <ordner>", "Ordner für die Vorlagen")
    .option("--plan <plan.json>", "Plan-Konfiguration (Standard: Aktionsplan Integration 2022 bis 2026)")
    .option("--period <berichtsrunde>", "Berichtsrunde aus der Plan-Konfiguration (Standard: die nächste offene)")
    .option("--previous <frueher-konsolidiert.xlsx>", "früherer konsolidierter Stand: Umsetzungsstand, Fortschritt und Sachstand vorausfüllen")
    .addOption(new Option("--today <TT.MM.JJJJ>", "Datum der Vorlage und für die Wahl der Berichtsrunde (Standard: heute)"))
    .action(async (o: { master: string; outDir: string; plan?: string; period?: string; previous?: string; today?: string }) => {
      const plan = await loadPlanOption(o.plan);
      const today = parseTodayOption(o.today ?? localToday());
      const args = { master: o.master, outDir: o.outDir, plan, today, ...(o.period !== undefined ? { period: o.period } : {}), ...(o.previous ? { previous: o.previous } : {}) };
      setExit(await runTemplate(args, output(false)));
    });
  p.command("feedback")
    .description("je Amtsdatei eine Rückmeldung (Befundliste und markierte Kopie der Tabelle) aus dem JSON-Prüfbericht schreiben")
    .argument("<pruefbericht.json>", "Prüfbericht von „merge --report-json“")
    .argument("<dateien-oder-ordner...>")
    .requiredOption("--out-dir <ordner>", "Ordner für die Rückmeldungen (nicht der Eingangsordner)")
    .option("--plan <plan.json>", "Plan-Konfiguration (Standard: Aktionsplan Integration 2022 bis 2026)")
    .option("--period <berichtsrunde>", "Berichtsrunde für Frist und Ansprechpartner, wenn die Datei keine Vorlage nennt")
    .option("--deadline <TT.MM.JJJJ>", "Frist für die Korrektur (Standard: Abgabefrist der Berichtsrunde, wenn nicht vorbei)")
    .option("--recursive", "Ordner mit Unterordnern durchsuchen", false)
    .addOption(new Option("--today <TT.MM.JJJJ>", "heutiges Datum: ob die Frist schon vorbei ist (Standard: heute)"))
    .action(async (report: string, paths: string[], o: { outDir: string; plan?: string; period?: string; deadline?: string; recursive: boolean; today?: string }) => {
      const plan = await loadPlanOption(o.plan);
      const today = parseTodayOption(o.today ?? localToday());
      const args = {
        report, paths, outDir: o.outDir, plan, today, recursive: o.recursive,
        ...(o.period !== undefined ? { period: o.period } : {}), ...(o.deadline !== undefined ? { deadline: o.deadline } : {}),
      };
      setExit(await runFeedback(args, output(false)));
    });
  p.command("report")
    .description("Fortschrittsbericht (Entwurf eines Zwischenberichts) aus dem konsolidierten Umsetzungsstand: HTML, auf Wunsch PDF")
    .argument("<umsetzungsstand.xlsx>", "konsolidierter Umsetzungsstand von „aktionsplan merge“")
    .requiredOption("--out <bericht.html>", "HTML-Datei des Berichts (eigenständig, ohne Skripte)")
    .option("--pdf <bericht.pdf>", "zusätzlich als barrierearmes (getaggtes) PDF drucken; braucht Chromium")
    .option("--plan <plan.json>", "Plan-Konfiguration (Standard: Aktionsplan Integration 2022 bis 2026)")
    .option("--geschaeftsbereich <name>", "Bericht nur für die Maßnahmen eines Geschäftsbereichs (z. B. „GB Bildung, Jugend und Sport“)")
    .action(async (consolidated: string, o: { out: string; pdf?: string; plan?: string; geschaeftsbereich?: string }) => {
      const plan = await loadPlanOption(o.plan);
      const extra = { ...(o.pdf !== undefined ? { pdf: o.pdf } : {}), ...(o.geschaeftsbereich !== undefined ? { businessArea: o.geschaeftsbereich } : {}) };
      setExit(await runReport({ consolidated, out: o.out, plan, env: process.env, ...extra }, output(false)));
    });
  return p;
};

export const main = async (argv: readonly string[] = process.argv): Promise<void> => {
  let code: number = EXIT.ok;
  try {
    await program((c) => (code = c)).parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) code = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    else if (e instanceof CliError) {
      process.stderr.write(`Fehler: ${e.message}\n`);
      code = EXIT.usage;
    } else {
      process.stderr.write(`Interner Fehler (bitte melden): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      code = 3;
    }
  }
  process.exitCode = code;
};
