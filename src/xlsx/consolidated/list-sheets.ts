import {
  businessAreas,
  columnLabels,
  germanDate,
  NO_REPORT,
  type ColumnKey,
  type Consolidation,
  type Change,
  type PlanConfig,
  type PlanEntry,
} from "../../core";
import { itemColumns, type ItemColumn } from "./item-columns";
import type { ListSheet } from "./list-sheet";
import { excelDate, fileName, moreRowsText, type OutValue } from "./sheet-kit";
import { changeHeader, CHANGE_KIND, MEASURE_HEADER, SHEET, sheetLabels } from "./labels";

/** A column of a list under the plan's label of `key`; with key null its own header stays. */
type KeyedColumn<T> = Omit<ItemColumn<T>, "header"> &
  ({ readonly key: ColumnKey } | { readonly key: null; readonly header: string });

/** The columns under their plan labels; a plan column the plan lacks is left out. */
const planColumns = <T>(plan: PlanConfig, columns: readonly KeyedColumn<T>[]): ItemColumn<T>[] => {
  const labels = columnLabels(plan);
  return columns.flatMap((c) => {
    const header = c.key === null ? c.header : labels[c.key];
    const { key, ...column } = c;
    return header === undefined ? [] : [{ ...column, header }];
  });
};

/** A measure's main columns in the lists of measures (Deckungsvorschläge, Überfällig). */
const measureColumns = (plan: PlanConfig): ItemColumn<PlanEntry>[] => {
  const areaOf = businessAreas(plan);
  return planColumns<PlanEntry>(plan, [
    { key: "measureId", width: 12, cell: (e) => e.measureId },
    { key: "field", width: 26, cell: (e) => e.row.field },
    { key: "measure", width: 45, wrap: true, cell: (e) => e.row.measure },
    { key: "leadOffice", width: 24, cell: (e) => e.row.leadOffice },
    { key: null, header: MEASURE_HEADER.businessArea, width: 28, cell: (e) => areaOf(e.row.leadOffice) },
    // A measure nobody reported shows "keine Meldung" as its status and no source file.
    { key: "status", width: 16, cell: (e) => (e.reporting === "unreported" ? NO_REPORT : e.row.status) },
    { key: "progress", width: 11, format: "0%", cell: (e) => (e.row.progress === null ? null : e.row.progress / 100) },
    { key: "end", width: 12, format: "dd.mm.yyyy", cell: (e) => excelDate(e.row.end) },
    { key: null, header: "Quelle", width: 28, cell: (e) => (e.measure ? fileName(e.measure.chosen.file) : null) },
  ]);
};

type Covered = NonNullable<Consolidation["coverage"]>[number];

/**
 * Deckungsvorschläge: budget "ja" or a new voluntary service, and whether the Deckungsvorschlag
 * column names one (a Sachstand never counts, a bare "ja" neither).
 */
export const coverageList = (c: Consolidation, plan: PlanConfig): ListSheet | null => {
  if (!c.coverage) return null;
  const proposal = columnLabels(plan).coverageProposal ?? "Deckungsvorschlag";
  const columns: ItemColumn<Covered>[] = [
    ...measureColumns(plan).map((m) => ({ ...m, cell: (x: Covered) => m.cell(x.entry) })),
    ...planColumns<Covered>(plan, [
      { key: "budget", width: 20, cell: (x) => x.entry.row.budget },
      { key: "coverageProposal", width: 36, wrap: true, cell: (x) => x.entry.row.coverageProposal },
      { key: "coverageState", width: 14, cell: (x) => x.entry.row.coverageState },
      { key: "committee", width: 18, cell: (x) => x.entry.row.committee },
      { key: "proposalNo", width: 12, cell: (x) => x.entry.row.proposalNo },
      { key: null, header: `${proposal} vorhanden`, width: 14, cell: (x) => (x.hasProposal ? "ja" : "nein") },
    ]),
  ];
  return {
    sheet: "Deckungsvorschläge",
    table: "Deckungsvorschlaege",
    titleColumns: 3,
    ...itemColumns(columns, c.coverage),
    emptyText: "Keine Maßnahme braucht einen Deckungsvorschlag.",
    overflowText: moreRowsText("Maßnahmen"),
  };
};

/** Überfällig: past the planned end and not done, dropped or ongoing. */
export const overdueList = (c: Consolidation, plan: PlanConfig): ListSheet => ({
  sheet: "Überfällig",
  table: "Ueberfaellig",
  ...itemColumns(measureColumns(plan), c.overdue),
  titleColumns: 3,
  emptyText: `Keine überfälligen Maßnahmen (Stichtag ${germanDate(c.today)}).`,
  overflowText: moreRowsText("Maßnahmen"),
});

