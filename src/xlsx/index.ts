// The browser-safe surface of the exceljs adapter (the task pane bundles it). Node file access: ./node.
export { sniffBytes } from "./sniff";
export type { Sniffed } from "./sniff";
export { inspectZip, DEFAULT_ZIP_LIMITS } from "./zip-inspect";
export type { ZipLimits, ZipVerdict } from "./zip-inspect";
export { plainValue, rawCell } from "./exceljs-cell";
export { readWorkbookGrids } from "./read-grids";
export type { ReadOptions, ReadResult, SheetInfo } from "./read-grids";
export { checkWorkbookBytes } from "./check-workbook";
export type { CheckedWorkbook } from "./check-workbook";
export { writeConsolidatedWorkbook, CONSOLIDATED_MARKER } from "./consolidated/write-consolidated";
