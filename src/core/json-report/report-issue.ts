import { z } from "zod";
import { columnIndex } from "../address";
import { ColumnKey } from "../columns/catalogue";
import type { Issue } from "../issue";
import { IssueCode } from "../issues/catalogue";
import { messageDe } from "../messages-de";
import { Severity } from "../severity";

/** Excel's limits: a position beyond them (a hand-edited report) would make an invalid workbook. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

const ColumnLetters = z
  .string()
  .regex(/^[A-Z]{1,3}$/, "Spaltenbuchstaben A bis XFD erwartet")
  .refine((c) => columnIndex(c) <= EXCEL_COLUMNS, "Spalte hinter XFD (Excel hat 16.384 Spalten)");

/** One finding as the JSON report carries it: where, what was seen, and the German message. */
export const ReportIssue = z
  .object({
    code: IssueCode,
    severity: Severity,
    sheet: z.string().nullable(),
    cell: z.string().nullable(),
    row: z.number().int().positive().max(EXCEL_ROWS, "Zeile hinter 1.048.576 (Excel hat nicht mehr Zeilen)").nullable(),
    column: ColumnLetters.nullable(),
    field: ColumnKey.nullable(),
    value: z.string().nullable(),
    message: z.string(),
    /** Accepted by a decision of the coordinator: listed, but counted nowhere. */
    accepted: z.boolean().optional(),
  })
  // The cell must be the column and row it claims: readers mark `cell` and link `row`.
  .refine((i) => i.cell === null || (i.column !== null && i.row !== null && i.cell === `${i.column}${i.row}`), {
    message: "cell passt nicht zu column und row",
    path: ["cell"],
  })
  .meta({ id: "ReportIssue" });
export type ReportIssue = z.infer<typeof ReportIssue>;

/** An issue rendered for the report: its data's positions and the German message of its code. */
export const toReportIssue = (issue: Issue): ReportIssue => {
  const { code, severity, sheet, cell, row, column, field, value } = issue;
  return {
    code,
    severity,
    sheet,
    cell,
    row,
    column,
    field,
    value,
    message: messageDe(issue),
    ...(issue.accepted === true ? { accepted: true } : {}),
  };
};
