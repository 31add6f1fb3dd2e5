import { countIssues, validateGrid, type Fix, type PlanConfig, type TableReport } from "../core";
import type { ExcelPort, SheetSnapshot } from "./excel-port";

export interface CheckResult {
  readonly snapshot: SheetSnapshot;
  readonly report: TableReport;
}

/** Prüfen: reads the active sheet through the port and validates it with the shared core. */
export const checkActiveSheet = async (port: ExcelPort, plan: PlanConfig, today: string): Promise<CheckResult> => {
  const snapshot = await port.readActiveSheet();
  const full = validateGrid(snapshot.grid, plan, { today });
  // In the add-in the readings are the "Korrigieren" checklist (typed → read), shown there with a
  // choice to write them; listed again among the findings and highlighted they would only crowd them.
  const issues = full.issues.filter((i) => i.code !== "cell/normalised");
  return { snapshot, report: { ...full, issues, stats: { ...countIssues(issues), rows: full.stats.rows } } };
};

/** Only the fixes the user chose, by cell address; nothing else is written. */
export const chosenFixes = (fixes: readonly Fix[], chosen: ReadonlySet<string>): Fix[] =>
  fixes.filter((f) => chosen.has(f.cell));
