import { columnShares } from "./column-shares";
import { escapeHtml } from "./escape-html";
import type { ReportTable } from "./report-document";
import { softHyphens } from "./soft-hyphens";

/**
 * An accessible data table: caption, header cells with scope (so a screen reader and the tagged PDF
 * know which header belongs to a cell), all text escaped. Cells are plain text by design, with soft
 * hyphens in long words so that narrow columns can wrap them instead of running off an A4 page.
 */
export const htmlTable = (t: ReportTable): string => {
  const cls = (c: ReportTable["columns"][number]) =>
    [c.numeric ? "num" : "", c.wide ? "wide" : ""].filter(Boolean).join(" ");
  const attr = (i: number) => {
    const c = t.columns[i];
    return c && cls(c) ? ` class="${cls(c)}"` : "";
  };
  // The status table sizes itself and sets its headers sideways; every other table gets fixed
  // shares of the width, and break points in long words to stay inside them.
  const fixed = t.className === undefined;
  const text = (s: string) => escapeHtml(fixed ? softHyphens(s) : s);
  const head = t.columns.map((c, i) => `<th scope="col"${attr(i)}>${text(c.header)}</th>`).join("");
  const body = t.rows
    .map(
      (r) =>
        `<tr>${r.map((cell, i) => (t.rowHeader && i === 0 ? `<th scope="row"${attr(i)}>${text(cell)}</th>` : `<td${attr(i)}>${text(cell)}</td>`)).join("")}</tr>`,
    )
    .join("\n");
  const cols = fixed
    ? `\n<colgroup>${columnShares(t)
        .map((w) => `<col style="width:${w}%">`)
        .join("")}</colgroup>`
    : "";
  return `<table class="${t.className ?? "fixed"}">\n<caption>${escapeHtml(t.caption)}</caption>${cols}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
};
