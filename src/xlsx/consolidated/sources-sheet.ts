import type { Consolidation } from "../../core";
import type { ListSheet } from "./list-sheet";
import { moreRowsText, type OutColumn } from "./sheet-kit";
import { SHEET } from "./labels";

const STATUS_DE = { ok: "in Ordnung", invalid: "fehlerhaft", unreadable: "nicht lesbar" } as const;

const COLUMNS: OutColumn[] = [
  { header: "Datei", width: 32 },
  { header: "SHA-256", width: 20 },
  { header: "Status", width: 12 },
  { header: "federführendes Amt", width: 26 },
  { header: "Blatt", width: 14 },
  { header: "Zeilen", width: 8 },
  { header: "Fehler", width: 8 },
  { header: "Warnungen", width: 10 },
  { header: "Hinweise", width: 9 },
];

/** Quellen: each input file, its fingerprint, status and counts — proof of what the consolidation rests on. */
export const sourcesList = (c: Consolidation): ListSheet => ({
  sheet: SHEET.sources,
  table: "Quellen",
  columns: COLUMNS,
  count: c.inputs.length,
  row: (i) => {
    const r = c.inputs[i]!.result;
    const n = (s: string) => r.issues.filter((x) => x.severity === s).length;
    return [
      r.file,
      r.sha256,
      STATUS_DE[r.status],
      r.office ?? (r.offices.length ? r.offices.join("; ") : null),
      r.sheet,
      r.rows,
      n("error"),
      n("warning"),
      n("info"),
    ];
  },
  emptyText: "Keine Dateien gelesen.",
  overflowText: moreRowsText("Dateien"),
});
