/** The honest mistakes an office makes when it keeps its own table; each example file lists what it plants. */
export type MistakeKind =
  | "office-abbreviation"
  | "status-synonym"
  | "status-trailing-space"
  | "status-unknown"
  | "status-progress-mismatch"
  | "budget-ambiguous"
  | "coverage-missing"
  | "id-as-date"
  | "id-as-number"
  | "id-duplicate"
  | "overdue"
  | "date-as-text"
  | "progress-as-text"
  | "blank-row"
  | "totals-row"
  | "formula-cell"
  | "date-1904";

/** Where a mistake sits, as Excel shows it, so end-to-end tests can expect a finding at that cell. */
export interface PlantedMistake {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly kind: MistakeKind;
  readonly detail: string;
}
