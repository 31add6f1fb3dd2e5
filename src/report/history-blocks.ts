import {
  NO_REPORT,
  type ColumnLabels,
  type HistoryFigures,
  type HistoryMeasure,
  type PostponedEnd,
  type ProgressReport,
  type RoundTally,
  type UnchangedMeasure,
} from "../core";
import { counted, dateOrDash, integer, percent } from "./format-de";
import type { ReportBlock } from "./report-document";
import { type ReportColumn, table } from "./report-table";
import { NO_STATUS } from "./status-chart-spec";

type Label = (status: string | null) => string;

const paragraph = (text: string): ReportBlock => ({ kind: "paragraph", text });

/** The ID column is short ("Nr."), whatever the plan calls it; the others carry the plan's labels. */
const measureColumns = (labels: ColumnLabels): ReportColumn<HistoryMeasure>[] => [
  { header: "Nr.", cell: (m) => m.id },
  { header: labels.measure ?? "Maßnahme", cell: (m) => m.measure ?? "–", wide: true },
  { header: labels.leadOffice ?? "federführend", cell: (m) => m.office ?? "–" },
];

const roundColumns = (r: ProgressReport, h: HistoryFigures): ReportColumn<RoundTally>[] => {
  const cutoff = new Map(h.rounds.map((x) => [x.name, x.cutoff]));
  return [
    { header: "Berichtsrunde", cell: (t) => t.round },
    { header: "Stichtag", cell: (t) => dateOrDash(cutoff.get(t.round) ?? null), numeric: true },
    ...r.statuses.map(
      (s): ReportColumn<RoundTally> => ({
        header: s.label,
        cell: (t) => integer(t.byStatus[s.value] ?? 0),
        numeric: true,
      }),
    ),
    { header: NO_REPORT, cell: (t) => integer(t.unreported), numeric: true },
    { header: NO_STATUS, cell: (t) => integer(t.noStatus), numeric: true },
    { header: "gesamt", cell: (t) => integer(t.total), numeric: true },
  ];
};

const decisionText = (d: PostponedEnd["decision"]): string =>
  d === null
    ? "keine Entscheidung erfasst"
    : [
        "Terminverschiebung angenommen",
        ...(d.on ? [`am ${dateOrDash(d.on)}`] : []),
        ...(d.by ? [`von ${d.by}`] : []),
      ].join(" ") + (d.reason ? `: ${d.reason}` : "");

const postponedColumns = (labels: ColumnLabels): ReportColumn<PostponedEnd>[] => [
  ...measureColumns(labels),
  { header: "Ende ursprünglich", cell: (m) => dateOrDash(m.original), numeric: true },
  { header: "Ende jetzt", cell: (m) => dateOrDash(m.current), numeric: true },
  { header: "Entscheidung", cell: (m) => decisionText(m.decision), wide: true },
];

const unchangedColumns = (label: Label, labels: ColumnLabels): ReportColumn<UnchangedMeasure>[] => [
  ...measureColumns(labels),
  { header: labels.status ?? "Umsetzungsstand", cell: (m) => label(m.status) },
  { header: labels.progress ?? "Fortschritt", cell: (m) => percent(m.progress), numeric: true },
  // One column for both: a narrow "Runden" column broke its own header on the printed A4 page.
  { header: "unverändert seit", cell: (m) => `${m.since} (${counted(m.rounds, "Runde", "Runden")})` },
];

/** The section's heading: "Entwicklung seit <first round>" once the register has one. */
export const historyHeading = (r: ProgressReport): string =>
  r.history ? `Entwicklung seit ${r.history.rounds[0]!.name}` : "Entwicklung über die Berichtsrunden";

/**
 * "Entwicklung seit …" (issue 15): the register's rounds side by side — status per round, measures
 * completed per year, moved end dates with the coordinator's decision, measures that stand still,
 * measures never reported. Every chart has its numbers in a table under it.
 */
