import {
  NO_REPORT,
  type ColumnKey,
  type ColumnLabels,
  type FieldSection,
  type ProgressReport,
  type ReportChange,
  type ReportLink,
  type ReportMeasure,
  type Tally,
} from "../core";
import { counted, dateOrDash, integer, percent, share } from "./format-de";
import { historyBlocks, historyHeading } from "./history-blocks";
import { moneyBlocks } from "./money-blocks";
import type { ChartId } from "./render-charts";
import { type ReportColumn, type ReportTable, table } from "./report-table";

export type { ReportColumn, ReportTable } from "./report-table";
import { NO_STATUS } from "./status-chart-spec";

/**
 * The report's content once, in German, for every renderer (HTML/PDF and Word): headings,
 * paragraphs, tables and the chart, as plain data. A renderer decides how it looks, never what it
 * says, so the two versions cannot drift apart.
 */

export type ReportBlock =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "figures"; readonly items: readonly (readonly [string, string])[] }
  | { readonly kind: "table"; readonly table: ReportTable }
  | { readonly kind: "chart"; readonly chart: ChartId; readonly caption: string; readonly alt: string }
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

const paragraph = (text: string): ReportBlock => ({ kind: "paragraph", text });

/** A measure's columns under the plan's labels; the ID column is short ("Nr."), whatever the plan calls it. */
const measureColumns = (label: Label, labels: ColumnLabels): ReportColumn<ReportMeasure>[] => {
  const under = (key: ColumnKey, column: Omit<ReportColumn<ReportMeasure>, "header">) => {
    const header = labels[key];
    return header === undefined ? [] : [{ header, ...column }];
  };
  return [
    { header: "Nr.", cell: (m) => m.id },
    ...under("measure", { cell: (m) => m.measure ?? "–", wide: true }),
    ...under("leadOffice", { cell: (m) => m.office ?? "–" }),
    ...under("status", { cell: (m) => (m.reported ? label(m.status) : NO_REPORT) }),
    ...under("progress", { cell: (m) => percent(m.progress), numeric: true }),
    ...under("note", { cell: (m) => m.note ?? "–", wide: true }),
  ];
};

const tallyColumns = (report: ProgressReport): ReportColumn<[string, Tally]>[] => [
  { header: "Handlungsfeld", cell: ([name]) => name },
  ...report.statuses.map(
    (s): ReportColumn<[string, Tally]> => ({
      header: s.label,
      cell: ([, t]) => integer(t.byStatus[s.value] ?? 0),
      numeric: true,
    }),
  ),
  ...(report.scope
    ? [{ header: NO_REPORT, cell: ([, t]: [string, Tally]) => integer(t.unreported), numeric: true }]
    : []),
  { header: NO_STATUS, cell: ([, t]) => integer(t.noStatus), numeric: true },
  { header: "gesamt", cell: ([, t]) => integer(t.total), numeric: true },
  { header: "Anteil umgesetzt", cell: ([, t]) => share(t.shareDone), numeric: true },
  { header: "Ø Fortschritt", cell: ([, t]) => percent(t.meanProgress), numeric: true },
  { header: "überfällig", cell: ([, t]) => integer(t.overdue), numeric: true },
];

