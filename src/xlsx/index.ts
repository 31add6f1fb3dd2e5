// The browser-safe surface of the exceljs adapter (the task pane bundles it). Node file access: ./node.
export { sniffBytes } from "./sniff-bytes";
export type { SniffedKind } from "./sniff-bytes";
export { guardZip, DEFAULT_ZIP_LIMITS } from "./zip-guard";
export type { ZipLimits, ZipRejection, ZipVerdict } from "./zip-guard";
export { cellFromExceljs } from "./cell-from-exceljs";
export type { ExceljsCellLike } from "./cell-from-exceljs";
export { gridFromWorksheet, DEFAULT_GRID_CAPS } from "./sheet-grid";
export type { GridCaps, SheetGrid } from "./sheet-grid";
export { readWorkbookGrids } from "./read-workbook";
export type { ReadFlags, ReadOptions, ReadResult, SheetInfo, SheetState } from "./read-workbook";
export { checkWorkbookBytes } from "./check-workbook";
export type { CheckedWorkbook } from "./check-workbook";
export { writeConsolidatedWorkbook, CONSOLIDATED_MARKER } from "./consolidated/write-consolidated";
export { correctedCopy, canonicalWorkbook, copyName } from "./corrected-copy";
export type { CopyOutcome } from "./corrected-copy";
export { readConsolidated } from "./read-consolidated";
export { SHEET as CONSOLIDATED_SHEET, MEASURE_HEADER } from "./consolidated/labels";
export type { ConsolidatedRead } from "./read-consolidated";
