import type { SheetLabels } from "../consolidated/labels";

/**
 * Sheet names and headers of the plan register (the consolidated workbook read back by the next
 * merge). Written and read from this one list, so writer and reader cannot drift; scripts depend on
 * the names (issue 15, "Interface").
 */
export const REGISTER_SHEET = {
  history: "Verlauf",
  rounds: "Berichtsrunden",
  decisions: "Entscheidungen",
  returns: "Rücklauf",
} as const;

/** Verlauf's columns before the rounds; plan columns under the plan's labels. */
export const historyHeader = (l: SheetLabels) =>
  ({
    measureId: l.measureId,
    measure: l.measure,
    leadOffice: l.leadOffice,
    first: "Erste Meldung",
    last: "Letzte Meldung",
  }) as const;

/** The columns each round has on Verlauf, as "<Runde>: <Spalte>". */
export const historyRoundHeader = (l: SheetLabels) =>
  ({
    status: l.status,
    progress: l.progress,
    asOf: l.asOf,
    end: `${l.end} (geplant)`,
    source: "Quelle",
  }) as const;
export type HistoryRoundColumn = keyof ReturnType<typeof historyRoundHeader>;

/** Between a round's name and its column's label; the name may itself hold a colon, so the last one counts. */
export const ROUND_SEPARATOR = ": ";

export const ROUNDS_HEADER = {
  name: "Berichtsrunde",
  cutoff: "Stichtag",
  deadline: "Abgabefrist",
  contact: "Ansprechperson",
} as const;

/** Entscheidungen: the coordinator's columns first, then what the merge writes back. */
export const decisionHeader = (l: SheetLabels) =>
  ({
    measureId: l.measureId,
    column: "Feld",
    kind: "Art",
    value: "Wert",
    reason: "Begründung",
    by: "Von",
    on: "Am",
    status: "Status",
    note: "Hinweis",
    basis: "Grundlage",
    origin: "Herkunft",
  }) as const;

export const DECISION_STATUS_DE = {
  applied: "angewendet",
  check: "Entscheidung prüfen",
  invalid: "ungültig",
} as const;

/** Rücklauf: one row per office and round. */
export const RETURN_HEADER = {
  round: "Berichtsrunde",
  office: "Amt",
  templateCreated: "Vorlage erstellt",
  versions: "Fassungen",
  newestFile: "neueste Datei",
  newestReceived: "Eingang (neueste)",
  sha256: "SHA-256 (neueste)",
  deadline: "Abgabefrist",
  punctuality: "fristgerecht",
  errors: "Fehler (neueste)",
  feedbackWritten: "Rückmeldung geschrieben",
  correctedReceived: "korrigierte Fassung eingegangen",
  olderFiles: "frühere Fassungen (nicht erneut zusammengeführt)",
  allVersions: "alle SHA-256",
} as const;

export const PUNCTUALITY_DE = { "on-time": "fristgerecht", late: "verspätet", none: "keine Rückmeldung" } as const;
