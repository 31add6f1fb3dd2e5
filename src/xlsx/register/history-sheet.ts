import { NO_REPORT, reportSpan, type History, type HistoryCell } from "../../core";
import type { ListSheet } from "../consolidated/list-sheet";
import { excelDate, moreRowsText, type OutColumn, type OutValue } from "../consolidated/sheet-kit";
import type { SheetLabels } from "../consolidated/labels";
import {
  historyHeader,
  historyRoundHeader,
  REGISTER_SHEET,
  ROUND_SEPARATOR,
  type HistoryRoundColumn,
} from "./register-labels";

/** Width and format of each round column; the header is "<Runde>: <label>". */
const ROUND_COLUMNS: readonly (Omit<OutColumn, "header"> & { key: HistoryRoundColumn })[] = [
  { key: "status", width: 16 },
  { key: "progress", width: 11, format: "0%" },
  { key: "asOf", width: 12, format: "dd.mm.yyyy" },
  { key: "end", width: 12, format: "dd.mm.yyyy" },
  { key: "source", width: 24 },
];

const roundColumns = (round: string, l: SheetLabels): OutColumn[] => {
  const header = historyRoundHeader(l);
  return ROUND_COLUMNS.map(({ key, ...c }) => ({ ...c, header: `${round}${ROUND_SEPARATOR}${header[key]}` }));
};

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
export const historyList = (history: History, labels: SheetLabels): ListSheet => {
  const header = historyHeader(labels);
  return {
    sheet: REGISTER_SHEET.history,
    table: "Verlauf",
    titleColumns: 2,
    columns: [
      { header: header.measureId, width: 12 },
      { header: header.measure, width: 40, wrap: true },
      { header: header.leadOffice, width: 24 },
      { header: header.first, width: 20 },
      { header: header.last, width: 20 },
      ...history.rounds.flatMap((r) => roundColumns(r.name, labels)),
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
  };
};
