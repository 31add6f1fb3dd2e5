import type { ReportFile } from "./report-file";
import type { ReportIssue } from "./report-issue";

/** A file's status as every German output names it (console, page, Quellen sheet). */
export const FILE_STATUS_DE: Readonly<Record<ReportFile["status"], string>> = {
  ok: "in Ordnung",
  invalid: "fehlerhaft",
  unreadable: "nicht lesbar",
};

/** Where a finding is, as a reader looks for it: "Blatt „X“, Zelle B4" (the row when there is no cell); "" for the file. */
export const issuePositionDe = (i: Pick<ReportIssue, "sheet" | "cell" | "row">): string =>
  [i.sheet ? `Blatt „${i.sheet}“` : null, i.cell ? `Zelle ${i.cell}` : i.row ? `Zeile ${i.row}` : null]
    .filter(Boolean)
    .join(", ");
