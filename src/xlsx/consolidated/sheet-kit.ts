import type ExcelJS from "exceljs";

/** A cell value the writer may emit: never a formula object, so nothing from an input can run. */
export type OutValue = string | number | boolean | Date | null;

export interface OutColumn {
  readonly header: string;
  readonly width: number;
  /** Excel number format, e.g. "0%" or "dd.mm.yyyy". */
  readonly format?: string;
  readonly wrap?: boolean;
}

/** ISO date text → a Date at UTC midnight, which exceljs writes as the same calendar day. */
export const excelDate = (iso: string | null): Date | null => (iso === null ? null : new Date(`${iso.slice(0, 10)}T00:00:00Z`));

/** Excel refuses sheet text over 32,767 characters; cut with a visible marker instead of corrupting the file. */
const MAX_TEXT = 32_767;
export const safeText = (v: OutValue): OutValue =>
  typeof v === "string" && v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT - 20)} … [gekürzt]` : v;

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };

/** Landscape, fit to one page wide, header row repeated on every printed page. */
export const printSetup = (ws: ExcelJS.Worksheet, headerRow: number): void => {
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: `${headerRow}:${headerRow}` };
};

/**
 * Writes a list as an Excel table (autofilter, banded rows) with a frozen header. Tables need at
 * least one data row, so an empty list gets a plain header and a line saying it is empty.
 */
export const writeTable = (ws: ExcelJS.Worksheet, name: string, columns: readonly OutColumn[], rows: readonly OutValue[][], emptyText: string, headerRow = 1): void => {
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
  });
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  printSetup(ws, headerRow);
  if (rows.length === 0) {
    const header = ws.getRow(headerRow);
    columns.forEach((c, i) => (header.getCell(i + 1).value = c.header));
    styleHeader(header, columns.length);
    ws.getCell(headerRow + 1, 1).value = emptyText;
    return;
  }
  ws.addTable({
    name,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((r) => r.map(safeText)),
  });
  columns.forEach((c, i) => {
    if (!c.format && !c.wrap) return;
    for (let r = headerRow + 1; r <= headerRow + rows.length; r++) {
      const cell = ws.getCell(r, i + 1);
      if (c.format) cell.numFmt = c.format;
      if (c.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    }
  });
  styleHeader(ws.getRow(headerRow), columns.length);
};

export const styleHeader = (row: ExcelJS.Row, count: number): void => {
  for (let i = 1; i <= count; i++) {
    const cell = row.getCell(i);
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "middle" };
  }
};

/** Table header names must be unique within a table; repeated extras get a counter. */
export const uniqueHeaders = (headers: readonly string[]): string[] => {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const base = h.trim() === "" ? "Spalte" : h;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
};

export const SEVERITY_DE: Readonly<Record<"error" | "warning" | "info", string>> = { error: "Fehler", warning: "Warnung", info: "Hinweis" };
