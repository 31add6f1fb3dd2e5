import ExcelJS from "exceljs";

/** Builds a workbook with exceljs at test time and returns its bytes. */
export const workbookBytes = async (build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

/** A sheet from rows of values; a value may be a full exceljs cell value (formula, rich text, …). */
export const addRows = (ws: ExcelJS.Worksheet, rows: readonly (readonly unknown[])[]): void => {
  for (const r of rows) ws.addRow(r as unknown[]);
};

export const loadWorkbook = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
};