const figures = (r: ProgressReport): ReportBlock => {
  const t = r.overall;
  const missingProposal = r.coverage.filter((m) => !m.hasProposal).length;
  const s = r.scope;
  const rate = (part: number, whole: number) => (whole === 0 ? "–" : share(part / whole));
  return {
    kind: "figures",
    items: [
      ...(r.businessArea
        ? ([
            [
              "Geschäftsbereich",
              `${r.businessArea} (nur Maßnahmen, bei denen ein Amt dieses Geschäftsbereichs federführend ist)`,
            ],
          ] as [string, string][])
        : []),
      [
        "Grundlage der Zahlen",
        s
          ? "alle Maßnahmen des Masterplans; nicht gemeldete zählen als „keine Meldung“"
          : "nur gemeldete Maßnahmen (ohne Masterplan zusammengeführt)",
      ],
      ...(s
        ? ([
            [
              "Rücklauf Ämter",
              `${integer(s.officesReplied)} von ${integer(s.officesExpected)} (${rate(s.officesReplied, s.officesExpected)})`,
            ],
            [
              "Rücklauf Maßnahmen",
              `${integer(s.reported)} von ${integer(s.planned)} gemeldet (${rate(s.reported, s.planned)})`,
            ],
          ] as [string, string][])
        : []),
      ["Maßnahmen", integer(t.total)],
      ...(s ? ([[NO_REPORT, integer(t.unreported)]] as [string, string][]) : []),
      ["umgesetzt", `${integer(t.done)} (${share(t.shareDone)} der nicht entfallenen)`],
      ["Daueraufgaben", integer(t.ongoing)],
      ["entfallen", integer(t.dropped)],
      ["durchschnittlicher Fortschritt", percent(t.meanProgress)],
      ["überfällig", integer(t.overdue)],
      ...(r.asksForCoverage
        ? ([
            [
              "Deckungsvorschlag nötig",
              `${integer(r.coverage.length)}, davon ohne Vorschlag ${integer(missingProposal)}`,
            ],
          ] as [string, string][])
        : []),
      ...(s
        ? ([
            ["Abweichungen vom Masterplan", integer(s.deviations)],
            ["gemeldet, aber nicht im Masterplan (nicht gezählt)", integer(r.notInMaster.length)],
          ] as [string, string][])
        : []),
    ],
  };
};

const fieldSection = (f: FieldSection, label: Label, labels: ColumnLabels): ReportBlock => {
  const t = f.tally;
  const summary = `${counted(t.total, "Maßnahme", "Maßnahmen")}, davon ${integer(t.done)} umgesetzt, ${counted(t.ongoing, "Daueraufgabe", "Daueraufgaben")}, ${integer(t.overdue)} überfällig; Ø Fortschritt ${percent(t.meanProgress)}.`;
  return {
    kind: "subsection",
    heading: f.field,
    blocks: [
      paragraph(summary),
      {
        kind: "placeholder",
        text: `Einschätzung der Koordinierungsstelle zum Handlungsfeld ${f.field}: [bitte ergänzen]`,
      },
      table(`Maßnahmen im Handlungsfeld ${f.field}`, measureColumns(label, labels), f.measures),
    ],
  };
};

const overdueBlocks = (r: ProgressReport, label: Label): ReportBlock[] => {
  if (r.overdue.length === 0)
    return [
      paragraph(
        `Am ${r.facts.cutoff ? "Stichtag" : "Datenstand"} ${dateOrDash(judgedOn(r))} ist keine Maßnahme überfällig.`,
      ),
    ];
  const base = measureColumns(label, r.labels);
  const columns: ReportColumn<ReportMeasure>[] = [
    ...base.slice(0, 4),
    { header: "geplantes Ende", cell: (m) => dateOrDash(m.end), numeric: true },
    base[5]!,
  ];
  return [
    paragraph(
      `${counted(r.overdue.length, "Maßnahme ist", "Maßnahmen sind")} über ihr geplantes Ende hinaus und weder umgesetzt, entfallen noch Daueraufgabe (gemessen am ${r.facts.cutoff ? "Stichtag" : "Datenstand"} ${dateOrDash(judgedOn(r))}).`,
    ),
    table("Überfällige Maßnahmen", columns, r.overdue),
  ];
};

const coverageBlocks = (r: ProgressReport, label: Label): ReportBlock[] => {
  if (r.coverage.length === 0) return [paragraph("Keine Maßnahme braucht einen Deckungsvorschlag.")];
  const columns: ReportColumn<ReportMeasure>[] = [
    ...measureColumns(label, r.labels).slice(0, 3),
    { header: r.labels.budget ?? "Haushaltsrelevanz", cell: (m) => m.budget ?? "–" },
    { header: r.labels.coverageProposal ?? "Deckungsvorschlag", cell: (m) => m.coverageProposal ?? "–", wide: true },
    { header: "Stand", cell: (m) => m.coverageState ?? "–" },
    { header: "vorhanden", cell: (m) => (m.hasProposal ? "ja" : "nein") },
  ];
  const missing = r.coverage.filter((m) => !m.hasProposal).length;
  return [
    paragraph(
      `${counted(r.coverage.length, "Maßnahme ist", "Maßnahmen sind")} haushaltsrelevant oder eine neue freiwillige Leistung und brauchen einen Deckungsvorschlag; bei ${integer(missing)} fehlt er noch.`,
    ),
    table("Maßnahmen mit Bedarf an einem Deckungsvorschlag", columns, r.coverage),
  ];
};

