import type ExcelJS from "exceljs";
import { countDe, memoBounded, xmlSafe } from "../../core";

/** A cell value the writer may emit: never a formula object, so nothing from an input can run. */
export type OutValue = string | number | boolean | Date | null;

export interface OutColumn {
  readonly header: string;
  readonly width: number;
  /** Excel number format, e.g. "0%" or "dd.mm.yyyy". */
  readonly format?: string;
  readonly wrap?: boolean;
  /** A drop-down list for the column (an Excel list formula, e.g. "\"a,b\""), over the rows written and some below. */
  readonly choices?: string;
}

/** The time of an ISO day at UTC midnight, remembered: a list repeats few days (Stand, start, end) in many rows. */
const dayTime = memoBounded((day: string): number => new Date(`${day}T00:00:00Z`).getTime(), 10_000);

/** ISO date text → a Date at UTC midnight, which exceljs writes as the same calendar day. */
export const excelDate = (iso: string | null): Date | null =>
  // A Date of its own each time: a caller may hold or change it.
  iso === null ? null : new Date(dayTime(iso.slice(0, 10)));

/** Excel refuses sheet text over 32,767 characters; cut with a visible marker instead of corrupting the file. */
const MAX_TEXT = 32_767;
/**
 * Every character xmlSafe might replace, and all surrogates (paired ones are fine, it sorts them
 * out): a plain class, so the common clean text is passed by one quick test instead of a rewrite.
 */
const MAYBE_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
/**
 * Every character safeText or the XML escape (row-xml.ts) might change: a text with none of them
 * and no longer than a cell holds is written as it is, after one test instead of one for each.
 */
const NEEDS_CARE = /[<>&'"\u007f\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
export const isPlainText = (v: string): boolean => v.length <= MAX_TEXT && !NEEDS_CARE.test(v);

// Characters XML forbids become "�" (exceljs drops control characters silently but writes U+FFFE
// and lone surrogates into the sheet XML, which Excel then calls corrupt).
export const safeText = (v: OutValue): OutValue =>
  typeof v !== "string"
    ? v
    : v.length > MAX_TEXT
      ? `${xmlSafe(v.slice(0, MAX_TEXT - 20))} … [gekürzt]`
      : MAYBE_UNSAFE.test(v)
        ? xmlSafe(v)
        : v;

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };

/**
 * A file's name without its folder, for the lists' Quelle column (the Quellen sheet keeps the full
 * path). Both separators: a report may come from Windows.
 */
export const fileName = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1) || path;

/** A share or percentage as the cell holds it: a fraction of whole percents (52 %, not 52.14289999 %). */
export const wholePercent = (percent: number | null): number | null =>
  percent === null ? null : Math.round(percent) / 100;

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

export const SEVERITY_DE: Readonly<Record<"error" | "warning" | "info", string>> = {
  error: "Fehler",
  warning: "Warnung",
  info: "Hinweis",
};

/** The last line of a list cut at the sheet's end, for lists whose full content lives nowhere else. */
export const moreRowsText =
  (what: string) =>
  (n: number): string =>
    `… weitere ${countDe(n)} ${what} passen nicht auf ein Excel-Blatt und fehlen hier.`;
