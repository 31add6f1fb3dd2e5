import { buildProgressReport, compareText, countOf, foldKey, germanDate, type PlanConfig } from "../core";
import { chartImages, renderCharts, renderReportDocx, renderReportHtml } from "../report";
import { CliError, EXIT, type ExitCode } from "./cli-error";
import { referenceInputs, refuseClashes } from "./path-clash";
import { writeOrExplain } from "./write-or-explain";
import { DEFAULT_POOL, type PoolOptions } from "./read-pool";
import { readConsolidatedGuarded } from "./reference-workbooks";
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
  readonly planFile?: string;
  readonly pool?: PoolOptions;
  /** --geschaeftsbereich: a report limited to one department's measures. */
  readonly businessArea?: string;
}

/** The plan's Geschäftsbereich a user named, with or without its "GB" prefix, any case. */
const resolveBusinessArea = (plan: PlanConfig, name: string): string => {
  const areas = [...new Set(plan.offices.map((o) => o.businessArea).filter((a): a is string => a !== undefined))].sort(
    compareText,
  );
  const bare = (s: string) => foldKey(s.replace(/^\s*GB\b\.?/i, ""));
  const hit = areas.find((a) => foldKey(a) === foldKey(name) || bare(a) === bare(name));
  if (hit === undefined)
    throw new CliError(
      `--geschaeftsbereich: „${name}“ ist im Plan nicht bekannt. Bekannt: ${areas.join("; ") || "keine (die Plan-Konfiguration nennt keine Geschäftsbereiche)"}.`,
    );
  return hit;
};

/** `report`: the progress report (Zwischenbericht draft) as self-contained HTML, and as PDF on request. */
export const runReport = async (args: ReportArgs, io: Output): Promise<ExitCode> => {
  if (!/\.html?$/i.test(args.out))
    throw new CliError(`--out ${args.out}: der Bericht ist eine HTML-Datei; bitte einen Namen auf .html angeben.`);
  if (args.docx !== undefined && !/\.docx$/i.test(args.docx))
    throw new CliError(`--docx ${args.docx}: bitte einen Namen auf .docx angeben.`);
  const outputs = [
    { role: "--out", path: args.out },
    ...(args.pdf !== undefined ? [{ role: "--pdf", path: args.pdf }] : []),
    ...(args.docx !== undefined ? [{ role: "--docx", path: args.docx }] : []),
  ];
  await refuseClashes(outputs, [{ role: "die Eingabe", path: args.consolidated }, ...referenceInputs(args)]);
  io.err(`Lese ${args.consolidated} …`);
  const area = args.businessArea === undefined ? undefined : resolveBusinessArea(args.plan, args.businessArea);
  const input = await readConsolidatedGuarded(args.consolidated, args.plan, args.pool ?? DEFAULT_POOL);
  const report = buildProgressReport(area === undefined ? input : { ...input, businessArea: area });
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
    await writeOrExplain(args.docx, await renderReportDocx(report, await chartImages(charts)));
    io.out(`Word: ${args.docx}`);
  }
  io.err(
    `${countOf(report.overall.total, "Maßnahme", "Maßnahmen")} in ${report.fields.length === 1 ? "1 Handlungsfeld" : `${report.fields.length} Handlungsfeldern`}, ${report.overdue.length} überfällig, Datenstand ${germanDate(report.facts.runDate)}.`,
  );
  return EXIT.ok;
};
