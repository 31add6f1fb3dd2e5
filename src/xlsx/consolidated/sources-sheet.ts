import type ExcelJS from "exceljs";
import type { Consolidation } from "../../core";
import { writeTable, type OutColumn } from "./sheet-kit";

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
export const writeSourcesSheet = (wb: ExcelJS.Workbook, c: Consolidation): void => {
  const ws = wb.addWorksheet("Quellen");
  const rows = c.inputs.map(({ result: r }) => {
    const n = (s: string) => r.issues.filter((i) => i.severity === s).length;
    return [r.file, r.sha256, STATUS_DE[r.status], r.office ?? (r.offices.length ? r.offices.join("; ") : null), r.sheet, r.rows, n("error"), n("warning"), n("info")];
  });
  writeTable(ws, "Quellen", COLUMNS, rows, "Keine Dateien gelesen.");
};
