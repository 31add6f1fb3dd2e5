import type { ConsolidatedMeasure, Consolidation } from "../../core";
import type { ListSheet } from "./list-sheet";
import { excelDate, fileName, moreRowsText, type OutColumn, type OutValue } from "./sheet-kit";
import { CHANGE_HEADER, CHANGE_KIND, SHEET } from "./labels";

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
  return [r.measureId, r.field, r.measure, r.leadOffice, r.status, r.progress === null ? null : r.progress / 100, excelDate(r.end), fileName(m.chosen.file)];
};

/** Deckungsvorschläge: budget "ja" or a new voluntary service, and whether a proposal or note exists. */
export const coverageList = (c: Consolidation): ListSheet => ({
  sheet: "Deckungsvorschläge",
  table: "Deckungsvorschlaege",
  titleColumns: 3,
  columns: [...MEASURE_COLUMNS, { header: "Haushaltsrelevanz", width: 20 }, { header: "Deckungsvorschlag", width: 36, wrap: true }, { header: "Stand Deckungsvorschlag", width: 14 }, { header: "Deckungsvorschlag vorhanden", width: 14 }],
  count: c.coverage.length,
  row: (i) => {
    const { measure, hasProposal } = c.coverage[i]!;
    const r = measure.chosen.record.row;
    return [...measureCells(measure), r.budget, r.coverageProposal ?? r.note, r.coverageState, hasProposal ? "ja" : "nein"];
  },
  emptyText: "Keine Maßnahme braucht einen Deckungsvorschlag.",
  overflowText: moreRowsText("Maßnahmen"),
});

/** Überfällig: past the planned end and not done, dropped or ongoing. */
export const overdueList = (c: Consolidation): ListSheet => ({
  sheet: "Überfällig",
  table: "Ueberfaellig",
  columns: MEASURE_COLUMNS,
  titleColumns: 3,
  count: c.overdue.length,
  row: (i) => measureCells(c.overdue[i]!),
  emptyText: `Keine überfälligen Maßnahmen (Stichtag ${c.today}).`,
  overflowText: moreRowsText("Maßnahmen"),
});

/** Fehlende Meldungen (with --master): not reported, offices without a file, reported but unknown to the master. */
export const missingList = (c: Consolidation): ListSheet | null => {
  if (!c.missing) return null;
  const { notReported, silentOffices, notInMaster } = c.missing;
  const row = (i: number): OutValue[] => {
    if (i < notReported.length) {
      const m = notReported[i]!;
      return ["nicht gemeldet", m.measureId, m.field, m.measure, m.leadOffice, "Masterplan"];
    }
    const j = i - notReported.length;
    if (j < silentOffices.length) return ["Amt ohne Rückmeldung", null, null, null, silentOffices[j]!, null];
    const m = notInMaster[j - silentOffices.length]!;
    return ["nicht im Masterplan", m.chosen.record.row.measureId, m.chosen.record.row.field, m.chosen.record.row.measure, m.chosen.record.row.leadOffice, fileName(m.chosen.file)];
  };
  return {
    sheet: "Fehlende Meldungen",
    table: "FehlendeMeldungen",
    titleColumns: 4,
    columns: [
      { header: "Art", width: 34 },
      { header: "Maßnahmen-Nr.", width: 12 },
      { header: "Handlungsfeld", width: 26 },
      { header: "Maßnahme", width: 45, wrap: true },
      { header: "federführend", width: 24 },
      { header: "Quelle", width: 28 },
    ],
    count: notReported.length + silentOffices.length + notInMaster.length,
    row,
    emptyText: "Alle Maßnahmen des Masterplans wurden gemeldet.",
    overflowText: moreRowsText("Einträge"),
  };
};

const pct = (n: number | null | undefined) => (n === null || n === undefined ? null : n / 100);

/** Änderungen (with --previous): status and progress against the earlier consolidated workbook. */
export const changesList = (c: Consolidation): ListSheet | null => {
  const changes = c.changes;
  if (!changes) return null;
  return {
    sheet: SHEET.changes,
    table: "Aenderungen",
    columns: [
      { header: CHANGE_HEADER.measureId, width: 12 },
      { header: CHANGE_HEADER.kind, width: 12 },
      { header: CHANGE_HEADER.statusBefore, width: 18 },
      { header: CHANGE_HEADER.statusNow, width: 18 },
      { header: CHANGE_HEADER.progressBefore, width: 11, format: "0%" },
      { header: CHANGE_HEADER.progressNow, width: 11, format: "0%" },
    ],
    count: changes.length,
    row: (i) => {
      const x = changes[i]!;
      return [x.measureId, CHANGE_KIND[x.kind], x.before?.status ?? null, x.after.status, pct(x.before?.progress), pct(x.after.progress)];
    },
    emptyText: "Keine Maßnahmen zum Vergleich.",
    overflowText: moreRowsText("Maßnahmen"),
  };
};
