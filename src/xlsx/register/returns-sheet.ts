import { punctuality, type ReturnRow } from "../../core";
import { itemColumns, type ItemColumn } from "../consolidated/item-columns";
import type { ListSheet } from "../consolidated/list-sheet";
import { excelDate, moreRowsText } from "../consolidated/sheet-kit";
import { PUNCTUALITY_DE, REGISTER_SHEET, RETURN_HEADER } from "./register-labels";

const COLUMNS: readonly ItemColumn<ReturnRow>[] = [
  { header: RETURN_HEADER.round, width: 24, cell: (r) => r.round },
  { header: RETURN_HEADER.office, width: 26, cell: (r) => r.office },
  { header: RETURN_HEADER.templateCreated, width: 12, format: "dd.mm.yyyy", cell: (r) => excelDate(r.templateCreated) },
  { header: RETURN_HEADER.versions, width: 10, cell: (r) => r.versions.length },
  { header: RETURN_HEADER.newestFile, width: 28, cell: (r) => r.newestFile },
  { header: RETURN_HEADER.newestReceived, width: 12, format: "dd.mm.yyyy", cell: (r) => excelDate(r.newestReceived) },
  { header: RETURN_HEADER.sha256, width: 20, cell: (r) => r.versions[r.versions.length - 1] ?? null },
  { header: RETURN_HEADER.deadline, width: 12, format: "dd.mm.yyyy", cell: (r) => excelDate(r.deadline) },
  { header: RETURN_HEADER.punctuality, width: 16, cell: (r) => PUNCTUALITY_DE[punctuality(r)] },
  { header: RETURN_HEADER.errors, width: 9, cell: (r) => r.errors },
  { header: RETURN_HEADER.feedbackWritten, width: 12, format: "dd.mm.yyyy", cell: (r) => excelDate(r.feedbackWritten) },
  {
    header: RETURN_HEADER.correctedReceived,
    width: 12,
    format: "dd.mm.yyyy",
    cell: (r) => excelDate(r.correctedReceived),
  },
  { header: RETURN_HEADER.olderFiles, width: 30, wrap: true, cell: (r) => r.olderFiles.join("; ") || null },
  { header: RETURN_HEADER.allVersions, width: 20, cell: (r) => r.versions.join("; ") || null },
];

/** Rücklauf: per round and office, what came in when, how many versions, on time or late. */
export const returnsList = (rows: readonly ReturnRow[]): ListSheet => ({
  sheet: REGISTER_SHEET.returns,
  table: "Ruecklauf",
  titleColumns: 2,
  ...itemColumns(COLUMNS, rows),
  emptyText: "Noch kein Rücklauf.",
  overflowText: moreRowsText("Zeilen"),
});
