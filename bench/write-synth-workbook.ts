import { rename } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { SynthSheet, SynthValue } from "./synthetic-sheet";

type OutCell = string | number | Date | null;

/** exceljs writes a Date as the serial of its UTC day, so UTC midnight gives the calendar day meant. */
const outCell = (v: SynthValue): OutCell => (v === null || typeof v !== "object" ? v : new Date(`${v.iso}T00:00:00Z`));

/**
 * Writes one office workbook with exceljs' streaming writer: rows go to the zip as they are
 * committed, so a 1,000-row file never sits in memory as a workbook model. Written under a
 * temporary name and renamed, so a killed generator leaves no half file a cache would reuse.
 */
export const writeSynthWorkbook = async (s: SynthSheet, path: string): Promise<void> => {
  const tmp = `${path}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
  wb.creator = "aktionsplan bench";
  const ws = wb.addWorksheet(s.sheet);
  for (const r of s.titleRows) ws.addRow(r.map(outCell)).commit();
  const header = ws.addRow([...s.header]);
  header.font = { bold: true };
  header.commit();
  for (const values of s.rows) {
    const row = ws.addRow(values.map(outCell));
    values.forEach((v, c) => {
      const format = s.formats[c];
      if (format !== undefined && v !== null && typeof v !== "string") row.getCell(c + 1).numFmt = format;
    });
    row.commit();
  }
  ws.commit();
  await wb.commit();
  await rename(tmp, path);
};
