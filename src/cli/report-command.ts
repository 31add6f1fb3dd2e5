import { basename } from "node:path";
import { buildProgressReport, type PlanConfig } from "../core";
import { chartPng, renderCharts, renderReportDocx, renderReportHtml } from "../report";
import { readConsolidated } from "../xlsx/read";
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
  /** A Word version to edit (foreword, assessments): same content as the HTML. */
  readonly docx?: string;
  readonly plan: PlanConfig;
  readonly env: NodeJS.ProcessEnv;
}

/** `report`: the progress report (Zwischenbericht draft) as self-contained HTML, and as PDF on request. */
export const runReport = async (args: ReportArgs, io: Output): Promise<ExitCode> => {
  const outputs = [["--out", args.out], ["--pdf", args.pdf], ["--docx", args.docx]].filter((o): o is [string, string] => o[1] !== undefined);
  for (const [, out] of outputs)
    if (samePath(out, args.consolidated)) throw new CliError(`${out} ist die Eingabe; Eingaben werden nie überschrieben. Bitte einen anderen Ausgabenamen wählen.`);
  for (const [i, [a, p]] of outputs.entries())
    for (const [b, q] of outputs.slice(i + 1)) if (samePath(p, q)) throw new CliError(`${a} und ${b} nennen dieselbe Datei.`);
  if (!/\.html?$/i.test(args.out)) throw new CliError(`--out ${args.out}: der Bericht ist eine HTML-Datei; bitte einen Namen auf .html angeben.`);
  if (args.docx !== undefined && !/\.docx$/i.test(args.docx)) throw new CliError(`--docx ${args.docx}: bitte einen Namen auf .docx angeben.`);
  const read = await readInputBytes(args.consolidated, MAX_INPUT_BYTES);
  if (!read.ok) throw new CliError(`${args.consolidated} kann nicht gelesen werden (${read.reason}).`);
  io.err(`Lese ${args.consolidated} …`);
  const parsed = await readConsolidated(read.bytes, basename(args.consolidated), args.plan);
  if (!parsed.ok) throw new CliError(parsed.message);
  const report = buildProgressReport(parsed.input);
  io.err("Zeichne Diagramme …");
  const charts = await renderCharts(report);
  const html = renderReportHtml(report, charts);
  await writeOrExplain(args.out, new TextEncoder().encode(html));
  io.out(`Bericht: ${args.out}`);
  if (args.pdf !== undefined) {
    io.err("Drucke PDF mit Chromium …");
    await writeOrExplain(args.pdf, await printPdf(html, chromiumPath(args.env)));
    io.out(`PDF: ${args.pdf}`);
  }
  if (args.docx !== undefined) {
    io.err("Schreibe Word-Fassung …");
    await writeOrExplain(args.docx, await renderReportDocx(report, await chartPng(charts.byField)));
    io.out(`Word: ${args.docx}`);
  }
  io.err(`${report.overall.total} Maßnahmen in ${report.fields.length} Handlungsfeldern, ${report.overdue.length} überfällig, Datenstand ${report.facts.runDate}.`);
  return EXIT.ok;
};
