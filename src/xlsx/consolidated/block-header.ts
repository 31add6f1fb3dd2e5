import type ExcelJS from "exceljs";
import { fitHeaderRow } from "../print-layout";
import { styleHeader } from "./sheet-kit";

/** The header row of one block of the Übersicht: a wide group column, then narrow figures. */
export const writeBlockHeader = (ws: ExcelJS.Worksheet, row: number, headers: readonly string[]): void => {
  const header = ws.getRow(row);
  headers.forEach((h, i) => (header.getCell(i + 1).value = h));
  styleHeader(header, headers.length);
  fitHeaderRow(
    header,
    headers,
    headers.map((_, i) => (i === 0 ? 40 : 11)),
  );
};
