import ExcelJS from "exceljs";
import type { Consolidation, PlanConfig } from "../../core";
import { writeConflictsSheet } from "./conflicts-sheet";
import { writeIssuesSheet } from "./issues-sheet";
import { writeChangesSheet, writeCoverageSheet, writeMissingSheet, writeOverdueSheet } from "./list-sheets";
import { writeMeasuresSheet } from "./measures-sheet";
import { writeOverviewSheet } from "./overview-sheet";
import { writeSourcesSheet } from "./sources-sheet";

/** Marks our own output so a later merge can recognise it among the inputs instead of merging it blindly. */
export const CONSOLIDATED_MARKER = "Aktionsplan-Monitor: konsolidierter Umsetzungsstand";

/** The consolidated status workbook as bytes (browser-safe: no file system). */
export const writeConsolidatedWorkbook = async (c: Consolidation, plan: PlanConfig): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  // Same inputs and --today give the same content: document dates come from the run's date, not the clock.
  const stamp = new Date(`${c.today}T00:00:00Z`);
  wb.created = stamp;
  wb.modified = stamp;
  wb.creator = "Aktionsplan-Monitor";
  wb.lastModifiedBy = "Aktionsplan-Monitor";
  wb.title = `${plan.title} – konsolidierter Umsetzungsstand`;
  wb.subject = CONSOLIDATED_MARKER;
  writeOverviewSheet(wb, c, plan);
  writeMeasuresSheet(wb, c, plan);
  writeIssuesSheet(wb, c, plan);
  writeConflictsSheet(wb, c, plan);
  writeMissingSheet(wb, c);
  writeCoverageSheet(wb, c);
  writeOverdueSheet(wb, c);
  writeChangesSheet(wb, c);
  writeSourcesSheet(wb, c);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
