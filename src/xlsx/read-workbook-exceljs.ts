// The former reader, kept as the reference the streaming reader is compared with (differential
// tests, bench): exceljs' document model after a repair pass. Not used to read office files.
import ExcelJS from "exceljs";
import type { Grid, UnreadableReason } from "../core";
import type { ReadOptions, ReadResult, SheetInfo } from "./read-workbook";
import { DEFAULT_GRID_CAPS, gridFromWorksheet, type GridCaps } from "./sheet-grid";
import { NOT_A_ZIP, sniffBytes } from "./sniff-bytes";
import { repairPackage } from "./repair-package";
import { guardZip } from "./zip-guard";

export interface ExceljsReadOptions extends ReadOptions {
  /** Rewrite packages exceljs would misread (default on; off only to measure what it gains). */
  readonly repair?: boolean;
}

/**
 * Worksheet XML elements the reader never needs (names from exceljs' worksheet-xform map).
 * mergeCells above all: read, exceljs copies a merged range's value into every cell of it, so a
 * title merged over A1:F1 would turn up six times; Excel (and Office.js) hold it in A1 only.
 */
export const IGNORED_NODES = [
  "autoFilter",
  "conditionalFormatting",
  "dataValidations",
  "drawing",
  "extLst",
  "headerFooter",
  "hyperlinks",
  "mergeCells",
  "pageMargins",
  "pageSetup",
  "picture",
  "printOptions",
  "rowBreaks",
  "sheetProtection",
  "tableParts",
];

const fail = (reason: UnreadableReason, detail: string): ReadResult => ({ ok: false, reason, detail });

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const EXCELJS_WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * Bytes → one grid per worksheet (chart sheets have no cells and are skipped). Sniffs the format,
 * guards the zip, then parses with exceljs. Browser-safe (bytes in, no file access) and never
 * throws for bad input: the result says why a file could not be read.
 */
export const readWorkbookGridsExceljs = async (
  bytes: Uint8Array,
  options: ExceljsReadOptions = {},
): Promise<ReadResult> => {
  const kind = sniffBytes(bytes);
  if (kind !== "zip") return fail(NOT_A_ZIP[kind].reason, NOT_A_ZIP[kind].detail);
  const zip = guardZip(bytes, options.zipLimits);
  if (!zip.ok) return fail(zip.reason, zip.detail);
  // Packages Excel opens but exceljs would misread are rewritten first (repair-package.ts).
  const repaired = options.repair === false ? { bytes, repairs: [] } : repairPackage(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    // The typings call an ArrayBuffer "Buffer"; JSZip inside takes a Uint8Array in any runtime.
    await wb.xlsx.load(repaired.bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  } catch (e) {
    return fail("parse-failed", e instanceof Error ? e.message : String(e));
  }
  if (wb.worksheets.length === 0) return fail("no-worksheets", "no worksheet exceljs could read");
  const date1904 = wb.properties.date1904 === true;
  const caps: GridCaps = {
    maxRows: options.maxRows ?? DEFAULT_GRID_CAPS.maxRows,
    maxColumns: options.maxColumns ?? DEFAULT_GRID_CAPS.maxColumns,
  };
  const grids: Grid[] = [];
  const sheets: SheetInfo[] = [];
  for (const ws of wb.worksheets) {
    const { grid, ...info } = gridFromWorksheet(ws, date1904, caps);
    grids.push(grid);
    sheets.push({ name: ws.name, state: ws.state ?? "visible", ...info });
  }
  // After repair every worksheet part carries a name exceljs reads; without it, say which it skipped.
  const unreadWorksheets = repaired.repairs.includes("worksheet part renamed")
    ? []
    : zip.entries.filter((n) => WORKSHEET_PART.test(n) && !EXCELJS_WORKSHEET_PART.test(n));
  return {
    ok: true,
    grids,
    sheets,
    flags: { hasMacros: zip.hasMacros, lossyParts: zip.lossyParts, unreadWorksheets, repairs: repaired.repairs },
  };
};
