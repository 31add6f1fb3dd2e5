import { FILE_STATUS_DE, type Consolidation } from "../../core";
import type { ListSheet } from "./list-sheet";
import { itemColumns, type ItemColumn } from "./item-columns";
import { moreRowsText } from "./sheet-kit";
import { SHEET } from "./labels";

type Input = Consolidation["inputs"][number];
const issuesOf = (i: Input, severity: string) => i.result.issues.filter((x) => x.severity === severity).length;

const COLUMNS: readonly ItemColumn<Input>[] = [
  { header: "Datei", width: 32, cell: (i) => i.result.file },
  { header: "SHA-256", width: 20, cell: (i) => i.result.sha256 },
  { header: "Status", width: 12, cell: (i) => FILE_STATUS_DE[i.result.status] },
  {
    header: "federführendes Amt",
    width: 26,
    cell: ({ result: r }) => r.office ?? (r.offices.length ? r.offices.join("; ") : null),
  },
  { header: "Blatt", width: 14, cell: (i) => i.result.sheet },
  { header: "Zeilen", width: 8, cell: (i) => i.result.rows },
  { header: "Fehler", width: 8, cell: (i) => issuesOf(i, "error") },
  { header: "Warnungen", width: 10, cell: (i) => issuesOf(i, "warning") },
  { header: "Hinweise", width: 9, cell: (i) => issuesOf(i, "info") },
];

/** Quellen: each input file, its fingerprint, status and counts — proof of what the consolidation rests on. */
export const sourcesList = (c: Consolidation): ListSheet => ({
  sheet: SHEET.sources,
  table: "Quellen",
  ...itemColumns(COLUMNS, c.inputs),
  emptyText: "Keine Dateien gelesen.",
  overflowText: moreRowsText("Dateien"),
});
