import type ExcelJS from "exceljs";
import type { MoneyTotal, MoneyTotals, PlanConfig } from "../../core";
import { writeBlockHeader } from "./block-header";

/** Euros as a German reader expects them in a cell: 12.500,00 €. */
export const EURO_FORMAT = '#,##0.00 "€"';

/** One block of sums: planned, spent, the share spent, and how many measures name an amount. */
const writeMoneyTable = (
  ws: ExcelJS.Worksheet,
  start: number,
  label: string,
  plan: PlanConfig,
  groups: readonly MoneyTotal[],
  overall: MoneyTotal,
): number => {
  const headers = [
    label,
    plan.money?.planned?.label ?? "Mittel geplant (EUR)",
    plan.money?.spent?.label ?? "Mittel verausgabt (EUR)",
    "Anteil verausgabt",
    "Maßnahmen mit Betrag",
  ];
  writeBlockHeader(ws, start, headers);
  [...groups, overall].forEach((g, i) => {
    const row = ws.getRow(start + 1 + i);
    const spentShare = g.planned > 0 ? Math.round((g.spent / g.planned) * 100) / 100 : null;
    [g.group, g.planned, g.spent, spentShare, g.measures].forEach((v, j) => (row.getCell(j + 1).value = v));
    row.getCell(2).numFmt = EURO_FORMAT;
    row.getCell(3).numFmt = EURO_FORMAT;
    row.getCell(4).numFmt = "0%";
    if (g === overall) row.font = { bold: true };
  });
  return start + 1 + groups.length + 2;
};

/** The money sums per field of action, lead office and Geschäftsbereich, below the counts. */
export const writeMoneyTables = (ws: ExcelJS.Worksheet, start: number, plan: PlanConfig, m: MoneyTotals): number => {
  let next = writeMoneyTable(ws, start, "Handlungsfeld", plan, m.byField, m.overall);
  next = writeMoneyTable(ws, next, "federführendes Amt", plan, m.byOffice, m.overall);
  return writeMoneyTable(ws, next, "Geschäftsbereich", plan, m.byBusinessArea, m.overall);
};
