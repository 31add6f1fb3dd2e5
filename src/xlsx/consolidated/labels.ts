import { columnLabels, NO_REPORT, type PlanConfig } from "../../core";

/**
 * Names in the consolidated workbook that are read back as well as written: by `report`, by
 * `merge --previous` and by the own-output check. One definition, so writer and readers cannot drift.
 */
export const SHEET = {
  overview: "Übersicht",
  measures: "Maßnahmen",
  issues: "Prüfbericht",
  changes: "Änderungen",
  sources: "Quellen",
  missing: "Fehlende Meldungen",
  deviations: "Abweichungen vom Masterplan",
} as const;

/** Labels of the Übersicht's facts (column A; the value stands in column B). */
export const FACT = {
  plan: "Plan",
  runDate: "Stand (Datum des Laufs)",
  round: "Berichtsrunde",
  cutoff: "Stichtag (überfällig gemessen an diesem Tag)",
  files: "Dateien",
  unreadable: "davon nicht lesbar",
  rowsRead: "Zeilen gelesen",
  measures: "Maßnahmen (eindeutige Nummern)",
  errors: "Fehler",
  warnings: "Warnungen",
  shareDone: "Anteil umgesetzt (ohne entfallene)",
  meanProgress: "Durchschnittlicher Fortschritt",
  overdue: "überfällig",
  scope: "Grundlage der Zahlen",
  planned: "Maßnahmen im Masterplan (geplant)",
  reported: "davon gemeldet",
  unreported: "keine Meldung",
  replyRateMeasures: "Rücklauf Maßnahmen (gemeldet ÷ geplant)",
  notInMaster: "gemeldet, aber nicht im Masterplan (nicht gezählt)",
  officesExpected: "Ämter erwartet (federführend im Masterplan)",
  officesReplied: "Ämter mit Rückmeldung",
  replyRateOffices: "Rücklauf Ämter (mit Rückmeldung ÷ erwartet)",
  deviations: "Abweichungen vom Masterplan",
  coverageNeeded: "Deckungsvorschlag nötig",
  coverageMissing: "davon ohne benannten Deckungsvorschlag",
  // Read back by the next merge: a register of another plan is refused.
  planId: "Plan-ID",
  // From the register's Rücklauf, for the round just merged.
  returnsOnTime: "Rückmeldungen fristgerecht (Ämter, diese Runde)",
  returnsLate: "Rückmeldungen verspätet (Ämter, diese Runde)",
  returnRateOnTime: "Rücklauf fristgerecht (Ämter dieser Runde)",
} as const;

/** The values of FACT.scope: over the master plan's measures, or over the reported ones only. */
export const SCOPE = {
  master: "alle Maßnahmen des Masterplans (nicht gemeldete als „keine Meldung“)",
  reported: "nur gemeldete Maßnahmen (ohne Masterplan zusammengeführt)",
} as const;

/**
 * Columns of the Maßnahmen sheet after the plan's columns that `report` reads back: whether and how
 * a measure was reported (with --master every measure of the plan has a row), and its Geschäftsbereich.
 */
export const MEASURE_HEADER = { reporting: "Meldung", businessArea: "Geschäftsbereich" } as const;
export const REPORTING_LABEL = {
  reported: "gemeldet",
  unreported: NO_REPORT,
  notInMaster: "nicht im Masterplan",
} as const;

/**
 * How the own sheets spelt the plan's columns before they took the plan's labels. Readers accept
 * it beside the plan's label, so a register written by an earlier version is still read.
 */
export const FORMER_LABEL = {
  measureId: "Maßnahmen-Nr.",
  measure: "Maßnahme",
  field: "Handlungsfeld",
  leadOffice: "federführend",
  status: "Umsetzungsstand",
  progress: "Fortschritt",
  asOf: "Stand",
  end: "Ende",
  note: "Sachstand",
} as const;
export type SheetLabels = Readonly<Record<keyof typeof FORMER_LABEL, string>>;

/** The own sheets' names for plan columns: the plan's label; the former spelling where the plan lacks the column. */
export const sheetLabels = (plan: PlanConfig): SheetLabels => {
  const labels = columnLabels(plan);
  return Object.fromEntries(
    Object.entries(FORMER_LABEL).map(([key, former]) => [key, labels[key as keyof SheetLabels] ?? former]),
  ) as SheetLabels;
};

/** Column headers of the Änderungen sheet, and its kinds of change. */
export const changeHeader = (l: SheetLabels) =>
  ({
    measureId: l.measureId,
    measure: l.measure,
    kind: "Änderung",
    statusBefore: `${l.status} vorher`,
    statusNow: `${l.status} jetzt`,
    progressBefore: `${l.progress} vorher`,
    progressNow: `${l.progress} jetzt`,
    noteBefore: `${l.note} vorher`,
    noteNow: `${l.note} jetzt`,
  }) as const;
export const CHANGE_KIND = {
  new: "neu",
  changed: "geändert",
  unchanged: "unverändert",
  missing: "nicht mehr gemeldet",
} as const;
