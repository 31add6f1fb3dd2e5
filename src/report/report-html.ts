import { NO_REPORT, type FieldSection, type ProgressReport, type ReportChange, type ReportMeasure, type Tally } from "../core";
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
  { header: "Umsetzungsstand", cell: (m) => (m.reported ? label(m.status) : NO_REPORT) },
  { header: "Fortschritt", cell: (m) => percent(m.progress), numeric: true },
  { header: "Sachstand", cell: (m) => m.note ?? "–", wide: true },
];

const tallyColumns = (report: ProgressReport): HtmlColumn<[string, Tally]>[] => [
  { header: "Handlungsfeld", cell: ([name]) => name },
  ...report.statuses.map((s): HtmlColumn<[string, Tally]> => ({ header: s.label, cell: ([, t]) => integer(t.byStatus[s.value] ?? 0), numeric: true })),
  ...(report.scope ? [{ header: NO_REPORT, cell: ([, t]: [string, Tally]) => integer(t.unreported), numeric: true }] : []),
  { header: NO_STATUS, cell: ([, t]) => integer(t.noStatus), numeric: true },
  { header: "gesamt", cell: ([, t]) => integer(t.total), numeric: true },
  { header: "Anteil umgesetzt", cell: ([, t]) => share(t.shareDone), numeric: true },
  { header: "Ø Fortschritt", cell: ([, t]) => percent(t.meanProgress), numeric: true },
  { header: "überfällig", cell: ([, t]) => integer(t.overdue), numeric: true },
];

