import type { FieldSection, ProgressReport, ReportChange, ReportMeasure, Tally } from "../core";
import { escapeHtml } from "./escape-html";
import { counted, dateOrDash, integer, percent, share } from "./format-de";
import { htmlTable, type HtmlColumn } from "./html-table";
import { REPORT_CSS } from "./report-css";
import type { ReportCharts } from "./render-charts";
import { NO_STATUS } from "./status-chart-spec";

/**
 * No script, no request: the report is one file that opens anywhere and cannot phone home or run
 * anything, whatever text the offices typed.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

type Label = (status: string | null) => string;

const measureColumns = (label: Label): HtmlColumn<ReportMeasure>[] => [
  { header: "Nr.", cell: (m) => m.id },
  { header: "Maßnahme", cell: (m) => m.measure ?? "–", wide: true },
  { header: "federführend", cell: (m) => m.office ?? "–" },
  { header: "Umsetzungsstand", cell: (m) => label(m.status) },
  { header: "Fortschritt", cell: (m) => percent(m.progress), numeric: true },
  { header: "Sachstand", cell: (m) => m.note ?? "–", wide: true },
];

const tallyColumns = (report: ProgressReport): HtmlColumn<[string, Tally]>[] => [
  { header: "Handlungsfeld", cell: ([name]) => name },
  ...report.statuses.map((s): HtmlColumn<[string, Tally]> => ({ header: s.label, cell: ([, t]) => integer(t.byStatus[s.value] ?? 0), numeric: true })),
  { header: NO_STATUS, cell: ([, t]) => integer(t.noStatus), numeric: true },
  { header: "gesamt", cell: ([, t]) => integer(t.total), numeric: true },
  { header: "Anteil umgesetzt", cell: ([, t]) => share(t.shareDone), numeric: true },
  { header: "Ø Fortschritt", cell: ([, t]) => percent(t.meanProgress), numeric: true },
  { header: "überfällig", cell: ([, t]) => integer(t.overdue), numeric: true },
];

const figures = (r: ProgressReport): string => {
  const t = r.overall;
  const missingProposal = r.coverage.filter((m) => !m.hasProposal).length;
  const items: [string, string][] = [
    ["Maßnahmen", integer(t.total)],
    ["umgesetzt", `${integer(t.done)} (${share(t.shareDone)} der nicht entfallenen)`],
    ["Daueraufgaben", integer(t.ongoing)],
    ["entfallen", integer(t.dropped)],
    ["durchschnittlicher Fortschritt", percent(t.meanProgress)],
    ["überfällig", integer(t.overdue)],
    ["Deckungsvorschlag nötig", `${integer(r.coverage.length)}, davon ohne Vorschlag ${integer(missingProposal)}`],
  ];
  return `<dl class="figures">\n${items.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("\n")}\n</dl>`;
};

const fieldSection = (f: FieldSection, label: Label): string => {
  const t = f.tally;
  const summary = `${counted(t.total, "Maßnahme", "Maßnahmen")}, davon ${integer(t.done)} umgesetzt, ${integer(t.ongoing)} Daueraufgabe(n), ${integer(t.overdue)} überfällig; Ø Fortschritt ${percent(t.meanProgress)}.`;
  return `<section class="field">\n<h3>${escapeHtml(f.field)}</h3>\n<p>${escapeHtml(summary)}</p>\n${htmlTable(`Maßnahmen im Handlungsfeld ${f.field}`, measureColumns(label), f.measures)}\n</section>`;
};

const overdueSection = (r: ProgressReport, label: Label): string => {
  if (r.overdue.length === 0) return `<p>Am ${escapeHtml(dateOrDash(r.facts.runDate))} ist keine Maßnahme überfällig.</p>`;
  const base = measureColumns(label);
  const columns: HtmlColumn<ReportMeasure>[] = [...base.slice(0, 4), { header: "geplantes Ende", cell: (m) => dateOrDash(m.end), numeric: true }, base[5]!];
  return `<p>${escapeHtml(`${counted(r.overdue.length, "Maßnahme ist", "Maßnahmen sind")} über ihr geplantes Ende hinaus und weder umgesetzt, entfallen noch Daueraufgabe (Stichtag ${dateOrDash(r.facts.runDate)}).`)}</p>\n${htmlTable("Überfällige Maßnahmen", columns, r.overdue)}`;
};

const coverageSection = (r: ProgressReport, label: Label): string => {
  if (r.coverage.length === 0) return "<p>Keine Maßnahme braucht einen Deckungsvorschlag.</p>";
  const columns: HtmlColumn<ReportMeasure>[] = [
    ...measureColumns(label).slice(0, 3),
    { header: "Haushaltsrelevanz", cell: (m) => m.budget ?? "–" },
    { header: "Deckungsvorschlag", cell: (m) => m.coverageProposal ?? "–", wide: true },
    { header: "Stand", cell: (m) => m.coverageState ?? "–" },
    { header: "vorhanden", cell: (m) => (m.hasProposal ? "ja" : "nein") },
  ];
  const missing = r.coverage.filter((m) => !m.hasProposal).length;
  return `<p>${escapeHtml(`${counted(r.coverage.length, "Maßnahme ist", "Maßnahmen sind")} haushaltsrelevant oder eine neue freiwillige Leistung und brauchen einen Deckungsvorschlag; bei ${integer(missing)} fehlt er noch.`)}</p>\n${htmlTable("Maßnahmen mit Bedarf an einem Deckungsvorschlag", columns, r.coverage)}`;
};

const changesSection = (r: ProgressReport, label: Label): string => {
  if (r.changes === null) return "<p>Der konsolidierte Stand enthält keinen Vergleich mit der letzten Berichtsrunde (zusammengeführt ohne <code>--previous</code>).</p>";
  const c = r.changes.counts;
  const columns: HtmlColumn<ReportChange>[] = [
    { header: "Nr.", cell: (x) => x.measureId },
    { header: "Änderung", cell: (x) => x.kind },
    { header: "Umsetzungsstand vorher", cell: (x) => (x.kind === "neu" ? "–" : label(x.statusBefore)) },
    { header: "Umsetzungsstand jetzt", cell: (x) => label(x.statusNow) },
    { header: "Fortschritt vorher", cell: (x) => percent(x.progressBefore), numeric: true },
    { header: "Fortschritt jetzt", cell: (x) => percent(x.progressNow), numeric: true },
  ];
  const text = `Gegenüber der letzten Berichtsrunde: ${integer(c.geändert)} geändert, ${integer(c.neu)} neu, ${integer(c.unverändert)} unverändert.`;
  return `<p>${escapeHtml(text)}</p>\n${r.changes.changed.length ? htmlTable("Geänderte und neue Maßnahmen", columns, r.changes.changed) : ""}`;
};

const methodSection = (r: ProgressReport): string => {
  const f = r.facts;
  const lines = [
    `Grundlage ist der konsolidierte Umsetzungsstand „${f.source}“ vom ${dateOrDash(f.runDate)}, zusammengeführt aus ${counted(f.files, "Datei", "Dateien")} der federführenden Ämter und Eigenbetriebe (${integer(f.unreadable)} davon nicht lesbar) mit ${integer(f.rowsRead)} gelesenen Zeilen; je Maßnahmen-Nr. zählt eine Meldung.`,
    `Bei der Prüfung der Meldungen wurden ${integer(f.errors)} Fehler und ${integer(f.warnings)} Warnungen festgestellt; sie stehen im Blatt „Prüfbericht“ des konsolidierten Umsetzungsstands. Angaben mit Fehlern sind in diesem Bericht so übernommen, wie sie gelesen werden konnten.`,
    "Anteil umgesetzt: umgesetzte Maßnahmen geteilt durch alle nicht entfallenen Maßnahmen; Daueraufgaben zählen als laufend, nicht als umgesetzt. Ø Fortschritt: Mittel der gemeldeten Fortschrittswerte der nicht entfallenen Maßnahmen (umgesetzt ohne Angabe zählt 100 %). Überfällig: geplantes Ende vor dem Stichtag und weder umgesetzt, entfallen noch Daueraufgabe.",
  ];
  return lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("\n");
};

const section = (heading: string, body: string): string => `<section>\n<h2>${escapeHtml(heading)}</h2>\n${body}\n</section>`;

/**
 * The progress report (draft of a Zwischenbericht) as one self-contained HTML document in German:
 * inline styles and SVG, no scripts, no external resources. Every text is escaped.
 */
