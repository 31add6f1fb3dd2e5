import type ExcelJS from "exceljs";
import { germanDate, type Consolidation, type PlanConfig, type Tally } from "../../core";
import { FACT, SHEET } from "./labels";
import { commitSheet } from "./list-sheet";
import { fitHeaderRow, printOptions } from "../print-layout";
import { excelDate, styleHeader, wholePercent } from "./sheet-kit";

/**
 * Übersicht: run facts, then per field of action and per office the count by status, the share
 * done and mean progress. Definitions (README, "Übersicht"): dropped measures leave the
 * denominator of the share done; Daueraufgabe counts as ongoing, not done.
 */
export const writeOverviewSheet = (wb: ExcelJS.Workbook, c: Consolidation, plan: PlanConfig): void => {
  // Narrow enough that the whole table fits one landscape page legibly; long labels wrap in the header.
  const widths = [40, ...Array.from({ length: plan.statuses.length + 6 }, () => 11)];
  // Several tables under each other: no one header row to repeat; the group names (column A) are.
  const print = printOptions({ headerRow: null, widths, titleColumns: 1, plan: c.plan.title, round: `Stand ${germanDate(c.today)}` });
  const ws = wb.addWorksheet(SHEET.overview, { views: [{ state: "normal" }], ...print });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const title = ws.getRow(1).getCell(1);
  title.value = `${c.plan.title} – konsolidierter Umsetzungsstand`;
  title.font = { bold: true, size: 14 };
  const totals = c.inputs.reduce(
    (t, i) => ({
      rows: t.rows + i.result.rows,
      errors: t.errors + i.result.issues.filter((x) => x.severity === "error").length,
      warnings: t.warnings + i.result.issues.filter((x) => x.severity === "warning").length,
      unreadable: t.unreadable + (i.result.status === "unreadable" ? 1 : 0),
    }),
    { rows: 0, errors: 0, warnings: 0, unreadable: 0 },
  );
  const facts: [string, string | number | Date | null][] = [
    [FACT.plan, c.plan.title],
    [FACT.runDate, excelDate(c.today)],
    [FACT.files, c.inputs.length],
    [FACT.unreadable, totals.unreadable],
    [FACT.rowsRead, totals.rows],
    [FACT.measures, c.measures.length],
    [FACT.errors, totals.errors],
    [FACT.warnings, totals.warnings],
    [FACT.shareDone, share(c.overview.overall.shareDone)],
    [FACT.meanProgress, wholePercent(c.overview.overall.meanProgress)],
    [FACT.overdue, c.overview.overall.overdue],
  ];
  facts.forEach(([label, value], i) => {
    const row = ws.getRow(3 + i);
    row.getCell(1).value = label;
    row.getCell(2).value = value;
    if (label === FACT.shareDone || label === FACT.meanProgress) row.getCell(2).numFmt = "0%";
    if (value instanceof Date) row.getCell(2).numFmt = "dd.mm.yyyy";
  });
  let next = 3 + facts.length + 1;
  next = writeTallyTable(ws, next, "Handlungsfeld", c.overview.byField.map((f) => [f.field, f.tally]), c.overview.overall, plan);
  writeTallyTable(ws, next + 1, "federführendes Amt", c.overview.byOffice.map((o) => [o.office, o.tally]), c.overview.overall, plan);
  commitSheet(ws);
};

/** A share (0…1) in whole percents, as the cell's "0%" format shows it: the cell holds what is seen. */
const share = (x: number | null): number | null => (x === null ? null : wholePercent(x * 100));

const writeTallyTable = (ws: ExcelJS.Worksheet, start: number, label: string, groups: [string, Tally][], overall: Tally, plan: PlanConfig): number => {
  const headers = [label, ...plan.statuses.map((s) => s.label), "ohne Status", "gesamt", "Anteil umgesetzt", "Ø Fortschritt", "überfällig"];
  const header = ws.getRow(start);
  headers.forEach((h, i) => (header.getCell(i + 1).value = h));
  styleHeader(header, headers.length);
  fitHeaderRow(header, headers, headers.map((_, i) => (i === 0 ? 40 : 11)));
  const lines: [string, Tally][] = [...groups, ["Gesamt", overall]];
  lines.forEach(([name, t], i) => {
    const row = ws.getRow(start + 1 + i);
    const values = [name, ...plan.statuses.map((s) => t.byStatus[s.value] ?? 0), t.noStatus, t.total, share(t.shareDone), wholePercent(t.meanProgress), t.overdue];
    values.forEach((v, j) => (row.getCell(j + 1).value = v));
    row.getCell(plan.statuses.length + 4).numFmt = "0%";
    row.getCell(plan.statuses.length + 5).numFmt = "0%";
    if (name === "Gesamt") row.font = { bold: true };
  });
  return start + 1 + lines.length + 1;
};
