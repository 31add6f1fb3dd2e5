import type { RegisterRound } from "../../core";
import { itemColumns, type ItemColumn } from "../consolidated/item-columns";
import type { ListSheet } from "../consolidated/list-sheet";
import { excelDate, moreRowsText } from "../consolidated/sheet-kit";
import { REGISTER_SHEET, ROUNDS_HEADER } from "./register-labels";

const COLUMNS: readonly ItemColumn<RegisterRound>[] = [
  { header: ROUNDS_HEADER.name, width: 28, cell: (r) => r.name },
  { header: ROUNDS_HEADER.cutoff, width: 12, format: "dd.mm.yyyy", cell: (r) => excelDate(r.cutoff) },
  { header: ROUNDS_HEADER.deadline, width: 12, format: "dd.mm.yyyy", cell: (r) => excelDate(r.deadline) },
  { header: ROUNDS_HEADER.contact, width: 36, cell: (r) => r.contact },
];

/** Berichtsrunden: every round so far with its dates, so the next round needs no edit of the plan configuration. */
export const roundsList = (rounds: readonly RegisterRound[]): ListSheet => ({
  sheet: REGISTER_SHEET.rounds,
  table: "Berichtsrunden",
  ...itemColumns(COLUMNS, rounds),
  emptyText: "Noch keine Berichtsrunde.",
  overflowText: moreRowsText("Berichtsrunden"),
});
