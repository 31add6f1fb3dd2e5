import { NO_REPORT, reportSpan, type History, type HistoryCell } from "../../core";
import type { ListSheet } from "../consolidated/list-sheet";
import { excelDate, moreRowsText, type OutColumn, type OutValue } from "../consolidated/sheet-kit";
import { HISTORY_HEADER, HISTORY_ROUND_HEADER, REGISTER_SHEET, ROUND_SEPARATOR } from "./register-labels";

const roundColumns = (round: string): OutColumn[] => [
  { header: `${round}${ROUND_SEPARATOR}${HISTORY_ROUND_HEADER.status}`, width: 16 },
  { header: `${round}${ROUND_SEPARATOR}${HISTORY_ROUND_HEADER.progress}`, width: 11, format: "0%" },
  { header: `${round}${ROUND_SEPARATOR}${HISTORY_ROUND_HEADER.asOf}`, width: 12, format: "dd.mm.yyyy" },
  { header: `${round}${ROUND_SEPARATOR}${HISTORY_ROUND_HEADER.end}`, width: 12, format: "dd.mm.yyyy" },
  { header: `${round}${ROUND_SEPARATOR}${HISTORY_ROUND_HEADER.source}`, width: 24 },
];

/** A round that did not know the measure stays blank; one that knew it unreported says "keine Meldung". */
const roundCells = (cell: HistoryCell | undefined): OutValue[] =>
  cell === undefined
    ? [null, null, null, null, null]
    : [
        cell.reported ? cell.status : NO_REPORT,
        cell.progress === null ? null : cell.progress / 100,
        excelDate(cell.asOf),
        excelDate(cell.end),
        cell.source,
      ];

/** Verlauf: one row per measure, per round what it said — every round so far, oldest first. */
export const historyList = (history: History): ListSheet => ({
  sheet: REGISTER_SHEET.history,
  table: "Verlauf",
  titleColumns: 2,
  columns: [
    { header: HISTORY_HEADER.measureId, width: 12 },
    { header: HISTORY_HEADER.measure, width: 40, wrap: true },
    { header: HISTORY_HEADER.leadOffice, width: 24 },
    { header: HISTORY_HEADER.first, width: 20 },
    { header: HISTORY_HEADER.last, width: 20 },
    ...history.rounds.flatMap((r) => roundColumns(r.name)),
  ],
  count: history.rows.length,
  row: (i) => {
    const row = history.rows[i]!;
    const span = reportSpan(row, history.rounds);
    return [
      row.measureId,
      row.measure,
      row.leadOffice,
      span.first,
      span.last,
      ...history.rounds.flatMap((r) => roundCells(row.rounds[r.name])),
    ];
  },
  emptyText: "Noch kein Verlauf.",
  overflowText: moreRowsText("Maßnahmen"),
});