/** Cross-plan links per field of action: which measure refers to which measure of which other plan. */
const linkBlocks = (links: readonly ReportLink[], labels: ColumnLabels): ReportBlock[] => {
  if (links.length === 0) return [paragraph("Keine Maßnahme nennt einen Bezug zu einer Maßnahme eines anderen Plans.")];
  const columns: ReportColumn<ReportLink>[] = [
    { header: labels.field ?? "Handlungsfeld", cell: (l) => l.field },
    { header: "Nr.", cell: (l) => l.id },
    { header: labels.linkedPlan ?? "anderer Plan", cell: (l) => l.plan, wide: true },
    { header: labels.linkedMeasure ?? "Maßnahme dort", cell: (l) => l.measure },
  ];
  return [
    paragraph(`${counted(links.length, "Maßnahme nennt", "Maßnahmen nennen")} eine Maßnahme eines anderen Plans.`),
    table("Bezüge zu anderen Plänen nach Handlungsfeld", columns, links),
  ];
};

const unreportedBlocks = (r: ProgressReport, label: Label): ReportBlock[] => {
  if (!r.scope)
    return [
      paragraph(
        "Ohne Masterplan zusammengeführt: Welche geplanten Maßnahmen nicht gemeldet wurden, ist nicht bekannt. Alle Zahlen beziehen sich nur auf die gemeldeten Maßnahmen.",
      ),
    ];
  const base = measureColumns(label, r.labels).slice(0, 3);
  const n = r.unreported.length;
  const blocks: ReportBlock[] =
    n === 0
      ? [paragraph("Zu jeder Maßnahme des Masterplans liegt eine Meldung vor.")]
      : [
          paragraph(
            `${counted(n, "Maßnahme", "Maßnahmen")} des Masterplans ${n === 1 ? "wurde" : "wurden"} nicht gemeldet; sie zählen in allen Zahlen als „${NO_REPORT}“.`,
          ),
          table(`Maßnahmen ohne Meldung (${NO_REPORT})`, base, r.unreported),
        ];
  if (r.notInMaster.length)
    blocks.push(
      paragraph(
        `${counted(r.notInMaster.length, "gemeldete Maßnahme steht", "gemeldete Maßnahmen stehen")} nicht im Masterplan; sie sind hier genannt, aber in keiner Zahl gezählt.`,
      ),
      table("Gemeldet, aber nicht im Masterplan", base, r.notInMaster),
    );
  return blocks;
};

const changeBlocks = (r: ProgressReport, label: Label): ReportBlock[] => {
  if (r.changes === null)
    return [
      paragraph(
        "Der konsolidierte Stand enthält keinen Vergleich mit der letzten Berichtsrunde (zusammengeführt ohne --previous).",
      ),
    ];
  const c = r.changes.counts;
  const columns: ReportColumn<ReportChange>[] = [
    { header: "Nr.", cell: (x) => x.measureId },
    { header: r.labels.measure ?? "Maßnahme", cell: (x) => x.measure ?? "–", wide: true },
    { header: "Änderung", cell: (x) => x.kind },
    {
      header: `${r.labels.status ?? "Umsetzungsstand"} vorher → jetzt`,
      cell: (x) =>
        `${x.kind === "neu" ? "–" : label(x.statusBefore)} → ${x.kind === "nicht mehr gemeldet" ? "–" : label(x.statusNow)}`,
    },
    {
      header: `${r.labels.progress ?? "Fortschritt"} vorher → jetzt`,
      cell: (x) => `${percent(x.progressBefore)} → ${percent(x.progressNow)}`,
      numeric: true,
    },
    // Only a Sachstand that changed is shown: an unchanged one says nothing new.
    {
      header: "Sachstand jetzt (wenn geändert)",
      // "(gelöscht)" only where a reported measure had a Sachstand before: a new measure lost nothing,
      // and one not reported any more says nothing now.
      cell: (x) =>
        x.kind === "nicht mehr gemeldet" || x.noteNow === undefined || x.noteNow === x.noteBefore
          ? "–"
          : (x.noteNow ?? (x.noteBefore ? "(gelöscht)" : "–")),
      wide: true,
    },
  ];
  const text = `Gegenüber der letzten Berichtsrunde: ${integer(c.geändert)} geändert, ${integer(c.neu)} neu, ${integer(c["nicht mehr gemeldet"])} nicht mehr gemeldet, ${integer(c.unverändert)} unverändert.`;
  return [
    paragraph(text),
    ...(r.changes.changed.length
      ? [table("Geänderte, neue und nicht mehr gemeldete Maßnahmen", columns, r.changes.changed)]
      : []),
  ];
};

