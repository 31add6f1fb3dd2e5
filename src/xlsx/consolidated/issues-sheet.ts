import type ExcelJS from "exceljs";
import { COLUMN_TYPES, compareIssues, type Consolidation, type PlanConfig } from "../../core";
import { SEVERITY_DE, writeTable, type OutColumn } from "./sheet-kit";

export const MAX_ISSUE_ROWS = 1_000_000;

const COLUMNS: OutColumn[] = [
  { header: "Datei", width: 28 },
  { header: "Blatt", width: 14 },
  { header: "Zelle", width: 8 },
  { header: "Zeile", width: 7 },
  { header: "Spalte", width: 7 },
  { header: "Feld", width: 18 },
  { header: "Schwere", width: 10 },
  { header: "Code", width: 22 },
  { header: "Wert", width: 24, wrap: true },
  { header: "Meldung", width: 70, wrap: true },
];

/** Prüfbericht: every issue with file and cell, sorted by file then position — the list sent back to an office. */
export const writeIssuesSheet = (wb: ExcelJS.Workbook, c: Consolidation, plan: PlanConfig): void => {
  const ws = wb.addWorksheet("Prüfbericht");
  const label = new Map(plan.columns.map((col) => [col.key, col.label]));
  const sorted = [...c.issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : compareIssues({ ...a, params: {} }, { ...b, params: {} })));
  const rows = sorted.map((i) => [i.file, i.sheet, i.cell, i.row, i.column, i.field === null ? null : (label.get(i.field) ?? (i.field in COLUMN_TYPES ? i.field : null)), SEVERITY_DE[i.severity], i.code, i.value, i.message]);
  // A sheet holds at most 1,048,576 rows: beyond that the JSON report carries the full list.
  const shown = rows.length > MAX_ISSUE_ROWS ? rows.slice(0, MAX_ISSUE_ROWS) : rows;
  writeTable(ws, "Pruefbericht", COLUMNS, shown, "Keine Befunde: alle Dateien sind in Ordnung.");
  if (shown.length < rows.length) ws.getCell(1, COLUMNS.length + 2).value = `Nur die ersten ${shown.length} von ${rows.length} Befunden; die vollständige Liste steht im JSON-Bericht (--report-json).`;
};
