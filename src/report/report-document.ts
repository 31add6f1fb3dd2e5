import type { FieldSection, ProgressReport, ReportChange, ReportMeasure, Tally } from "../core";
import { counted, dateOrDash, integer, percent, share } from "./format-de";
import { NO_STATUS } from "./status-chart-spec";

/**
 * The report's content once, in German, for every renderer (HTML/PDF and Word): headings,
 * paragraphs, tables and the chart, as plain data. A renderer decides how it looks, never what it
 * says, so the two versions cannot drift apart.
 */

export interface ReportColumn<T> {
  readonly header: string;
  readonly cell: (row: T) => string;
  /** Numbers are right-aligned. */
  readonly numeric?: boolean;
  /** Sachstand and measure texts wrap and get the room; narrow columns do not. */
  readonly wide?: boolean;
}

/** A table with its rows already turned into cell texts, so renderers need no generics. */
export interface ReportTable {
  readonly caption: string;
  readonly columns: readonly { readonly header: string; readonly numeric: boolean; readonly wide: boolean }[];
  readonly rows: readonly (readonly string[])[];
  /** The first cell of each row heads it (the tally table's field names). */
  readonly rowHeader: boolean;
  /** Many columns: a renderer lays this table out landscape or smaller. */
  readonly className?: string;
}

export type ReportBlock =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "figures"; readonly items: readonly (readonly [string, string])[] }
  | { readonly kind: "table"; readonly table: ReportTable }
  | { readonly kind: "chart"; readonly caption: string; readonly alt: string }
  | { readonly kind: "subsection"; readonly heading: string; readonly blocks: readonly ReportBlock[] }
  /** A place only the coordinator can fill (foreword, assessment): marked in Word, left out of HTML. */
  | { readonly kind: "placeholder"; readonly text: string };