/** The master plan's main columns as the method note names them: the plan's labels, its dates as "Zeitraum". */
const masterColumnsText = (labels: ColumnLabels): string =>
  [
    labels.field,
    labels.measure,
    labels.leadOffice,
    labels.timeframe || labels.start || labels.end ? "Zeitraum" : undefined,
    labels.budget,
  ]
    .filter((l) => l !== undefined)
    .join(", ");

const methodBlocks = (r: ProgressReport): ReportBlock[] => {
  const f = r.facts;
  return [
    ...(r.businessArea
      ? [
          `Der Bericht ist auf den ${r.businessArea} beschränkt: Alle Zahlen gelten nur für die Maßnahmen, bei denen ein Amt dieses Geschäftsbereichs federführend ist.`,
        ]
      : []),
    `Grundlage ist der konsolidierte Umsetzungsstand „${f.source}“ vom ${dateOrDash(f.runDate)}, zusammengeführt aus ${counted(f.files, "Datei", "Dateien")} der federführenden Ämter und Eigenbetriebe (${integer(f.unreadable)} davon nicht lesbar) mit ${integer(f.rowsRead)} gelesenen Zeilen; je ${r.labels.measureId ?? "Maßnahmen-Nr."} zählt eine Meldung.`,
    `Bei der Prüfung der Meldungen wurden ${counted(f.errors, "Fehler", "Fehler")} und ${counted(f.warnings, "Warnung", "Warnungen")} festgestellt; sie stehen im Blatt „Prüfbericht“ des konsolidierten Umsetzungsstands. Angaben mit Fehlern sind in diesem Bericht so übernommen, wie sie gelesen werden konnten.`,
    r.scope
      ? `Grundgesamtheit aller Zahlen sind die ${integer(r.scope.planned)} Maßnahmen des Masterplans: ${integer(r.scope.reported)} gemeldet, ${integer(r.scope.unreported)} ohne Meldung („${NO_REPORT}“, als eigene Kategorie gezählt). Gemeldete Maßnahmen, die nicht im Masterplan stehen, werden genannt, aber nicht gezählt. In den Spalten des Masterplans (${masterColumnsText(r.labels)} …) gilt der Masterplan; abweichende Angaben der Ämter (${integer(r.scope.deviations)}) stehen im Blatt „Abweichungen vom Masterplan“. Rückmeldung: ${integer(r.scope.officesReplied)} von ${integer(r.scope.officesExpected)} federführenden Ämtern.`
      : "Der Umsetzungsstand wurde ohne Masterplan zusammengeführt: Alle Zahlen beziehen sich nur auf die gemeldeten Maßnahmen; nicht gemeldete Maßnahmen fehlen darin.",
    `Anteil umgesetzt: umgesetzte Maßnahmen geteilt durch alle nicht entfallenen Maßnahmen (nicht gemeldete eingeschlossen); Daueraufgaben zählen als laufend, nicht als umgesetzt. Ø Fortschritt: Mittel der gemeldeten Fortschrittswerte der gemeldeten, nicht entfallenen Maßnahmen (umgesetzt ohne Angabe zählt 100 %). Überfällig: gemeldet, geplantes Ende vor dem Stichtag und weder umgesetzt, entfallen noch Daueraufgabe.${r.asksForCoverage ? " Deckungsvorschlag: nur ein in der Spalte „Deckungsvorschlag“ benannter Vorschlag zählt, kein Sachstand und kein bloßes „ja“." : ""}`,
  ].map(paragraph);
};

