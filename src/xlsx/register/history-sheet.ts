import { NO_REPORT, reportSpan, type HistoryCell, type HistoryRow, type NextHistory } from "../../core";
import { lazyItemColumns, type ItemColumn } from "../consolidated/item-columns";
import type { ListSheet } from "../consolidated/list-sheet";
import { excelDate, moreRowsText } from "../consolidated/sheet-kit";
import type { SheetLabels } from "../consolidated/labels";
import {
  historyHeader,
  historyRoundHeader,
  REGISTER_SHEET,
  ROUND_SEPARATOR,
  type HistoryRoundColumn,
} from "./register-labels";

/**
 * A round's five columns, "<Runde>: <label>". A round that did not know the measure stays blank;
 * one that knew it unreported says "keine Meldung".
 */
const roundColumns = (round: string, l: SheetLabels): ItemColumn<HistoryRow>[] => {
  const header = historyRoundHeader(l);
  const at = (key: HistoryRoundColumn) => `${round}${ROUND_SEPARATOR}${header[key]}`;
  const of = (row: HistoryRow): HistoryCell | undefined => row.rounds[round];
  return [
    {
      header: at("status"),
      width: 16,
      cell: (r) => {
        const c = of(r);
        return c === undefined ? null : c.reported ? c.status : NO_REPORT;
      },
    },
    {
      header: at("progress"),
      width: 11,
      format: "0%",
      cell: (r) => {
        const p = of(r)?.progress;
        return p === undefined || p === null ? null : p / 100;
      },
    },
    { header: at("asOf"), width: 12, format: "dd.mm.yyyy", cell: (r) => excelDate(of(r)?.asOf ?? null) },
    { header: at("end"), width: 12, format: "dd.mm.yyyy", cell: (r) => excelDate(of(r)?.end ?? null) },
    { header: at("source"), width: 24, cell: (r) => of(r)?.source ?? null },
  ];
};

/** Verlauf: one row per measure, per round what it said — every round so far, oldest first. */
export const historyList = (history: NextHistory, labels: SheetLabels): ListSheet => {
  const header = historyHeader(labels);
  const span = (row: HistoryRow) => reportSpan(row, history.rounds);
  const columns: ItemColumn<HistoryRow>[] = [
    { header: header.measureId, width: 12, cell: (r) => r.measureId },
    { header: header.measure, width: 40, wrap: true, cell: (r) => r.measure },
    { header: header.leadOffice, width: 24, cell: (r) => r.leadOffice },
    { header: header.first, width: 20, cell: (r) => span(r).first },
    { header: header.last, width: 20, cell: (r) => span(r).last },
    ...history.rounds.flatMap((r) => roundColumns(r.name, labels)),
  ];
  return {
    sheet: REGISTER_SHEET.history,
    table: "Verlauf",
    titleColumns: 2,
    ...lazyItemColumns(columns, history.count, history.row),
    emptyText: "Noch kein Verlauf.",
    overflowText: moreRowsText("Maßnahmen"),
  };
};