export interface ReportSection {
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

export interface ReportDocument {
  readonly title: string;
  readonly subtitle: string;
  readonly draftNote: string;
  readonly sections: readonly ReportSection[];
  readonly footer: string;
}

type Label = (status: string | null) => string;

const table = <T>(caption: string, columns: readonly ReportColumn<T>[], rows: readonly T[], options: { rowHeader?: boolean; className?: string } = {}): ReportBlock => ({
  kind: "table",
  table: {
    caption,
    columns: columns.map((c) => ({ header: c.header, numeric: c.numeric ?? false, wide: c.wide ?? false })),
    rows: rows.map((r) => columns.map((c) => c.cell(r))),
    rowHeader: options.rowHeader ?? false,
    ...(options.className !== undefined ? { className: options.className } : {}),
  },
});

const paragraph = (text: string): ReportBlock => ({ kind: "paragraph", text });

const measureColumns = (label: Label): ReportColumn<ReportMeasure>[] => [
  { header: "Nr.", cell: (m) => m.id },
  { header: "Maßnahme", cell: (m) => m.measure ?? "–", wide: true },
  { header: "federführend", cell: (m) => m.office ?? "–" },
  { header: "Umsetzungsstand", cell: (m) => label(m.status) },
  { header: "Fortschritt", cell: (m) => percent(m.progress), numeric: true },
  { header: "Sachstand", cell: (m) => m.note ?? "–", wide: true },
];

const tallyColumns = (report: ProgressReport): ReportColumn<[string, Tally]>[] => [
  { header: "Handlungsfeld", cell: ([name]) => name },
  ...report.statuses.map((s): ReportColumn<[string, Tally]> => ({ header: s.label, cell: ([, t]) => integer(t.byStatus[s.value] ?? 0), numeric: true })),
  { header: NO_STATUS, cell: ([, t]) => integer(t.noStatus), numeric: true },
  { header: "gesamt", cell: ([, t]) => integer(t.total), numeric: true },
  { header: "Anteil umgesetzt", cell: ([, t]) => share(t.shareDone), numeric: true },
  { header: "Ø Fortschritt", cell: ([, t]) => percent(t.meanProgress), numeric: true },
  { header: "überfällig", cell: ([, t]) => integer(t.overdue), numeric: true },
];

const figures = (r: ProgressReport): ReportBlock => {
  const t = r.overall;
  const missingProposal = r.coverage.filter((m) => !m.hasProposal).length;
  return {
    kind: "figures",
    items: [
      ["Maßnahmen", integer(t.total)],
      ["umgesetzt", `${integer(t.done)} (${share(t.shareDone)} der nicht entfallenen)`],
      ["Daueraufgaben", integer(t.ongoing)],
      ["entfallen", integer(t.dropped)],
      ["durchschnittlicher Fortschritt", percent(t.meanProgress)],
      ["überfällig", integer(t.overdue)],
      ["Deckungsvorschlag nötig", `${integer(r.coverage.length)}, davon ohne Vorschlag ${integer(missingProposal)}`],
    ],
  };
};

const fieldSection = (f: FieldSection, label: Label): ReportBlock => {
  const t = f.tally;
  const summary = `${counted(t.total, "Maßnahme", "Maßnahmen")}, davon ${integer(t.done)} umgesetzt, ${counted(t.ongoing, "Daueraufgabe", "Daueraufgaben")}, ${integer(t.overdue)} überfällig; Ø Fortschritt ${percent(t.meanProgress)}.`;
  return {
    kind: "subsection",
    heading: f.field,
    blocks: [
      paragraph(summary),
      { kind: "placeholder", text: `Einschätzung der Koordinierungsstelle zum Handlungsfeld ${f.field}: [bitte ergänzen]` },
      table(`Maßnahmen im Handlungsfeld ${f.field}`, measureColumns(label), f.measures),
    ],
  };
};

const overdueBlocks = (r: ProgressReport, label: Label): ReportBlock[] => {
  if (r.overdue.length === 0) return [paragraph(`Am ${dateOrDash(r.facts.runDate)} ist keine Maßnahme überfällig.`)];
  const base = measureColumns(label);
  const columns: ReportColumn<ReportMeasure>[] = [...base.slice(0, 4), { header: "geplantes Ende", cell: (m) => dateOrDash(m.end), numeric: true }, base[5]!];
  return [
    paragraph(`${counted(r.overdue.length, "Maßnahme ist", "Maßnahmen sind")} über ihr geplantes Ende hinaus und weder umgesetzt, entfallen noch Daueraufgabe (Stichtag ${dateOrDash(r.facts.runDate)}).`),
    table("Überfällige Maßnahmen", columns, r.overdue),
  ];
};

const coverageBlocks = (r: ProgressReport, label: Label): ReportBlock[] => {
  if (r.coverage.length === 0) return [paragraph("Keine Maßnahme braucht einen Deckungsvorschlag.")];
  const columns: ReportColumn<ReportMeasure>[] = [
    ...measureColumns(label).slice(0, 3),
    { header: "Haushaltsrelevanz", cell: (m) => m.budget ?? "–" },
    { header: "Deckungsvorschlag", cell: (m) => m.coverageProposal ?? (m.hasProposal ? `(Sachstand) ${m.note ?? ""}` : "–"), wide: true },
    { header: "Stand", cell: (m) => m.coverageState ?? "–" },
    { header: "vorhanden", cell: (m) => (m.hasProposal ? "ja" : "nein") },
  ];
  const missing = r.coverage.filter((m) => !m.hasProposal).length;
  return [
    paragraph(`${counted(r.coverage.length, "Maßnahme ist", "Maßnahmen sind")} haushaltsrelevant oder eine neue freiwillige Leistung und brauchen einen Deckungsvorschlag; bei ${integer(missing)} fehlt er noch.`),
    table("Maßnahmen mit Bedarf an einem Deckungsvorschlag", columns, r.coverage),
  ];
};

const changeBlocks = (r: ProgressReport, label: Label): ReportBlock[] => {
  if (r.changes === null) return [paragraph("Der konsolidierte Stand enthält keinen Vergleich mit der letzten Berichtsrunde (zusammengeführt ohne --previous).")];
  const c = r.changes.counts;
  const columns: ReportColumn<ReportChange>[] = [
    { header: "Nr.", cell: (x) => x.measureId },
    { header: "Änderung", cell: (x) => x.kind },
    { header: "Umsetzungsstand vorher", cell: (x) => (x.kind === "neu" ? "–" : label(x.statusBefore)) },
    { header: "Umsetzungsstand jetzt", cell: (x) => label(x.statusNow) },
    { header: "Fortschritt vorher", cell: (x) => percent(x.progressBefore), numeric: true },
    { header: "Fortschritt jetzt", cell: (x) => percent(x.progressNow), numeric: true },
  ];
  const text = `Gegenüber der letzten Berichtsrunde: ${integer(c.geändert)} geändert, ${integer(c.neu)} neu, ${integer(c.unverändert)} unverändert.`;
  return [paragraph(text), ...(r.changes.changed.length ? [table("Geänderte und neue Maßnahmen", columns, r.changes.changed)] : [])];
};

const methodBlocks = (r: ProgressReport): ReportBlock[] => {
  const f = r.facts;
  return [
    `Grundlage ist der konsolidierte Umsetzungsstand „${f.source}“ vom ${dateOrDash(f.runDate)}, zusammengeführt aus ${counted(f.files, "Datei", "Dateien")} der federführenden Ämter und Eigenbetriebe (${integer(f.unreadable)} davon nicht lesbar) mit ${integer(f.rowsRead)} gelesenen Zeilen; je Maßnahmen-Nr. zählt eine Meldung.`,
    `Bei der Prüfung der Meldungen wurden ${counted(f.errors, "Fehler", "Fehler")} und ${counted(f.warnings, "Warnung", "Warnungen")} festgestellt; sie stehen im Blatt „Prüfbericht“ des konsolidierten Umsetzungsstands. Angaben mit Fehlern sind in diesem Bericht so übernommen, wie sie gelesen werden konnten.`,
    "Anteil umgesetzt: umgesetzte Maßnahmen geteilt durch alle nicht entfallenen Maßnahmen; Daueraufgaben zählen als laufend, nicht als umgesetzt. Ø Fortschritt: Mittel der gemeldeten Fortschrittswerte der nicht entfallenen Maßnahmen (umgesetzt ohne Angabe zählt 100 %). Überfällig: geplantes Ende vor dem Stichtag und weder umgesetzt, entfallen noch Daueraufgabe.",
  ].map(paragraph);
};

/** Alternative text of the status chart: what a reader who cannot see it needs, in one sentence. */
const chartAlt = (r: ProgressReport): string =>
  `Gestapelte Balken je Handlungsfeld und gesamt: Anteile der Maßnahmen je Umsetzungsstand. Gesamt ${counted(r.overall.total, "Maßnahme", "Maßnahmen")}, davon ${integer(r.overall.done)} umgesetzt, ${integer(r.overall.overdue)} überfällig. Alle Werte stehen in der Tabelle unter dem Diagramm.`;

/** The whole report as renderer-neutral blocks. */
export const reportDocument = (r: ProgressReport): ReportDocument => {
  const labels = new Map(r.statuses.map((s) => [s.value, s.label]));
  const label: Label = (s) => (s === null ? "–" : (labels.get(s) ?? s));
  const groups: [string, Tally][] = [...r.fields.map((f): [string, Tally] => [f.field, f.tally]), ["Gesamt", r.overall]];
  return {
    title: `Umsetzungsstand ${r.planTitle}`,
    subtitle: `Zwischenbericht – Entwurf · Stand ${dateOrDash(r.facts.runDate)}`,
    draftNote: "Entwurf, automatisch aus dem konsolidierten Umsetzungsstand erzeugt. Bitte vor der Weitergabe fachlich prüfen und ergänzen.",
    sections: [
      {
        heading: "Vorwort",
        blocks: [
          { kind: "placeholder", text: "Vorlagen-Nr. des Stadtrats: [bitte eintragen]" },
          { kind: "placeholder", text: "Vorwort der Koordinierungsstelle: [bitte ergänzen]" },
        ],
      },
      { heading: "Auf einen Blick", blocks: [figures(r)] },
      {
        heading: "Umsetzungsstand nach Handlungsfeld",
        blocks: [
          {
            kind: "chart",
            caption: "Abbildung 1: Anteil der Maßnahmen je Umsetzungsstand, nach Handlungsfeld und gesamt. Die Zahlen in den Balken sind Anzahlen von Maßnahmen; die Tabelle darunter nennt alle Werte.",
            alt: chartAlt(r),
          },
          table("Maßnahmen nach Umsetzungsstand und Handlungsfeld", tallyColumns(r), groups, { rowHeader: true, className: "tally" }),
        ],
      },
      { heading: "Maßnahmen nach Handlungsfeld", blocks: r.fields.map((f) => fieldSection(f, label)) },
      { heading: "Überfällige Maßnahmen", blocks: overdueBlocks(r, label) },
      { heading: "Deckungsvorschläge", blocks: coverageBlocks(r, label) },
      { heading: "Veränderungen seit der letzten Berichtsrunde", blocks: changeBlocks(r, label) },
      { heading: "Methodik und Datenlage", blocks: methodBlocks(r) },
    ],
    footer: `Erstellt mit Aktionsplan-Monitor aus „${r.facts.source}“ (Datenstand ${dateOrDash(r.facts.runDate)}).`,
  };
};
