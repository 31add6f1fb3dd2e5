import { z } from "zod";
import type { FileResult } from "../file-result";
import { ReportIssue, toReportIssue } from "./report-issue";

/** The per-file part of the report; `validate --json` prints exactly this per file. */
export const ReportFile = z
  .object({
    file: z.string(),
    sha256: z.string(),
    status: z.enum(["ok", "invalid", "unreadable"]),
    /** The file's single lead office, or null when there are none or several (see `offices`). */
    office: z.string().nullable(),
    offices: z.array(z.string()),
    sheet: z.string().nullable(),
    rows: z.number().int().min(0),
    issues: z.array(ReportIssue),
  })
  .meta({ id: "ReportFile" });
export type ReportFile = z.infer<typeof ReportFile>;

/** A file's result rendered for the report, its keys in the order the report has always had. */
export const toReportFile = (r: FileResult): ReportFile => {
  const { file, sha256, status, office, offices, sheet, rows, issues } = r;
  return { file, sha256, status, office, offices: [...offices], sheet, rows, issues: issues.map(toReportIssue) };
};
