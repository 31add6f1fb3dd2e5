import type ExcelJS from "exceljs";
import { xmlSafe } from "../../core";

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
// Characters XML forbids become "�" (exceljs drops control characters silently but writes U+FFFE
// and lone surrogates into the sheet XML, which Excel then calls corrupt).
export const safeText = (v: OutValue): OutValue =>
  typeof v !== "string" ? v : v.length > MAX_TEXT ? `${xmlSafe(v.slice(0, MAX_TEXT - 20))} … [gekürzt]` : xmlSafe(v);

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };

/** Landscape, fit to one page wide, header row repeated on every printed page. */
export const pageSetupFor = (headerRow: number): Partial<ExcelJS.PageSetup> => ({
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  paperSize: 9,
  printTitlesRow: `${headerRow}:${headerRow}`,
});

/** The same, for a sheet that already exists (a streamed sheet takes it when it is added). */
export const printSetup = (ws: ExcelJS.Worksheet, headerRow: number): void => {
  ws.pageSetup = pageSetupFor(headerRow);
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

/** A count as a German reader writes it: 1.048.576. */
export const countDe = (n: number): string => n.toLocaleString("de-DE");

/** The last line of a list cut at the sheet's end, for lists whose full content lives nowhere else. */
export const moreRowsText = (what: string) => (n: number): string => `… weitere ${countDe(n)} ${what} passen nicht auf ein Excel-Blatt und fehlen hier.`;
