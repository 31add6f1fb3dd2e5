import type { CellValue } from "../cell";
import type { ColumnKey } from "../columns/catalogue";
import type { Issue } from "../issue";

/** The kinds of decision, exactly as the coordinator picks them on the Entscheidungen sheet (issue 15, "Interface"). */
export const DECISION_KINDS = [
  "Quelle wählen",
  "Wert setzen",
  "Befund akzeptieren",
  "Terminverschiebung annehmen",
  "Kommentar",
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export type DecisionStatus = "applied" | "check" | "invalid";

/** A row of the Entscheidungen sheet as typed, with where each of its cells is. */
export interface DecisionRow {
  readonly sheet: string;
  readonly row: number;
  /** A1 addresses of the row's cells, by column, for messages. */
  readonly cells: {
    readonly measureId: string;
    readonly column: string;
    readonly kind: string;
    readonly value: string;
    readonly reason: string;
    readonly on: string;
  };
  readonly measureId: string | null;
  /** The column as typed in "Feld" (a label of the plan, e.g. "Fortschritt"). */
  readonly column: string | null;
  readonly kind: string | null;
  /** "Wert" as the cell holds it (a number, a date, text), with its number format. */
  readonly value: CellValue;
  readonly valueFormat?: string;
  readonly reason: string | null;
  readonly by: string | null;
  /** "Am" as an ISO date; undefined when the cell holds something that is no date. */
  readonly on: string | null | undefined;
  /** The office's value when the decision was first applied (written by the merge). */
  readonly basis: string | null;
  /** Where the row came from when a merge turned a drop-down choice into it ("Konflikte", …). */
  readonly origin: string | null;
}

/** What became of a decision in this merge. */
export interface DecisionOutcome {
  readonly decision: DecisionRow;
  /** The kind, when the row names a known one. */
  readonly kind: DecisionKind | null;
  readonly key: ColumnKey | null;
  readonly status: DecisionStatus;
  /** The finding that says why the decision needs a look or cannot be applied (null when applied). */
  readonly issue: Issue | null;
  /** The office's value the decision rests on (kept across merges to notice a change). */
  readonly basis: string | null;
  /** Decided value as shown (German dates, percent). */
  readonly shown: string | null;
}
