import { basename } from "node:path";
import { buildProgressReport, compareText, foldKey, type PlanConfig } from "../core";
import { renderCharts, renderReportHtml } from "../report";
import { readConsolidated } from "../xlsx";
import { readInputBytes, samePath } from "../xlsx/node";
import { CliError, EXIT, type ExitCode } from "./cli-error";
import { MAX_INPUT_BYTES } from "./gather-inputs";
import { writeOrExplain } from "./merge-command";
import type { Output } from "./output";
import { chromiumPath, printPdf } from "./print-pdf";

export interface ReportArgs {
  /** The consolidated workbook written by `merge`. */
  readonly consolidated: string;
  readonly out: string;
  readonly pdf?: string;
  readonly plan: PlanConfig;
  readonly env: NodeJS.ProcessEnv;
  /** --geschaeftsbereich: a report limited to one department's measures. */
  readonly businessArea?: string;
}

/** The plan's Geschäftsbereich a user named, with or without its "GB" prefix, any case. */
const resolveBusinessArea = (plan: PlanConfig, name: string): string => {
  const areas = [...new Set(plan.offices.map((o) => o.businessArea).filter((a): a is string => a !== undefined))].sort(compareText);
  const bare = (s: string) => foldKey(s.replace(/^\s*GB\b\.?/i, ""));
  const hit = areas.find((a) => foldKey(a) === foldKey(name) || bare(a) === bare(name));
  if (hit === undefined) throw new CliError(`--geschaeftsbereich: „${name}“ ist im Plan nicht bekannt. Bekannt: ${areas.join("; ") || "keine (die Plan-Konfiguration nennt keine Geschäftsbereiche)"}.`);
  return hit;
};

/** `report`: the progress report (Zwischenbericht draft) as self-contained HTML, and as PDF on request. */
export const runReport = async (args: ReportArgs, io: Output): Promise<ExitCode> => {
  for (const out of [args.out, args.pdf])
    if (out !== undefined && samePath(out, args.consolidated)) throw new CliError(`${out} ist die Eingabe; Eingaben werden nie überschrieben. Bitte einen anderen Ausgabenamen wählen.`);
  if (args.pdf !== undefined && samePath(args.pdf, args.out)) throw new CliError("--out und --pdf nennen dieselbe Datei.");
  if (!/\.html?$/i.test(args.out)) throw new CliError(`--out ${args.out}: der Bericht ist eine HTML-Datei; bitte einen Namen auf .html angeben.`);
  const read = await readInputBytes(args.consolidated, MAX_INPUT_BYTES);
  if (!read.ok) throw new CliError(`${args.consolidated} kann nicht gelesen werden (${read.reason}).`);
  io.err(`Lese ${args.consolidated} …`);
  const parsed = await readConsolidated(read.bytes, basename(args.consolidated), args.plan);
  if (!parsed.ok) throw new CliError(parsed.message);
  const area = args.businessArea === undefined ? undefined : resolveBusinessArea(args.plan, args.businessArea);
  const report = buildProgressReport(area === undefined ? parsed.input : { ...parsed.input, businessArea: area });
  io.err("Zeichne Diagramme …");
  const html = renderReportHtml(report, await renderCharts(report));
  await writeOrExplain(args.out, new TextEncoder().encode(html));
  io.out(`Bericht: ${args.out}`);
  if (args.pdf !== undefined) {
    io.err("Drucke PDF mit Chromium …");
    await writeOrExplain(args.pdf, await printPdf(html, chromiumPath(args.env)));
    io.out(`PDF: ${args.pdf}`);
  }
  io.err(`${report.overall.total} Maßnahmen in ${report.fields.length} Handlungsfeldern, ${report.overdue.length} überfällig, Datenstand ${report.facts.runDate}.`);
  return EXIT.ok;
};
