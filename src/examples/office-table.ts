import type ExcelJS from "exceljs";
import { formatCells, newWorkbook, putRow, rowRange, styleHeader, toExampleFile, type ExampleFile } from "./example-sheet";
import type { MistakeKind, PlantedMistake } from "./planted-mistake";

/**
 * One office's example workbook as data: its table (header row, labels, widths, report rows) and
 * the few habits around it (title lines, a notes sheet, frozen panes, a totals line). Every office
 * file declares one; `buildOfficeTable` writes them all the same way, in the same order, so the
 * planted cells keep their addresses.
 */
export interface OfficeTable<R> {
  readonly file: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly header: readonly string[];
  readonly widths: readonly number[];
  /** One entry per data row below the header; null leaves the row blank. */
  readonly reports: readonly (R | null)[];
  readonly line: (r: R) => ExcelJS.CellValue[];
  /** The mistakes this file plants, as cell, kind and what is there. */
  readonly planted: readonly (readonly [cell: string, kind: MistakeKind, detail: string])[];
  /** Number formats of data columns, in the order they are set: every data row, or only the row at `onlyRow` (0-based). */
  readonly formats?: readonly (readonly [column: string, format: string, onlyRow?: number])[];
  /** Lines above the header from A1 down; a size makes a bold title. */
  readonly titles?: readonly { readonly text: string; readonly size?: number }[];
  /** The title line merged across the table's width. */
  readonly mergeTitle?: boolean;
  /** A sheet of instructions before the table, one line per row of column A. */
  readonly notes?: { readonly sheet: string; readonly lines: readonly string[]; readonly width: number };
  /** Saved by an old Mac Excel: serial day numbers count from 1904. */
  readonly date1904?: boolean;
  readonly views?: ExcelJS.Worksheet["views"];
  readonly autoFilter?: boolean;
  /** A totals line under the table: a label in column A, COUNTA over one column with its cached result. */
  readonly totals?: { readonly label: string; readonly column: string; readonly result: number };
}

/** An office's example file, ready to build, with the mistakes it plants. */
export interface OfficeExample {
  readonly file: string;
  readonly mistakes: readonly PlantedMistake[];
  readonly build: () => Promise<ExampleFile>;
}

const buildOfficeTable = async <R>(t: OfficeTable<R>): Promise<ExampleFile> => {
  const wb = newWorkbook();
  if (t.date1904) wb.properties.date1904 = true;
  if (t.notes) {
    const notes = wb.addWorksheet(t.notes.sheet);
    t.notes.lines.forEach((text, i) => {
      notes.getCell(`A${i + 1}`).value = text;
    });
    notes.getColumn(1).width = t.notes.width;
  }
  const ws = wb.addWorksheet(t.sheet);
  if (t.mergeTitle) ws.mergeCells(1, 1, 1, t.header.length);
  t.titles?.forEach((title, i) => {
    const cell = ws.getCell(`A${i + 1}`);
    cell.value = title.text;
    if (title.size) cell.font = { bold: true, size: title.size };
  });
  putRow(ws, t.headerRow, t.header);
  styleHeader(ws, t.headerRow, t.widths);
  const first = t.headerRow + 1;
  const last = first + t.reports.length - 1;
  t.reports.forEach((r, i) => {
    if (r !== null) putRow(ws, first + i, t.line(r));
  });
  for (const [column, format, onlyRow] of t.formats ?? [])
    formatCells(ws, column, onlyRow === undefined ? rowRange(first, last) : [first + onlyRow], format);
  if (t.views) ws.views = t.views;
  if (t.autoFilter) ws.autoFilter = { from: { row: t.headerRow, column: 1 }, to: { row: last, column: t.header.length } };
  if (t.totals) {
    const row = last + 1;
    ws.getCell(`A${row}`).value = t.totals.label;
    ws.getCell(`A${row}`).font = { bold: true };
    const { column, result } = t.totals;
    ws.getCell(`${column}${row}`).value = { formula: `COUNTA(${column}${first}:${column}${last})`, result };
  }
  return toExampleFile(t.file, wb);
};

export const officeExample = <R>(t: OfficeTable<R>): OfficeExample => ({
  file: t.file,
  mistakes: t.planted.map(([cell, kind, detail]) => ({ file: t.file, sheet: t.sheet, cell, kind, detail })),
  build: () => buildOfficeTable(t),
});
