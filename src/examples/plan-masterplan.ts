import type { PlanConfig } from "../core";
import { newWorkbook, putRow, styleHeader, toExampleFile, type ExampleFile } from "./example-sheet";
import { masterColumns, planMeasures } from "./plan-measures";

/** The coordinator's master list of any plan: its master columns under its own labels, header in row 1. */
export const buildPlanMasterplan = async (plan: PlanConfig): Promise<ExampleFile> => {
  const columns = masterColumns(plan);
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Masterplan");
  putRow(
    ws,
    1,
    columns.map((c) => c.label),
  );
  styleHeader(
    ws,
    1,
    columns.map((c) => c.width),
  );
  planMeasures(plan).forEach((m, i) => {
    putRow(
      ws,
      i + 2,
      columns.map((c) => (c.key === "measureId" ? m.id : (m.values[c.key] ?? null))),
    );
  });
  columns.forEach((c, i) => {
    if (c.format) ws.getColumn(i + 1).numFmt = c.format;
  });
  return toExampleFile("Masterplan.xlsx", wb);
};
