import { compareText } from "./compare";
import type { Issue } from "./issue";
import { fileIssue } from "./make-issue";
import type { MeasureRecord } from "./measure-row";
import { messageDe } from "./messages-de";
import type { TableReport } from "./table-report";
import type { UnreadableReason } from "./unreadable-reason";

export type FileStatus = "ok" | "invalid" | "unreadable";

/**
 * What checking one file found: its status, lead offices, and its issues as data. Outputs (the JSON
 * report, the Prüfbericht, the console, the browser page) render the messages.
 */
export interface FileResult {
  readonly file: string;
  readonly sha256: string;
  readonly status: FileStatus;
  /** The file's single lead office, or null when there are none or several (see `offices`). */
  readonly office: string | null;
  readonly offices: readonly string[];
  readonly sheet: string | null;
  readonly rows: number;
  readonly issues: readonly Issue[];
}

/** The German message of a file's first issue (for one-line summaries), or "". */
export const firstMessage = (r: Pick<FileResult, "issues">): string => {
  const first = r.issues[0];
  return first ? messageDe(first) : "";
};

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
    issues: report.issues,
  };
};

/** A file that could not be read, as the merge takes it: no rows, no template, one finding. */
export const unreadableInput = (
  file: string,
  sha256: string,
  reason: UnreadableReason,
  detail?: string,
): { readonly result: FileResult; readonly records: readonly []; readonly template: null } => ({
  result: unreadableFileResult(file, sha256, reason, detail),
  records: [],
  template: null,
});

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
  issues: [fileIssue("file/unreadable", detail ? { reason, detail } : { reason })],
});