export const renderReportHtml = (r: ProgressReport, charts: ReportCharts): string => {
  const labels = new Map(r.statuses.map((s) => [s.value, s.label]));
  const label: Label = (s) => (s === null ? "–" : (labels.get(s) ?? s));
  const title = `Umsetzungsstand ${r.planTitle}`;
  const groups: [string, Tally][] = [...r.fields.map((f): [string, Tally] => [f.field, f.tally]), ["Gesamt", r.overall]];
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Aktionsplan-Monitor">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">Zwischenbericht – Entwurf · Stand ${escapeHtml(dateOrDash(r.facts.runDate))}</p>
<p class="draft">Entwurf, automatisch aus dem konsolidierten Umsetzungsstand erzeugt. Bitte vor der Weitergabe fachlich prüfen und ergänzen.</p>
</header>
<main>
${[
    section("Auf einen Blick", figures(r)),
    section(
      "Umsetzungsstand nach Handlungsfeld",
      `<figure role="img" aria-labelledby="chart-caption">
${charts.byField}
<figcaption id="chart-caption">Abbildung 1: Anteil der Maßnahmen je Umsetzungsstand, nach Handlungsfeld und gesamt. Die Zahlen in den Balken sind Anzahlen von Maßnahmen; die Tabelle darunter nennt alle Werte.</figcaption>
</figure>
${htmlTable("Maßnahmen nach Umsetzungsstand und Handlungsfeld", tallyColumns(r), groups, { rowHeader: true, className: "tally" })}`,
    ),
    section("Maßnahmen nach Handlungsfeld", r.fields.map((f) => fieldSection(f, label)).join("\n")),
    section("Überfällige Maßnahmen", overdueSection(r, label)),
    section("Deckungsvorschläge", coverageSection(r, label)),
    section("Veränderungen seit der letzten Berichtsrunde", changesSection(r, label)),
    section("Methodik und Datenlage", methodSection(r)),
  ].join("\n")}
</main>
<footer>Erstellt mit Aktionsplan-Monitor aus „${escapeHtml(r.facts.source)}“ (Datenstand ${escapeHtml(dateOrDash(r.facts.runDate))}).</footer>
</body>
</html>
`;
};
