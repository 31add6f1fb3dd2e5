/**
 * Names in the consolidated workbook that are read back as well as written: by `report`, by
 * `merge --previous` and by the own-output check. One definition, so writer and readers cannot drift.
 */
export const SHEET = { overview: "Übersicht", measures: "Maßnahmen", issues: "Prüfbericht", changes: "Änderungen", sources: "Quellen" } as const;

/** Labels of the Übersicht's facts (column A; the value stands in column B). */
export const FACT = {
  plan: "Plan",
  runDate: "Stand (Datum des Laufs)",
  files: "Dateien",
  unreadable: "davon nicht lesbar",
  rowsRead: "Zeilen gelesen",
  measures: "Maßnahmen (eindeutige Nummern)",
  errors: "Fehler",
  warnings: "Warnungen",
  shareDone: "Anteil umgesetzt (ohne entfallene)",
  meanProgress: "Durchschnittlicher Fortschritt",
  overdue: "überfällig",
} as const;

/** Column headers of the Änderungen sheet, and its kinds of change. */
export const CHANGE_HEADER = {
  measureId: "Maßnahmen-Nr.",
  kind: "Änderung",
  statusBefore: "Umsetzungsstand vorher",
  statusNow: "Umsetzungsstand jetzt",
  progressBefore: "Fortschritt vorher",
  progressNow: "Fortschritt jetzt",
} as const;
export const CHANGE_KIND = { new: "neu", changed: "geändert", unchanged: "unverändert" } as const;
