import type ExcelJS from "exceljs";
import type { ConsolidatedMeasure, Consolidation } from "../../core";
import { excelDate, writeTable, type OutColumn, type OutValue } from "./sheet-kit";

const MEASURE_COLUMNS: OutColumn[] = [
  { header: "Maßnahmen-Nr.", width: 12 },
  { header: "Handlungsfeld", width: 26 },
  { header: "Maßnahme", width: 45, wrap: true },
  { header: "federführend", width: 24 },
  { header: "Umsetzungsstand", width: 16 },
  { header: "Fortschritt", width: 11, format: "0%" },
  { header: "Ende", width: 12, format: "dd.mm.yyyy" },
  { header: "Quelle", width: 28 },
];

const measureCells = (m: ConsolidatedMeasure): OutValue[] => {
  const r = m.chosen.record.row;
  return [r.measureId, r.field, r.measure, r.leadOffice, r.status, r.progress === null ? null : r.progress / 100, excelDate(r.end), m.chosen.file];
};

/** Deckungsvorschläge: budget "ja" or a new voluntary service, and whether a proposal or note exists. */
export const writeCoverageSheet = (wb: ExcelJS.Workbook, c: Consolidation): void => {
  const ws = wb.addWorksheet("Deckungsvorschläge");
  const columns: OutColumn[] = [...MEASURE_COLUMNS, { header: "Haushaltsrelevanz", width: 20 }, { header: "Deckungsvorschlag", width: 36, wrap: true }, { header: "Stand Deckungsvorschlag", width: 14 }, { header: "Deckungsvorschlag vorhanden", width: 14 }];
  const rows = c.coverage.map(({ measure, hasProposal }) => {
    const r = measure.chosen.record.row;
    return [...measureCells(measure), r.budget, r.coverageProposal ?? r.note, r.coverageState, hasProposal ? "ja" : "nein"];
  });
  writeTable(ws, "Deckungsvorschlaege", columns, rows, "Keine Maßnahme braucht einen Deckungsvorschlag.");
};

/** Überfällig: past the planned end and not done, dropped or ongoing. */
export const writeOverdueSheet = (wb: ExcelJS.Workbook, c: Consolidation): void => {
  const ws = wb.addWorksheet("Überfällig");
  writeTable(ws, "Ueberfaellig", MEASURE_COLUMNS, c.overdue.map(measureCells), `Keine überfälligen Maßnahmen (Stichtag ${c.today}).`);
};

/** Fehlende Meldungen (with --master): not reported, offices without a file, reported but unknown to the master. */
export const writeMissingSheet = (wb: ExcelJS.Workbook, c: Consolidation): void => {
  if (!c.missing) return;
  const ws = wb.addWorksheet("Fehlende Meldungen");
  const columns: OutColumn[] = [
    { header: "Art", width: 34 },
    { header: "Maßnahmen-Nr.", width: 12 },
    { header: "Handlungsfeld", width: 26 },
    { header: "Maßnahme", width: 45, wrap: true },
    { header: "federführend", width: 24 },
    { header: "Quelle", width: 28 },
  ];
  const rows: OutValue[][] = [
    ...c.missing.notReported.map((m) => ["nicht gemeldet", m.measureId, m.field, m.measure, m.leadOffice, "Masterplan"]),
    ...c.missing.silentOffices.map((o) => ["Amt ohne Rückmeldung", null, null, null, o, null]),
    ...c.missing.notInMaster.map((m) => ["nicht im Masterplan", m.chosen.record.row.measureId, m.chosen.record.row.field, m.chosen.record.row.measure, m.chosen.record.row.leadOffice, m.chosen.file]),
  ];
  writeTable(ws, "FehlendeMeldungen", columns, rows, "Alle Maßnahmen des Masterplans wurden gemeldet.");
};

const KIND_DE = { new: "neu", changed: "geändert", unchanged: "unverändert" } as const;

/** Änderungen (with --previous): status and progress against the earlier consolidated workbook. */
export const writeChangesSheet = (wb: ExcelJS.Workbook, c: Consolidation): void => {
  if (!c.changes) return;
  const ws = wb.addWorksheet("Änderungen");
  const columns: OutColumn[] = [
    { header: "Maßnahmen-Nr.", width: 12 },
    { header: "Änderung", width: 12 },
    { header: "Umsetzungsstand vorher", width: 18 },
    { header: "Umsetzungsstand jetzt", width: 18 },
    { header: "Fortschritt vorher", width: 11, format: "0%" },
    { header: "Fortschritt jetzt", width: 11, format: "0%" },
  ];
  const pct = (n: number | null | undefined) => (n === null || n === undefined ? null : n / 100);
  const rows = c.changes.map((x) => [x.measureId, KIND_DE[x.kind], x.before?.status ?? null, x.after.status, pct(x.before?.progress), pct(x.after.progress)]);
  writeTable(ws, "Aenderungen", columns, rows, "Keine Maßnahmen zum Vergleich.");
};
