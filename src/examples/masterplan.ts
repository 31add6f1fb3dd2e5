import { EXAMPLE_MEASURES } from "./example-data";
import { newWorkbook, putRow, styleHeader, toExampleFile, type ExampleFile } from "./example-sheet";

/** The coordinator's master list in the canonical layout: labels of the plan configuration, header in row 1. */
export const MASTERPLAN_HEADER = ["Maßnahmen-Nr.", "Handlungsfeld", "Ziel", "Maßnahme", "federführend", "beteiligt", "Umsetzungszeitraum", "Haushaltsrelevanz"] as const;
const WIDTHS = [12, 26, 30, 60, 28, 32, 16, 34];

export const buildMasterplan = async (): Promise<ExampleFile> => {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Masterplan");
  putRow(ws, 1, MASTERPLAN_HEADER);
  styleHeader(ws, 1, WIDTHS);
  EXAMPLE_MEASURES.forEach((x, i) => putRow(ws, i + 2, [x.id, x.field, x.goal, x.measure, x.leadOffice, x.partners.join("; ") || null, x.timeframe, x.budget]));
  // Text format on the ID column, so that editing an ID in Excel does not turn it into a date.
  ws.getColumn(1).numFmt = "@";
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: EXAMPLE_MEASURES.length + 1, column: MASTERPLAN_HEADER.length } };
  return toExampleFile("Masterplan.xlsx", wb);
};
