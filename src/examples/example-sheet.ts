import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";

export interface ExampleFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** The reporting cut-off of the Zwischenbericht 2024: document dates and "Stand" lines use it. */
export const CUTOFF = new Date(Date.UTC(2024, 5, 30, 8, 0, 0));

/** A calendar day at UTC midnight: exceljs converts dates to serials in UTC, so no time zone leaks in. */
export const day = (y: number, month: number, d: number): Date => new Date(Date.UTC(y, month - 1, d));

export const DATE_FORMAT = "dd.mm.yyyy";
export const PERCENT_FORMAT = "0%";

export const newWorkbook = (): ExcelJS.Workbook => {
  const wb = new ExcelJS.Workbook();
  // Fixed document properties: exceljs would otherwise stamp the current time into docProps/core.xml.
  wb.creator = "Aktionsplan-Monitor (Beispieldaten)";
  wb.lastModifiedBy = "Aktionsplan-Monitor (Beispieldaten)";
  wb.created = CUTOFF;
  wb.modified = CUTOFF;
  return wb;
};

/** Writes one row cell by cell at a fixed row number, skipping nulls, so planted cells keep their addresses. */
export const putRow = (ws: ExcelJS.Worksheet, rowNumber: number, values: readonly ExcelJS.CellValue[]): void => {
  values.forEach((value, i) => {
    if (value !== null && value !== undefined) ws.getCell(rowNumber, i + 1).value = value;
  });
};

/** Header look of a hand-made office table: bold on grey, wrapped. Purely cosmetic. */
export const styleHeader = (ws: ExcelJS.Worksheet, rowNumber: number, widths: readonly number[]): void => {
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
    const cell = ws.getCell(rowNumber, i + 1);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
    cell.alignment = { wrapText: true, vertical: "top" };
  });
};

export const formatCells = (ws: ExcelJS.Worksheet, column: string, rows: readonly number[], numFmt: string): void => {
  for (const r of rows) ws.getCell(`${column}${r}`).numFmt = numFmt;
};

export const rowRange = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/**
 * JSZip (inside exceljs) stamps every zip entry with the current time. Re-packing with one fixed
 * stamp makes the same input give the same bytes. The stamp is built from local-time parts because
 * zip entries store local time: this way the bytes do not depend on the machine's time zone either.
 */
const ZIP_STAMP = new Date(2024, 5, 30, 8, 0, 0);

const restamp = (bytes: Uint8Array): Uint8Array => {
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) entries[name] = [data, { mtime: ZIP_STAMP }];
  return zipSync(entries, { level: 6 });
};

export const toExampleFile = async (fileName: string, wb: ExcelJS.Workbook): Promise<ExampleFile> => {
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  return { fileName, bytes: restamp(written) };
};
