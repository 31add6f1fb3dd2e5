import type ExcelJS from "exceljs";
import { columnLetter, xmlSafe } from "../../core";
import { dataRowHeight, fitDataRow, fitHeaderRow, headerWidths, printOptions } from "../print-layout";
import { batchedRows, type RowRenderer } from "./batched-rows";
import { directRows } from "./direct-rows";
import { RENDER_ELSEWHERE_ROWS } from "./layout";
import { isPlainText, safeText, styleHeader, type OutColumn, type OutValue } from "./sheet-kit";

/** A sheet that is one list under a header row, described as data; writeListSheet lays it out. */
export interface ListSheet {
  readonly sheet: string;
  /** The Excel table's name when the list becomes a table. */
  readonly table: string;
  readonly columns: readonly OutColumn[];
  readonly count: number;
  /** Row i (0-based): asked for once, while writing, so a long list is never held a second time. */
  readonly row: (i: number) => OutValue[];
  /** Written under the header of an empty list; null for a list meant to be filled in (Entscheidungen). */
  readonly emptyText: string | null;
  /** The sheet's last row when the list is longer than a sheet can hold: how many are missing, and where they are. */
  readonly overflowText: (hidden: number) => string;
  /** Leading columns that name a row (ID … title), repeated on every page when printed several pages wide; default 1. */
  readonly titleColumns?: number;
  /** Cell notes of row i (0-based): column (1-based) and text. */
  readonly notes?: (i: number) => readonly { readonly column: number; readonly text: string }[];
  /** Conditional formats over the data rows actually written. */
  readonly conditional?: (firstRow: number, lastRow: number) => ExcelJS.ConditionalFormattingOptions[];
}

export interface SheetLayout {
  /** An Excel table (banded rows, filter buttons); else a plain range with an autofilter. */
  readonly tables: boolean;
  /** Rows a sheet may have, header and overflow line included. */
  readonly maxRows: number;
  /** Awaited every BREATHE_ROWS rows written outside a table: lets a stream drain. */
  readonly breathe?: () => Promise<void>;
  /** The printed page header: plan and, as second part, the round or the run's date. */
  readonly print?: { readonly plan: string; readonly round: string | null };
  /**
   * Streamed rows through exceljs' row objects instead of straight as XML (direct-rows.ts): the
   * reference the direct rows are tested against.
   */
  readonly exceljsRows?: boolean;
  /** Renders the rows of lists of `renderElsewhereRows` or more in another thread (batched-rows.ts). */
  readonly renderRows?: RowRenderer;
  readonly renderElsewhereRows?: number;
}

const BREATHE_ROWS = 256;

const HEADER_ROW = 1;

/** The streaming writer flushes a sheet on commit; a document worksheet has nothing to flush. */
export const commitSheet = (ws: ExcelJS.Worksheet): void => {
  const flush = (ws as { commit?: unknown }).commit;
  if (typeof flush === "function") flush.call(ws);
};

type CellStyle = Partial<ExcelJS.Style>;
const DATE_STYLE: CellStyle = { numFmt: "dd.mm.yyyy", alignment: { vertical: "top" } };

/**
 * One style object per column, shared by all its cells: exceljs caches a style by object identity,
 * so a shared object costs one lookup per cell instead of serialising the style for every cell.
 */
const columnStyles = (columns: readonly OutColumn[]): CellStyle[] =>
  // Every cell at the top: in a row made tall for a wrapped text, an ID at the bottom reads as the next row's.
  columns.map((c) => ({
    ...(c.format ? { numFmt: c.format } : {}),
    alignment: c.wrap ? { wrapText: true, vertical: "top" } : { vertical: "top" },
  }));

/** A shared style is keyed on the first cell's type: a date in a column without a format gets its own. */
const cellStyle = (value: OutValue | undefined, style: CellStyle): CellStyle =>
  value instanceof Date && style.numFmt === undefined ? DATE_STYLE : style;

const styleCells = (row: ExcelJS.Row, values: readonly OutValue[], styles: readonly CellStyle[]): void => {
  styles.forEach((style, i) => {
    row.getCell(i + 1).style = cellStyle(values[i], style);
  });
};

/** A row through exceljs' row and cell objects: notes, heights and styles as exceljs sets them. */
const exceljsRow = (
  ws: ExcelJS.Worksheet,
  values: readonly OutValue[],
  styles: readonly CellStyle[],
  notes: readonly { readonly column: number; readonly text: string }[],
  height: number | null,
): void => {
  const row = ws.addRow(values);
  styleCells(row, values, styles);
  addNotes(row, notes);
  if (height !== null) row.height = height;
  row.commit();
};

/** Rows below the list that still offer a column's drop-down: room for the coordinator to add rows. */
const CHOICE_ROWS_BELOW = 200;

/** Drop-downs of the columns that have a list; exceljs keys a range validation by its address. */
const addChoices = (ws: ExcelJS.Worksheet, list: ListSheet, shown: number): void => {
  const last = HEADER_ROW + shown + CHOICE_ROWS_BELOW;
  list.columns.forEach((c, i) => {
    if (c.choices === undefined) return;
    const letter = columnLetter(i + 1);
    const validations = (
      ws as unknown as { dataValidations: { add: (ref: string, v: ExcelJS.DataValidation) => void } }
    ).dataValidations;
    validations.add(`${letter}${HEADER_ROW + 1}:${letter}${last}`, {
      type: "list",
      allowBlank: true,
      formulae: [c.choices],
      showErrorMessage: true,
      errorStyle: "warning",
      error: "Bitte einen Wert aus der Liste wählen.",
    });
  });
};

