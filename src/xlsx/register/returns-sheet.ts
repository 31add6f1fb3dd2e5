import { punctuality, type ReturnRow } from "../../core";
import type { ListSheet } from "../consolidated/list-sheet";
import { excelDate, moreRowsText } from "../consolidated/sheet-kit";
import { PUNCTUALITY_DE, REGISTER_SHEET, RETURN_HEADER } from "./register-labels";

/** Rücklauf: per round and office, what came in when, how many versions, on time or late. */
export const returnsList = (rows: readonly ReturnRow[]): ListSheet => ({
  sheet: REGISTER_SHEET.returns,
  table: "Ruecklauf",
  titleColumns: 2,
  columns: [
    { header: RETURN_HEADER.round, width: 24 },
    { header: RETURN_HEADER.office, width: 26 },
    { header: RETURN_HEADER.templateCreated, width: 12, format: "dd.mm.yyyy" },
    { header: RETURN_HEADER.versions, width: 10 },
    { header: RETURN_HEADER.newestFile, width: 28 },
    { header: RETURN_HEADER.newestReceived, width: 12, format: "dd.mm.yyyy" },
    { header: RETURN_HEADER.sha256, width: 20 },
    { header: RETURN_HEADER.deadline, width: 12, format: "dd.mm.yyyy" },
    { header: RETURN_HEADER.punctuality, width: 16 },
    { header: RETURN_HEADER.errors, width: 9 },
    { header: RETURN_HEADER.feedbackWritten, width: 12, format: "dd.mm.yyyy" },
    { header: RETURN_HEADER.correctedReceived, width: 12, format: "dd.mm.yyyy" },
    { header: RETURN_HEADER.olderFiles, width: 30, wrap: true },
    { header: RETURN_HEADER.allVersions, width: 20 },
  ],
  count: rows.length,
  row: (i) => {
    const r = rows[i]!;
    return [
      r.round,
      r.office,
      excelDate(r.templateCreated),
      r.versions.length,
      r.newestFile,
      excelDate(r.newestReceived),
      r.versions[r.versions.length - 1] ?? null,
      excelDate(r.deadline),
      PUNCTUALITY_DE[punctuality(r)],
      r.errors,
      excelDate(r.feedbackWritten),
      excelDate(r.correctedReceived),
      r.olderFiles.join("; ") || null,
      r.versions.join("; ") || null,
    ];
  },
  emptyText: "Noch kein Rücklauf.",
  overflowText: moreRowsText("Zeilen"),
});