/** Fehlende Meldungen (with --master): not reported, offices without a file, reported but unknown to the master. */
export const missingList = (c: Consolidation, plan: PlanConfig): ListSheet | null => {
  if (!c.missing) return null;
  const labels = sheetLabels(plan);
  const { notReported, silentOffices, notInMaster } = c.missing;
  const row = (i: number): OutValue[] => {
    if (i < notReported.length) {
      const m = notReported[i]!;
      return ["nicht gemeldet", m.measureId, m.field, m.measure, m.leadOffice, "Masterplan"];
    }
    const j = i - notReported.length;
    if (j < silentOffices.length) return ["Amt ohne Rückmeldung", null, null, null, silentOffices[j]!, null];
    const m = notInMaster[j - silentOffices.length]!;
    return [
      "nicht im Masterplan",
      m.chosen.record.row.measureId,
      m.chosen.record.row.field,
      m.chosen.record.row.measure,
      m.chosen.record.row.leadOffice,
      fileName(m.chosen.file),
    ];
  };
  return {
    sheet: SHEET.missing,
    table: "FehlendeMeldungen",
    titleColumns: 4,
    columns: [
      { header: "Art", width: 34 },
      { header: labels.measureId, width: 12 },
      { header: labels.field, width: 26 },
      { header: labels.measure, width: 45, wrap: true },
      { header: labels.leadOffice, width: 24 },
      { header: "Quelle", width: 28 },
    ],
    count: notReported.length + silentOffices.length + notInMaster.length,
    row,
    emptyText: "Alle Maßnahmen des Masterplans wurden gemeldet.",
    overflowText: moreRowsText("Einträge"),
  };
};

/**
 * Abweichungen vom Masterplan (with --master): every office value that differs from a master column.
 * The consolidated row keeps the master's value; a changed end date is a proposed Terminverschiebung.
 */
export const deviationsList = (c: Consolidation, plan: PlanConfig): ListSheet | null => {
  if (!c.withMaster) return null;
  return {
    sheet: SHEET.deviations,
    table: "Abweichungen",
    columns: [
      { header: sheetLabels(plan).measureId, width: 12 },
      { header: "Spalte", width: 22 },
      { header: "Wert im Masterplan", width: 36, wrap: true },
      { header: "Wert des Amtes", width: 36, wrap: true },
      { header: "Art", width: 30 },
      { header: "Quelle", width: 28 },
      { header: "Blatt", width: 14 },
      { header: "Zelle", width: 8 },
    ],
    count: c.deviations.length,
    row: (i) => {
      const d = c.deviations[i]!;
      const kind = d.key === "end" ? "vorgeschlagene Terminverschiebung" : "Abweichung (Wert des Masterplans gilt)";
      return [d.measureId, d.column, d.master, d.office, kind, d.file, d.sheet, d.cell];
    },
    emptyText: "Keine Meldung weicht in den Spalten des Masterplans vom Masterplan ab.",
    overflowText: moreRowsText("Abweichungen"),
  };
};

const pct = (n: number | null | undefined) => (n === null || n === undefined ? null : n / 100);

/** Änderungen (with --previous): status and progress against the earlier consolidated workbook. */
export const changesList = (c: Consolidation, plan: PlanConfig): ListSheet | null => {
  if (!c.changes) return null;
  const header = changeHeader(sheetLabels(plan));
  const columns: ItemColumn<Change>[] = [
    { header: header.measureId, width: 12, cell: (x) => x.measureId },
    { header: header.measure, width: 40, wrap: true, cell: (x) => x.measure },
    { header: header.kind, width: 14, cell: (x) => CHANGE_KIND[x.kind] },
    { header: header.statusBefore, width: 18, cell: (x) => x.before?.status ?? null },
    { header: header.statusNow, width: 18, cell: (x) => x.after?.status ?? null },
    { header: header.progressBefore, width: 11, format: "0%", cell: (x) => pct(x.before?.progress) },
    { header: header.progressNow, width: 11, format: "0%", cell: (x) => pct(x.after?.progress) },
    { header: header.noteBefore, width: 40, wrap: true, cell: (x) => x.before?.note ?? null },
    { header: header.noteNow, width: 40, wrap: true, cell: (x) => x.after?.note ?? null },
  ];
  return {
    sheet: SHEET.changes,
    table: "Aenderungen",
    ...itemColumns(columns, c.changes),
    emptyText: "Keine Maßnahmen zum Vergleich.",
    overflowText: moreRowsText("Maßnahmen"),
  };
};
