import { escapeHtml } from "./escape-html";
import type { ReportTable } from "./report-document";

/**
 * An accessible data table: caption, header cells with scope (so a screen reader and the tagged PDF
 * know which header belongs to a cell), all text escaped. Cells are plain text by design.
 */
export const htmlTable = (t: ReportTable): string => {
  const cls = (c: ReportTable["columns"][number]) =>
    [c.numeric ? "num" : "", c.wide ? "wide" : ""].filter(Boolean).join(" ");
  const attr = (i: number) => {
    const c = t.columns[i];
    return c && cls(c) ? ` class="${cls(c)}"` : "";
  };
  const head = t.columns.map((c, i) => `<th scope="col"${attr(i)}>${escapeHtml(c.header)}</th>`).join("");
  const body = t.rows
    .map(
      (r) =>
        `<tr>${r.map((cell, i) => (t.rowHeader && i === 0 ? `<th scope="row"${attr(i)}>${escapeHtml(cell)}</th>` : `<td${attr(i)}>${escapeHtml(cell)}</td>`)).join("")}</tr>`,
    )
    .join("\n");
  return `<table${t.className ? ` class="${t.className}"` : ""}>\n<caption>${escapeHtml(t.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
};
