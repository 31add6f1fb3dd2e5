// The reading surface of the adapter without its writers: what the command line's read workers,
// `validate` and `report` need. Importing it never loads exceljs (only writing does).
export { readWorkbookGrids } from "./read-workbook";
export type { ReadFlags, ReadOptions, ReadResult, SheetInfo, SheetState } from "./read-workbook";
export { checkWorkbookBytes } from "./check-workbook";
export type { CheckedWorkbook } from "./check-workbook";
export { readConsolidated } from "./read-consolidated";
export type { ConsolidatedRead } from "./read-consolidated";
export { SHEET as CONSOLIDATED_SHEET, MEASURE_HEADER } from "./consolidated/labels";
export { EXCEL_MAX_ROWS } from "./consolidated/layout";
export { readRegister } from "./register/read-register";
export type { RegisterRead } from "./register/read-register";
export { readPreviousWorkbook } from "./register/read-previous";
export type { PreviousRead } from "./register/read-previous";
