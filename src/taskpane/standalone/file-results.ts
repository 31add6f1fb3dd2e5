import { countOf, FILE_STATUS_DE, issuePositionDe, type ReportFile, type ReportIssue } from "../../core";
import { clear, el } from "../ui/dom";
import { SEVERITY_LABEL } from "../ui/format-value";

const where = (i: ReportIssue): string => issuePositionDe(i) || "Datei";

/** One section per file: status, counts and the findings with sheet and cell, grouped by severity. */
export const renderFileResult = (section: HTMLElement, r: ReportFile, index: number): void => {
  const doc = section.ownerDocument;
  clear(section);
  const count = (s: ReportIssue["severity"]) => r.issues.filter((i) => i.severity === s).length;
  section.append(
    el(doc, "h3", { id: `file-${index}` }, r.file),
    el(
      doc,
      "p",
      { class: `file-status ${r.status}` },
      `${FILE_STATUS_DE[r.status]} – ${countOf(r.rows, "Maßnahme", "Maßnahmen")}, ${count("error")} Fehler, ${countOf(count("warning"), "Warnung", "Warnungen")}, ${countOf(count("info"), "Hinweis", "Hinweise")}`,
    ),
  );
  for (const severity of ["error", "warning", "info"] as const) {
    const group = r.issues.filter((i) => i.severity === severity);
    if (group.length === 0) continue;
    const list = el(doc, "ul", {
      class: `issues ${severity}`,
      "aria-label": `${SEVERITY_LABEL[severity]} in ${r.file}`,
    });
    for (const i of group)
      list.append(
        el(
          doc,
          "li",
          { "data-cell": i.cell ?? "" },
          el(doc, "span", { class: "where" }, `${where(i)}:`),
          " ",
          i.message,
        ),
      );
    section.append(el(doc, "h4", {}, `${SEVERITY_LABEL[severity]} (${group.length})`), list);
  }
};
