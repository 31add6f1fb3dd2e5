import type { Fix } from "../../core";
import { clear, el } from "./dom";
import { showValue } from "./format-value";

const REASON_DE: Readonly<Record<Fix["reason"], string>> = {
  trim: "Leerzeichen",
  synonym: "Schreibweise",
  "date-text": "Datum",
  "progress-text": "Prozentangabe",
  "progress-scale": "Prozentangabe",
  "id-text": "Nummer als Text",
  "boolean-text": "Ja/Nein",
};

/** The proposed corrections as a checklist (all preselected); nothing is written until the user applies. */
export const renderFixes = (root: HTMLElement, fixes: readonly Fix[]): void => {
  const doc = root.ownerDocument;
  clear(root);
  if (fixes.length === 0) {
    root.append(el(doc, "p", {}, "Keine Korrekturvorschläge."));
    return;
  }
  const list = el(doc, "ul", { class: "fixes", "aria-label": "Korrekturvorschläge" });
  fixes.forEach((f, i) => {
    const id = `fix-${i}`;
    const box = el(doc, "input", { type: "checkbox", id, "data-cell": f.cell });
    box.checked = true;
    const label = el(
      doc,
      "label",
      { for: id },
      `${f.cell}: „${showValue(f.from)}“ → „${showValue(f.to, f.format)}“ (${REASON_DE[f.reason]})`,
    );
    list.append(el(doc, "li", {}, box, label));
  });
  root.append(list);
};

export const chosenCells = (root: HTMLElement): Set<string> =>
  new Set(
    [...root.querySelectorAll<HTMLInputElement>("input[type=checkbox][data-cell]")]
      .filter((b) => b.checked)
      .map((b) => b.dataset.cell ?? ""),
  );
