import { escapeHtml } from "./escape-html";

export interface HtmlColumn<T> {
  readonly header: string;
  readonly cell: (row: T) => string;
  /** Numbers are right-aligned. */
  readonly numeric?: boolean;
  /** Sachstand and measure texts wrap; narrow columns do not. */
  readonly wide?: boolean;
}

/**
 * An accessible data table: caption, header cells with scope (so a screen reader and the tagged PDF
 * know which header belongs to a cell), all text escaped. Cells are plain text by design.
 */
export const htmlTable = <T>(caption: string, columns: readonly HtmlColumn<T>[], rows: readonly T[], options: { rowHeader?: boolean; className?: string } = {}): string => {
  const rowHeader = options.rowHeader ?? false;
  const cls = (c: HtmlColumn<T>) => [c.numeric ? "num" : "", c.wide ? "wide" : ""].filter(Boolean).join(" ");
  const attr = (c: HtmlColumn<T>) => (cls(c) ? ` class="${cls(c)}"` : "");
  const head = columns.map((c) => `<th scope="col"${attr(c)}>${escapeHtml(c.header)}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${columns.map((c, i) => (rowHeader && i === 0 ? `<th scope="row"${attr(c)}>${escapeHtml(c.cell(r))}</th>` : `<td${attr(c)}>${escapeHtml(c.cell(r))}</td>`)).join("")}</tr>`)
    .join("\n");
  return `<table${options.className ? ` class="${options.className}"` : ""}>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
};
