import { z } from "zod";
import { ColumnKey } from "./column-keys";

/** Every problem the tool can report, in families after frictionless: file, header, row, cell. */
export const IssueCode = z.enum([
  "file/unreadable",
  "file/no-worksheets",
  "file/no-table",
  "file/own-output",
  "file/same-office",
  "file/truncated",
  "file/sheet-not-read",
  "file/from-template",
  "file/old-template",
  "header/missing",
  "header/duplicate",
  "header/blank",
  "header/unknown",
  "column/progress-mixed",
  "row/duplicate-id",
  "row/identical",
  "row/totals-skipped",
  "row/not-updated",
  "cell/required",
  "cell/enum",
  "cell/unknown-office",
  "cell/ambiguous-budget",
  "cell/id-format",
  "cell/id-field-mismatch",
  "cell/id-not-text",
  "cell/date-invalid",
  "cell/two-digit-year",
  "cell/date-after-stichtag",
  "cell/date-outside-period",
  "cell/end-before-start",
  "cell/timeframe-invalid",
  "cell/progress-invalid",
  "cell/progress-range",
  "cell/status-progress",
  "cell/boolean-invalid",
  "cell/coverage-missing",
  "cell/coverage-unnamed",
  "cell/master-deviation",
  "cell/overdue",
  "cell/ambiguous-synonym",
  "cell/normalised",
  "cell/formula-like",
  "cell/error-value",
  "decision/check",
  "decision/invalid",
]);
export type IssueCode = z.infer<typeof IssueCode>;

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Default severity per code: a Record so that a new code without a severity fails to compile. */
export const DEFAULT_SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  "file/unreadable": "error",
  "file/no-worksheets": "error",
  "file/no-table": "error",
  "file/own-output": "warning",
  "file/same-office": "warning",
  // Values beyond the reader's caps were not read: the merge would silently miss measures otherwise.
  "file/truncated": "error",
  // A sheet that looks like measures but has no ID column: its rows cannot be merged, say so.
  "file/sheet-not-read": "warning",
  // Which template a file was made from: context for the coordinator, nothing for the office to fix.
  "file/from-template": "info",
  "file/old-template": "warning",
  "header/missing": "error",
  "header/duplicate": "error",
  "header/blank": "warning",
  "header/unknown": "info",
  // Fractions and percent in one column: a bare 1 could be either; the clerk must say which.
  "column/progress-mixed": "warning",
  "row/duplicate-id": "error",
  "row/identical": "warning",
  "row/totals-skipped": "info",
  // A warning, not an error: "unchanged" can be true (a Daueraufgabe), but it must be confirmed.
  "row/not-updated": "warning",
  "cell/required": "error",
  "cell/enum": "error",
  "cell/unknown-office": "error",
  "cell/ambiguous-budget": "warning",
  "cell/id-format": "error",
  "cell/id-field-mismatch": "warning",
  "cell/id-not-text": "error",
  "cell/date-invalid": "error",
  // Read as 20xx, shown so the clerk can see the guess.
  "cell/two-digit-year": "warning",
  // A Stand after the round's Stichtag or after today: a typo, or a status from the future.
  "cell/date-after-stichtag": "warning",
  "cell/date-outside-period": "warning",
  "cell/end-before-start": "error",
  "cell/timeframe-invalid": "warning",
  "cell/progress-invalid": "error",
  "cell/progress-range": "error",
  "cell/status-progress": "warning",
  "cell/boolean-invalid": "warning",
  "cell/coverage-missing": "warning",
  // Says that a proposal exists but not which: the committee cannot decide on "ja".
  "cell/coverage-unnamed": "warning",
  // The master plan decides; the office's value is shown so the coordinator can accept it or not.
  "cell/master-deviation": "warning",
  "cell/overdue": "warning",
  "cell/ambiguous-synonym": "warning",
  // What was typed and how it was read: nothing is rewritten silently, but nothing is wrong either.
  "cell/normalised": "info",
  "cell/formula-like": "info",
  "cell/error-value": "error",
  // A coordinator's decision whose basis changed (conflict gone, office's value changed, measure left
  // the plan): kept, never dropped, but someone must look at it again.
  "decision/check": "warning",
  // A decision row that cannot be applied (unknown ID or column, no reason): the coordinator fixes the row.
  "decision/invalid": "error",
};

/**
 * An issue is data; its message is rendered separately per locale. Positions are what Excel shows:
 * 1-based row, column letter, A1 address. File-level issues have them null.
 */
export const Issue = z.object({
  code: IssueCode,
  severity: Severity,
  sheet: z.string().nullable(),
  row: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  cell: z.string().nullable(),
  field: ColumnKey.nullable(),
  /** The raw value seen, as text. */
  value: z.string().nullable(),
  /** Message parameters (expected values, proposal, other row, …). */
  params: z.record(z.string(), z.string()),
});
export type Issue = z.infer<typeof Issue>;

export interface IssuePosition {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: number | null;
}