export const historyBlocks = (r: ProgressReport, label: Label): ReportBlock[] => {
  const h = r.history;
  if (h === null)
    return [
      paragraph(
        "Der konsolidierte Stand enthält keinen Verlauf (Blatt „Verlauf“): Die Entwicklung über mehrere Berichtsrunden zeigt der Bericht, sobald mit --previous zusammengeführt wird.",
      ),
    ];
  if (h.rounds.length < 2)
    return [
      paragraph(
        `Der Verlauf enthält erst eine Berichtsrunde (${h.rounds[0]!.name}); die Entwicklung zeigt der Bericht ab der zweiten Runde.`,
      ),
    ];
  const names = h.rounds.map((x) => x.name);
  const done = h.doneByYear.reduce((a, y) => a + y.count, 0);
  return [
    paragraph(
      `Der Verlauf umfasst ${counted(names.length, "Berichtsrunde", "Berichtsrunden")}: ${names.join(", ")}. Gezählt wird je Runde über die Maßnahmen, die sie kannte.`,
    ),
    {
      kind: "chart",
      chart: "byRound",
      caption:
        "Abbildung 2: Anteil der Maßnahmen je Umsetzungsstand, nach Berichtsrunde. Die Zahlen in den Balken sind Anzahlen von Maßnahmen; die Tabelle darunter nennt alle Werte.",
      alt: `Gestapelte Balken je Berichtsrunde von ${names[0]} bis ${names[names.length - 1]}: Anteile der Maßnahmen je Umsetzungsstand. Alle Werte stehen in der Tabelle unter dem Diagramm.`,
    },
    table("Maßnahmen nach Umsetzungsstand und Berichtsrunde", roundColumns(r, h), h.byRound, {
      rowHeader: true,
      className: "tally",
    }),
    {
      kind: "chart",
      chart: "doneByYear",
      caption:
        "Abbildung 3: Umgesetzte Maßnahmen je Jahr (das Jahr der Berichtsrunde, in der eine Maßnahme zum ersten Mal als umgesetzt gemeldet wurde).",
      alt: `Säulen je Jahr: ${h.doneByYear.map((y) => `${y.year}: ${integer(y.count)}`).join(", ")}; zusammen ${integer(done)} umgesetzt.`,
    },
    table(
      "Umgesetzte Maßnahmen je Jahr",
      [
        { header: "Jahr", cell: (y: HistoryFigures["doneByYear"][number]) => y.year },
        { header: "erstmals umgesetzt gemeldet", cell: (y) => integer(y.count), numeric: true },
      ],
      h.doneByYear,
      { rowHeader: true },
    ),
    ...(h.postponed.length === 0
      ? [paragraph("Bei keiner Maßnahme hat sich das geplante Ende verschoben.")]
      : [
          paragraph(
            `Bei ${counted(h.postponed.length, "Maßnahme", "Maßnahmen")} liegt das geplante Ende heute später als in der ersten Runde, die sie kannte.`,
          ),
          table("Verschobene Enddaten", postponedColumns(r.labels), h.postponed),
        ]),
    ...(h.unchanged.length === 0
      ? [paragraph("Keine laufende Maßnahme ist seit zwei oder mehr Runden unverändert.")]
      : [
          paragraph(
            `${counted(h.unchanged.length, "Maßnahme meldet", "Maßnahmen melden")} seit zwei oder mehr Runden denselben Umsetzungsstand und Fortschritt (umgesetzte, entfallene und Daueraufgaben nicht gezählt).`,
          ),
          table("Seit zwei oder mehr Runden unverändert", unchangedColumns(label, r.labels), h.unchanged),
        ]),
    ...(h.neverReported.length === 0
      ? [paragraph("Zu jeder Maßnahme liegt aus mindestens einer Runde eine Meldung vor.")]
      : [
          paragraph(
            `${counted(h.neverReported.length, "Maßnahme wurde", "Maßnahmen wurden")} in keiner Runde gemeldet.`,
          ),
          table("Nie gemeldete Maßnahmen", measureColumns(r.labels), h.neverReported),
        ]),
  ];
};