/** Alternative text of the status chart: what a reader who cannot see it needs, in one sentence. */
const chartAlt = (r: ProgressReport): string =>
  `Gestapelte Balken je Handlungsfeld und gesamt: Anteile der Maßnahmen je Umsetzungsstand. Gesamt ${counted(r.overall.total, "Maßnahme", "Maßnahmen")}, davon ${integer(r.overall.done)} umgesetzt, ${integer(r.overall.overdue)} überfällig. Alle Werte stehen in der Tabelle unter dem Diagramm.`;

/** The day overdue is judged on: the round's Stichtag, else the merge's date. */
const judgedOn = (r: ProgressReport): string => r.facts.cutoff ?? r.facts.runDate;

/** "Zwischenbericht 2024 (Entwurf) · Stichtag 30.06.2024 · Datenstand 05.08.2024". */
const subtitle = (r: ProgressReport): string => {
  const round = r.facts.round ?? null;
  const name =
    round === null
      ? "Bericht zum Umsetzungsstand"
      : r.finalRound && !/abschluss/i.test(round)
        ? `Abschlussbericht (${round})`
        : round;
  return [
    `${name} (Entwurf)`,
    ...(r.facts.cutoff ? [`Stichtag ${dateOrDash(r.facts.cutoff)}`] : []),
    `Datenstand ${dateOrDash(r.facts.runDate)}`,
  ].join(" · ");
};

/** The whole report as renderer-neutral blocks. */
export const reportDocument = (r: ProgressReport): ReportDocument => {
  const labels = new Map(r.statuses.map((s) => [s.value, s.label]));
  const label: Label = (s) => (s === null ? "–" : (labels.get(s) ?? s));
  const groups: [string, Tally][] = [
    ...r.fields.map((f): [string, Tally] => [f.field, f.tally]),
    ["Gesamt", r.overall],
  ];
  return {
    title: `Umsetzungsstand ${r.planTitle}${r.businessArea ? ` – ${r.businessArea}` : ""}`,
    subtitle: subtitle(r),
    draftNote:
      "Entwurf, automatisch aus dem konsolidierten Umsetzungsstand erzeugt. Bitte vor der Weitergabe fachlich prüfen und ergänzen.",
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
            chart: "byField",
            caption:
              "Abbildung 1: Anteil der Maßnahmen je Umsetzungsstand, nach Handlungsfeld und gesamt. Die Zahlen in den Balken sind Anzahlen von Maßnahmen; die Tabelle darunter nennt alle Werte.",
            alt: chartAlt(r),
          },
          table("Maßnahmen nach Umsetzungsstand und Handlungsfeld", tallyColumns(r), groups, {
            rowHeader: true,
            className: "tally",
          }),
        ],
      },
      { heading: "Maßnahmen nach Handlungsfeld", blocks: r.fields.map((f) => fieldSection(f, label, r.labels)) },
      { heading: "Nicht gemeldete Maßnahmen", blocks: unreportedBlocks(r, label) },
      { heading: "Überfällige Maßnahmen", blocks: overdueBlocks(r, label) },
      ...(r.asksForCoverage ? [{ heading: "Deckungsvorschläge", blocks: coverageBlocks(r, label) }] : []),
      ...(r.money ? [{ heading: "Mittel", blocks: moneyBlocks(r) }] : []),
      ...(r.links ? [{ heading: "Bezüge zu anderen Plänen", blocks: linkBlocks(r.links, r.labels) }] : []),
      { heading: "Veränderungen seit der letzten Berichtsrunde", blocks: changeBlocks(r, label) },
      { heading: historyHeading(r), blocks: historyBlocks(r, label) },
      { heading: "Methodik und Datenlage", blocks: methodBlocks(r) },
    ],
    footer: `Erstellt mit Aktionsplan-Monitor aus „${r.facts.source}“ (Datenstand ${dateOrDash(r.facts.runDate)}).`,
  };
};
