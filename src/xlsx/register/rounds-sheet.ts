import type { RegisterRound } from "../../core";
import type { ListSheet } from "../consolidated/list-sheet";
import { excelDate, moreRowsText } from "../consolidated/sheet-kit";
import { REGISTER_SHEET, ROUNDS_HEADER } from "./register-labels";

/** Berichtsrunden: every round so far with its dates, so the next round needs no edit of the plan configuration. */
export const roundsList = (rounds: readonly RegisterRound[]): ListSheet => ({
  sheet: REGISTER_SHEET.rounds,
  table: "Berichtsrunden",
  columns: [
    { header: ROUNDS_HEADER.name, width: 28 },
    { header: ROUNDS_HEADER.cutoff, width: 12, format: "dd.mm.yyyy" },
    { header: ROUNDS_HEADER.deadline, width: 12, format: "dd.mm.yyyy" },
    { header: ROUNDS_HEADER.contact, width: 36 },
  ],
  count: rounds.length,
  row: (i) => {
    const r = rounds[i]!;
    return [r.name, excelDate(r.cutoff), excelDate(r.deadline), r.contact];
  },
  emptyText: "Noch keine Berichtsrunde.",
  overflowText: moreRowsText("Berichtsrunden"),
});
