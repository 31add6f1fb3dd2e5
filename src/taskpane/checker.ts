import { validateGrid, type Fix, type PlanConfig, type TableReport } from "../core";
import type { ExcelPort, SheetSnapshot } from "./excel-port";

export interface CheckResult {
  readonly snapshot: SheetSnapshot;
  readonly report: TableReport;
}

/** Prüfen: reads the active sheet through the port and validates it with the shared core. */
export const checkActiveSheet = async (port: ExcelPort, plan: PlanConfig, today: string): Promise<CheckResult> => {
  const snapshot = await port.readActiveSheet();
  return { snapshot, report: validateGrid(snapshot.grid, plan, { today }) };
};

/** Only the fixes the user chose, by cell address; nothing else is written. */
export const chosenFixes = (fixes: readonly Fix[], chosen: ReadonlySet<string>): Fix[] => fixes.filter((f) => chosen.has(f.cell));
