import type ExcelJS from "exceljs";

/**
 * Document properties every workbook the tool writes carries: dates from the run's date (not the
 * clock, so the same inputs give the same file), the tool as author, and a subject that marks what
 * the workbook is, so a later run can recognise its own outputs.
 */
export const stampWorkbook = (wb: ExcelJS.Workbook, isoDate: string, title: string, subject: string): void => {
  const stamp = new Date(`${isoDate}T00:00:00Z`);
  wb.created = stamp;
  wb.modified = stamp;
  wb.creator = "Aktionsplan-Monitor";
  wb.lastModifiedBy = "Aktionsplan-Monitor";
  wb.title = title;
  wb.subject = subject;
};