const figures = (r: ProgressReport): string => {
  const t = r.overall;
  const missingProposal = r.coverage.filter((m) => !m.hasProposal).length;
  const s = r.scope;
  const rate = (part: number, whole: number) => (whole === 0 ? "–" : share(part / whole));
  const items: [string, string][] = [
    ...(r.businessArea ? ([["Geschäftsbereich", `${r.businessArea} (nur Maßnahmen, bei denen ein Amt dieses Geschäftsbereichs federführend ist)`]] as [string, string][]) : []),
    ["Grundlage der Zahlen", s ? "alle Maßnahmen des Masterplans; nicht gemeldete zählen als „keine Meldung“" : "nur gemeldete Maßnahmen (ohne Masterplan zusammengeführt)"],
    ...(s
      ? ([
          ["Rücklauf Ämter", `${integer(s.officesReplied)} von ${integer(s.officesExpected)} (${rate(s.officesReplied, s.officesExpected)})`],
          ["Rücklauf Maßnahmen", `${integer(s.reported)} von ${integer(s.planned)} gemeldet (${rate(s.reported, s.planned)})`],
        ] as [string, string][])
      : []),
    ["Maßnahmen", integer(t.total)],
    ...(s ? ([[NO_REPORT, integer(t.unreported)]] as [string, string][]) : []),
    ["umgesetzt", `${integer(t.done)} (${share(t.shareDone)} der nicht entfallenen)`],
    ["Daueraufgaben", integer(t.ongoing)],
    ["entfallen", integer(t.dropped)],
    ["durchschnittlicher Fortschritt", percent(t.meanProgress)],
    ["überfällig", integer(t.overdue)],
    ["Deckungsvorschlag nötig", `${integer(r.coverage.length)}, davon ohne Vorschlag ${integer(missingProposal)}`],
    ...(s
      ? ([
          ["Abweichungen vom Masterplan", integer(s.deviations)],
          ["gemeldet, aber nicht im Masterplan (nicht gezählt)", integer(r.notInMaster.length)],
        ] as [string, string][])
      : []),
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

const unreportedSection = (r: ProgressReport, label: Label): string => {
  if (!r.scope) return "<p>Ohne Masterplan zusammengeführt: Welche geplanten Maßnahmen nicht gemeldet wurden, ist nicht bekannt. Alle Zahlen beziehen sich nur auf die gemeldeten Maßnahmen.</p>";
  const base = measureColumns(label).slice(0, 3);
  const parts = [
    r.unreported.length === 0
      ? "<p>Zu jeder Maßnahme des Masterplans liegt eine Meldung vor.</p>"
      : `<p>${escapeHtml(`${counted(r.unreported.length, "Maßnahme", "Maßnahmen")} des Masterplans wurde${r.unreported.length === 1 ? "" : "n"} nicht gemeldet; sie zählen in allen Zahlen als „${NO_REPORT}“.`)}</p>
${htmlTable(`Maßnahmen ohne Meldung (${NO_REPORT})`, base, r.unreported)}`,
  ];
  if (r.notInMaster.length)
    parts.push(`<p>${escapeHtml(`${counted(r.notInMaster.length, "gemeldete Maßnahme steht", "gemeldete Maßnahmen stehen")} nicht im Masterplan; sie sind hier genannt, aber in keiner Zahl gezählt.`)}</p>
${htmlTable("Gemeldet, aber nicht im Masterplan", base, r.notInMaster)}`);
  return parts.join("\n");
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
    ...(r.businessArea ? [`Der Bericht ist auf den ${r.businessArea} beschränkt: Alle Zahlen gelten nur für die Maßnahmen, bei denen ein Amt dieses Geschäftsbereichs federführend ist.`] : []),
    `Grundlage ist der konsolidierte Umsetzungsstand „${f.source}“ vom ${dateOrDash(f.runDate)}, zusammengeführt aus ${counted(f.files, "Datei", "Dateien")} der federführenden Ämter und Eigenbetriebe (${integer(f.unreadable)} davon nicht lesbar) mit ${integer(f.rowsRead)} gelesenen Zeilen; je Maßnahmen-Nr. zählt eine Meldung.`,
    `Bei der Prüfung der Meldungen wurden ${integer(f.errors)} Fehler und ${integer(f.warnings)} Warnungen festgestellt; sie stehen im Blatt „Prüfbericht“ des konsolidierten Umsetzungsstands. Angaben mit Fehlern sind in diesem Bericht so übernommen, wie sie gelesen werden konnten.`,
    r.scope
      ? `Grundgesamtheit aller Zahlen sind die ${integer(r.scope.planned)} Maßnahmen des Masterplans: ${integer(r.scope.reported)} gemeldet, ${integer(r.scope.unreported)} ohne Meldung („${NO_REPORT}“, als eigene Kategorie gezählt). Gemeldete Maßnahmen, die nicht im Masterplan stehen, werden genannt, aber nicht gezählt. In den Spalten des Masterplans (Handlungsfeld, Maßnahme, federführend, Zeitraum, Haushaltsrelevanz …) gilt der Masterplan; abweichende Angaben der Ämter (${integer(r.scope.deviations)}) stehen im Blatt „Abweichungen vom Masterplan“. Rückmeldung: ${integer(r.scope.officesReplied)} von ${integer(r.scope.officesExpected)} federführenden Ämtern.`
      : "Der Umsetzungsstand wurde ohne Masterplan zusammengeführt: Alle Zahlen beziehen sich nur auf die gemeldeten Maßnahmen; nicht gemeldete Maßnahmen fehlen darin.",
    "Anteil umgesetzt: umgesetzte Maßnahmen geteilt durch alle nicht entfallenen Maßnahmen (nicht gemeldete eingeschlossen); Daueraufgaben zählen als laufend, nicht als umgesetzt. Ø Fortschritt: Mittel der gemeldeten Fortschrittswerte der gemeldeten, nicht entfallenen Maßnahmen (umgesetzt ohne Angabe zählt 100 %). Überfällig: gemeldet, geplantes Ende vor dem Stichtag und weder umgesetzt, entfallen noch Daueraufgabe. Deckungsvorschlag: nur ein in der Spalte „Deckungsvorschlag“ benannter Vorschlag zählt, kein Sachstand und kein bloßes „ja“.",
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
  const title = `Umsetzungsstand ${r.planTitle}${r.businessArea ? ` – ${r.businessArea}` : ""}`;
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
    section("Nicht gemeldete Maßnahmen", unreportedSection(r, label)),
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
