import { el } from "./dom";

export interface Controls {
  readonly mode: HTMLElement;
  readonly status: HTMLElement;
  readonly check: HTMLButtonElement;
  readonly mark: HTMLButtonElement;
  readonly unmark: HTMLButtonElement;
  readonly fix: HTMLButtonElement;
  readonly applyFixes: HTMLButtonElement;
  readonly structure: HTMLButtonElement;
  readonly template: HTMLButtonElement;
  readonly issues: HTMLElement;
  /** Hidden until the first check: an empty "Befunde" heading says nothing. */
  readonly issuesSection: HTMLElement;
  readonly fixes: HTMLElement;
  readonly fixPanel: HTMLElement;
  readonly notes: HTMLElement;
}

const button = (doc: Document, id: string, text: string): HTMLButtonElement =>
  el(doc, "button", { type: "button", id }, text);

/** The task pane's controls, in reading order: mode, actions, status, fix preview, issues. */
export const renderSkeleton = (root: HTMLElement, title: string): Controls => {
  const doc = root.ownerDocument;
  const c = {
    mode: el(doc, "p", { id: "mode", class: "mode" }),
    status: el(doc, "p", { id: "status", role: "status", "aria-live": "polite" }),
    check: button(doc, "btn-check", "Prüfen"),
    mark: button(doc, "btn-mark", "Markieren"),
    unmark: button(doc, "btn-unmark", "Markierungen entfernen"),
    fix: button(doc, "btn-fix", "Korrigieren …"),
    applyFixes: button(doc, "btn-apply", "Ausgewählte Korrekturen anwenden"),
    structure: button(doc, "btn-structure", "Tabelle strukturieren"),
    template: button(doc, "btn-template", "Neue Vorlage"),
    issues: el(doc, "div", { id: "issues" }),
    fixes: el(doc, "div", { id: "fixes" }),
    fixPanel: el(doc, "section", { id: "fix-panel", "aria-labelledby": "fix-heading", hidden: "" }),
    notes: el(doc, "ul", { id: "notes", class: "notes" }),
    issuesSection: el(doc, "section", { id: "issues-section", "aria-labelledby": "issues-heading", hidden: "" }),
  };
  c.issuesSection.append(el(doc, "h2", { id: "issues-heading" }, "Befunde"), c.issues);
  c.fixPanel.append(el(doc, "h2", { id: "fix-heading" }, "Korrekturvorschläge"), c.fixes, c.applyFixes);
  root.append(
    el(doc, "header", {}, el(doc, "h1", {}, "Aktionsplan prüfen"), el(doc, "p", { class: "plan" }, title), c.mode),
    el(
      doc,
      "nav",
      { "aria-label": "Aktionen", class: "actions" },
      c.check,
      c.mark,
      c.unmark,
      c.fix,
      c.structure,
      c.template,
    ),
    c.notes,
    c.status,
    c.fixPanel,
    c.issuesSection,
  );
  return c;
};
