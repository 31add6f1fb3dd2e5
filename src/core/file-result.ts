import { compareText } from "./compare";
import type { Issue, Severity } from "./issue";
import { fileIssue } from "./make-issue";
import type { MeasureRecord } from "./measure-row";
import { messageDe } from "./messages-de";
import type { TableReport } from "./table-report";
import type { UnreadableReason } from "./unreadable-reason";

/** An issue as written to the JSON report and the Prüfbericht: positions, value and German message. */
export interface ReportIssue {
  readonly code: Issue["code"];
  readonly severity: Severity;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly field: Issue["field"];
  readonly value: string | null;
  readonly message: string;
  /** Accepted by a coordinator's decision ("Befund akzeptieren"): still listed, out of the error counts. */
  readonly accepted?: boolean;
}

export type FileStatus = "ok" | "invalid" | "unreadable";

/** The per-file part of the merge report; `validate --json` prints exactly this per file. */
export interface FileResult {
  readonly file: string;
  readonly sha256: string;
  readonly status: FileStatus;
  /** The file's single lead office, or null when there are none or several (see `offices`). */
  readonly office: string | null;
  readonly offices: readonly string[];
  readonly sheet: string | null;
  readonly rows: number;
  readonly issues: readonly ReportIssue[];
}

export const toReportIssue = (issue: Issue): ReportIssue => ({
  code: issue.code,
  severity: issue.severity,
  sheet: issue.sheet,
  cell: issue.cell,
  row: issue.row,
  column: issue.column,
  field: issue.field,
  value: issue.value,
  message: messageDe(issue),
});

const leadOffices = (records: readonly MeasureRecord[]): string[] =>
  [...new Set(records.map((r) => r.row.leadOffice).filter((o): o is string => o !== null))].sort(compareText);

export const fileResultFromReport = (file: string, sha256: string, report: TableReport): FileResult => {
  const offices = leadOffices(report.records);
  const unreadable = report.issues.some((i) => i.code === "file/no-worksheets");
  return {
    file,
    sha256,
    status: unreadable ? "unreadable" : report.valid ? "ok" : "invalid",
    office: offices.length === 1 ? offices[0]! : null,
    offices,
    sheet: report.sheet,
    rows: report.records.length,
    issues: report.issues.map(toReportIssue),
  };
};

export const unreadableFileResult = (
  file: string,
  sha256: string,
  reason: UnreadableReason,
  detail?: string,
): FileResult => ({
  file,
  sha256,
  status: "unreadable",
  office: null,
  offices: [],
  sheet: null,
  rows: 0,
  issues: [toReportIssue(fileIssue("file/unreadable", detail ? { reason, detail } : { reason }))],
});