/** Notes on the cells of the rows written (a decision's who, when and why on the decided cell). */
const addNotes = (row: ExcelJS.Row, notes: readonly { readonly column: number; readonly text: string }[]): void => {
  for (const n of notes) row.getCell(n.column).note = xmlSafe(n.text);
};

/**
 * Writes a list with a frozen header, as an Excel table or with an autofilter. A list longer than
 * the sheet stops one row early and ends with a line saying how many rows are not shown. Tables
 * need at least one data row, so an empty list gets a plain header and a line saying it is empty.
 */
export const writeListSheet = async (wb: ExcelJS.Workbook, list: ListSheet, layout: SheetLayout): Promise<void> => {
  const widths = headerWidths(
    list.columns.map((c) => c.header),
    list.columns.map((c) => c.width),
  );
  const wraps = list.columns.map((c) => c.wrap === true);
  // A streamed sheet writes its print settings when it is added: they go in with the options.
  const print = printOptions({
    headerRow: HEADER_ROW,
    widths,
    titleColumns: list.titleColumns ?? 1,
    plan: layout.print?.plan ?? "",
    round: layout.print?.round ?? null,
  });
  const ws = wb.addWorksheet(list.sheet, { views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 0 }], ...print });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const headers = list.columns.map((c) => c.header);
  const room = layout.maxRows - HEADER_ROW;
  const shown = list.count <= room ? list.count : Math.max(0, room - 1);
  const styles = columnStyles(list.columns);
  const plainHeader = () => {
    const header = ws.getRow(HEADER_ROW);
    header.values = headers;
    styleHeader(header, list.columns.length);
    fitHeaderRow(header, headers, widths);
    header.commit();
  };
  if (list.count === 0) {
    plainHeader();
    if (list.emptyText !== null) ws.getRow(HEADER_ROW + 1).getCell(1).value = list.emptyText;
  } else if (layout.tables && shown > 0) {
    const rows = Array.from({ length: shown }, (_, i) => list.row(i).map(safeText));
    ws.addTable({
      name: list.table,
      ref: `A${HEADER_ROW}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: list.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows,
    });
    rows.forEach((values, i) => {
      const row = ws.getRow(HEADER_ROW + 1 + i);
      styleCells(row, values, styles);
      if (list.notes) addNotes(row, list.notes(i));
      fitDataRow(row, values, widths, wraps);
    });
    styleHeader(ws.getRow(HEADER_ROW), list.columns.length);
    fitHeaderRow(ws.getRow(HEADER_ROW), headers, widths);
  } else {
    plainHeader();
    const direct = layout.exceljsRows ? null : directRows(ws);
    const batched =
      direct !== null &&
      layout.renderRows !== undefined &&
      shown >= (layout.renderElsewhereRows ?? RENDER_ELSEWHERE_ROWS)
        ? batchedRows(direct, layout.renderRows, { widths, wraps }, list.columns.length, layout.breathe)
        : null;
    const plain: boolean[] = [];
    // A column's cells share its style object or the date style; exceljs keys an id on the object
    // and the first cell's type, so each column asks for each of its two ids once.
    const ids = styles.map((): [number?, number?] => []);
    const rowIds: number[] = [];
    // The style id of each cell of a direct row, by its column and whether it holds a date.
    const styleIdsOf = (values: readonly OutValue[]): number[] => {
      rowIds.length = values.length;
      for (let c = 0; c < values.length; c++) {
        const style = cellStyle(values[c], styles[c]!);
        rowIds[c] = ids[c]![style === DATE_STYLE ? 1 : 0] ??= direct!.styleId(style, values[c] ?? null);
      }
      return rowIds;
    };
    for (let i = 0; i < shown; i++) {
      const number = HEADER_ROW + 1 + i;
      const raw = list.row(i);
      const notes = list.notes?.(i) ?? [];
      const isDirect = direct !== null && notes.length === 0 && raw.length === styles.length && raw.length > 0;
      if (batched !== null) {
        // safeText keeps a value's type, so the style ids follow from the values as they come.
        if (isDirect) {
          const full = batched.add(number, raw, styleIdsOf(raw));
          // Awaited only when the pipeline is full: an await per row would cost a turn of the event loop each.
          if (full !== null) await full;
          continue;
        }
        await batched.drain();
      }
      // safeText's test and the escape's in one (isPlainText) for the texts that need neither: most.
      const values = raw.map((v, c) => {
        plain[c] = typeof v === "string" && isPlainText(v);
        return plain[c] ? v : safeText(v);
      });
      plain.length = values.length;
      const height = dataRowHeight(values, widths, wraps);
      if (isDirect) direct!.row(number, values, styleIdsOf(values), height, plain);
      else {
        // Notes go through exceljs, which also writes the sheet's comment parts.
        direct?.handBack(number);
        exceljsRow(ws, values, styles, notes, height);
      }
      if (batched === null && layout.breathe && i % BREATHE_ROWS === BREATHE_ROWS - 1) {
        direct?.handBack(number + 1);
        await layout.breathe();
      }
    }
    await batched?.drain();
    direct?.handBack(HEADER_ROW + shown + 1);
    ws.autoFilter = {
      from: { row: HEADER_ROW, column: 1 },
      to: { row: HEADER_ROW + shown, column: list.columns.length },
    };
  }
  if (shown < list.count) ws.getRow(HEADER_ROW + shown + 1).getCell(1).value = list.overflowText(list.count - shown);
  addChoices(ws, list, shown);
  if (shown > 0)
    for (const cf of list.conditional?.(HEADER_ROW + 1, HEADER_ROW + shown) ?? []) ws.addConditionalFormatting(cf);
  commitSheet(ws);
};
