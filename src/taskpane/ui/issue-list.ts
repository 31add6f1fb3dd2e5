import { countOf, messageDe, type Issue, type Severity } from "../../core";
import { clear, el } from "./dom";
import { SEVERITY_LABEL } from "./format-value";

/**
 * The issues grouped by severity with counts; each issue is a button (keyboard and screen reader
 * reachable) that selects its cell. A clean table says so plainly.
 */
export const renderIssues = (root: HTMLElement, issues: readonly Issue[], onSelect: (cell: string) => void): void => {
  const doc = root.ownerDocument;
  clear(root);
  const problems = issues.filter((i) => i.severity !== "info");
  if (problems.length === 0) {
    root.append(
      el(
        doc,
        "p",
        { class: "ok", role: "status" },
        `Keine Fehler und keine Warnungen. ${issues.length ? `${countOf(issues.length, "Hinweis", "Hinweise")}.` : ""}`.trim(),
      ),
    );
  }
  for (const severity of ["error", "warning", "info"] as Severity[]) {
    const group = issues.filter((i) => i.severity === severity);
    if (group.length === 0) continue;
    const headingId = `issues-${severity}`;
    const list = el(doc, "ul", { "aria-labelledby": headingId, class: `issues ${severity}` });
    for (const issue of group) {
      const where = issue.cell ?? (issue.row !== null ? `Zeile ${issue.row}` : "Datei");
      const button = el(
        doc,
        "button",
        { type: "button", class: "issue", "data-cell": issue.cell ?? "" },
        el(doc, "span", { class: "where" }, where),
        " ",
        messageDe(issue),
      );
      if (issue.cell) button.addEventListener("click", () => onSelect(issue.cell!));
      else button.disabled = true;
      list.append(el(doc, "li", {}, button));
    }
    root.append(
      el(
        doc,
        "section",
        { class: "group" },
        el(doc, "h3", { id: headingId }, `${SEVERITY_LABEL[severity]} (${group.length})`),
        list,
      ),
    );
  }
};
