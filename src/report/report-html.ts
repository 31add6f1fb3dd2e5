import type { ProgressReport } from "../core";
import { escapeHtml } from "./escape-html";
import { htmlTable } from "./html-table";
import type { ReportCharts } from "./render-charts";
import { REPORT_CSS } from "./report-css";
import { type ReportBlock, reportDocument } from "./report-document";

/**
 * No script, no request: the report is one file that opens anywhere and cannot phone home or run
 * anything, whatever text the offices typed.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Placeholders are for the Word version, where the coordinator writes; the HTML draft leaves them out. */
const shown = (blocks: readonly ReportBlock[]): ReportBlock[] => blocks.filter((b) => b.kind !== "placeholder");

const block = (b: ReportBlock, charts: ReportCharts): string => {
  switch (b.kind) {
    case "paragraph":
      return `<p>${escapeHtml(b.text)}</p>`;
    case "figures":
      return `<dl class="figures">\n${b.items.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("\n")}\n</dl>`;
    case "table":
      return htmlTable(b.table);
    case "chart": {
      // The first chart keeps its plain ids; the history's are suffixed, so every id stays unique.
      const id = b.chart === "byField" ? "" : `-${b.chart}`;
      return `<figure role="img" aria-labelledby="chart-caption${id}" aria-describedby="chart-alt${id}">
${charts[b.chart] ?? ""}
<p id="chart-alt${id}" class="visually-hidden">${escapeHtml(b.alt)}</p>
<figcaption id="chart-caption${id}">${escapeHtml(b.caption)}</figcaption>
</figure>`;
    }
    case "subsection":
      return `<section class="field">\n<h3>${escapeHtml(b.heading)}</h3>\n${shown(b.blocks)
        .map((x) => block(x, charts))
        .join("\n")}\n</section>`;
    case "placeholder":
      return "";
  }
};

/**
 * The progress report (draft of a Zwischenbericht) as one self-contained HTML document in German:
 * inline styles and SVG, no scripts, no external resources. Every text is escaped.
 */
export const renderReportHtml = (r: ProgressReport, charts: ReportCharts): string => {
  const doc = reportDocument(r);
  const sections = doc.sections
    .map((s) => ({ heading: s.heading, blocks: shown(s.blocks) }))
    .filter((s) => s.blocks.length > 0)
    .map(
      (s) =>
        `<section>\n<h2>${escapeHtml(s.heading)}</h2>\n${s.blocks.map((b) => block(b, charts)).join("\n")}\n</section>`,
    );
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Aktionsplan-Monitor">
<title>${escapeHtml(doc.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(doc.title)}</h1>
<p class="subtitle">${escapeHtml(doc.subtitle)}</p>
<p class="draft">${escapeHtml(doc.draftNote)}</p>
</header>
<main>
${sections.join("\n")}
</main>
<footer>${escapeHtml(doc.footer)}</footer>
</body>
</html>
`;
};
