import ExcelJS from "exceljs";
import type { Grid, RawCell, UnreadableReason } from "../core";
import { rawCell } from "./exceljs-cell";
import { sniffBytes } from "./sniff";
import { DEFAULT_ZIP_LIMITS, inspectZip, type ZipLimits } from "./zip-inspect";

export interface ReadOptions {
  readonly zipLimits?: ZipLimits;
  /** Cells beyond these are not read (a sheet of a million styled empty rows must not blow up the grid). */
  readonly maxRows?: number;
  readonly maxColumns?: number;
}

export interface SheetInfo {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** More rows or columns than read. */
  readonly truncated: boolean;
}

export type ReadResult =
  | { readonly ok: true; readonly grids: readonly Grid[]; readonly sheets: readonly SheetInfo[]; readonly flags: { readonly hasMacros: boolean; readonly lossyParts: readonly string[] } }
  | { readonly ok: false; readonly reason: UnreadableReason; readonly detail: string };

/** Parts of a sheet the reader never needs: skipping them saves time and dodges exceljs stalls. */
const IGNORED_NODES = ["dataValidations", "conditionalFormatting", "hyperlinks", "drawing", "picture", "tableParts", "mergeCells", "extLst", "rowBreaks", "headerFooter", "pageSetup", "printOptions", "pageMargins", "autoFilter", "sheetProtection"];

const LOSSY = [/^xl\/charts\//, /^xl\/pivotTables\//, /^xl\/drawings\//, /^xl\/vbaProject\.bin$/, /^xl\/externalLinks\//];

const gridOf = (ws: ExcelJS.Worksheet, date1904: boolean, maxRows: number, maxColumns: number): { grid: Grid; truncated: boolean } => {
  const cells: { r: number; c: number; cell: RawCell }[] = [];
  let top = Infinity, left = Infinity, bottom = 0, right = 0, truncated = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > maxRows) {
      truncated = true;
      return;
    }
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > maxColumns) {
        truncated = true;
        return;
      }
      const raw = rawCell(cell.value, cell.numFmt);
      if (raw === null) return;
      cells.push({ r, c, cell: raw });
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    });
  });
  if (cells.length === 0) return { grid: { sheet: ws.name, top: 1, left: 1, rows: [], date1904 }, truncated };
  const rows: (RawCell | null)[][] = Array.from({ length: bottom - top + 1 }, () => new Array<RawCell | null>(right - left + 1).fill(null));
  for (const { r, c, cell } of cells) rows[r - top]![c - left] = cell;
  return { grid: { sheet: ws.name, top, left, rows, ...(date1904 ? { date1904 } : {}) }, truncated };
};

/**
 * Bytes → one grid per worksheet. Sniffs the format, checks the zip against limits, then parses
 * with exceljs. Browser-safe, and never throws for bad input: the result says why it failed.
 */
export const readWorkbookGrids = async (bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> => {
  const kind = sniffBytes(bytes);
  if (kind === "empty") return { ok: false, reason: "empty", detail: "0 bytes" };
  if (kind === "ole2") return { ok: false, reason: "ole2", detail: "OLE2 compound file" };
  if (kind === "text") return { ok: false, reason: "text", detail: "text file" };
  if (kind !== "zip") return { ok: false, reason: "not-a-workbook", detail: "unknown format" };
  const zip = inspectZip(bytes, options.zipLimits ?? DEFAULT_ZIP_LIMITS);
  if (!zip.ok) return { ok: false, reason: zip.reason, detail: zip.detail };
  const names = zip.entries.map((n) => n.replace(/^\//, ""));
  if (!names.includes("xl/workbook.xml")) return { ok: false, reason: "not-a-workbook", detail: "no xl/workbook.xml" };
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' typings omit the parse options its reader accepts (ignoreNodes).
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES } as unknown as ExcelJS.XlsxReadOptions);
  } catch (e) {
    return { ok: false, reason: "parse-failed", detail: (e as Error).message };
  }
  if (wb.worksheets.length === 0) return { ok: false, reason: "no-worksheets", detail: "exceljs found no worksheets" };
  const date1904 = (wb.properties as { date1904?: boolean }).date1904 === true;
  const grids: Grid[] = [];
  const sheets: SheetInfo[] = [];
  for (const ws of wb.worksheets) {
    const { grid, truncated } = gridOf(ws, date1904, options.maxRows ?? 200_000, options.maxColumns ?? 1_000);
    grids.push(grid);
    sheets.push({ name: ws.name, state: ws.state ?? "visible", truncated });
  }
  return { ok: true, grids, sheets, flags: { hasMacros: names.includes("xl/vbaProject.bin"), lossyParts: names.filter((n) => LOSSY.some((re) => re.test(n))) } };
};
