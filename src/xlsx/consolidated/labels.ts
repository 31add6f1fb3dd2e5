import { NO_REPORT } from "../../core";

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

/** Column headers of the Änderungen sheet, and its kinds of change. */
export const CHANGE_HEADER = {
  measureId: "Maßnahmen-Nr.",
  measure: "Maßnahme",
  kind: "Änderung",
  statusBefore: "Umsetzungsstand vorher",
  statusNow: "Umsetzungsstand jetzt",
  progressBefore: "Fortschritt vorher",
  progressNow: "Fortschritt jetzt",
  noteBefore: "Sachstand vorher",
  noteNow: "Sachstand jetzt",
} as const;
export const CHANGE_KIND = {
  new: "neu",
  changed: "geändert",
  unchanged: "unverändert",
  missing: "nicht mehr gemeldet",
} as const;
