import { countOf, FILE_STATUS_DE, issuePositionDe, type ReportFile, type ReportIssue } from "../core";

const SEVERITY_DE: Readonly<Record<ReportIssue["severity"], string>> = {
  error: "Fehler",
  warning: "Warnung",
  info: "Hinweis",
};

/** A readable German report for one file: status line, counts, then one line per issue. */
export const renderFileText = (r: ReportFile, options: { showInfo: boolean }): string => {
  const count = (s: ReportIssue["severity"]) => r.issues.filter((i) => i.severity === s).length;
  const lines = [
    `${r.file}: ${FILE_STATUS_DE[r.status]}${r.status === "unreadable" ? "" : ` – ${countOf(r.rows, "Maßnahme", "Maßnahmen")}${r.sheet ? ` auf Blatt „${r.sheet}“` : ""}`}`,
    `  ${count("error")} Fehler, ${countOf(count("warning"), "Warnung", "Warnungen")}, ${countOf(count("info"), "Hinweis", "Hinweise")}${r.office ? ` · federführend: ${r.office}` : ""}`,
  ];
  for (const i of r.issues) {
    if (i.severity === "info" && !options.showInfo) continue;
    const where = issuePositionDe(i);
    lines.push(`  ${SEVERITY_DE[i.severity]}${where ? ` (${where})` : ""}: ${i.message}`);
  }
  return lines.join("\n");
};
