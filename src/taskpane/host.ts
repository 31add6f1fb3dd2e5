/**
 * What the add-in needs from the Office host, passed in so that the UI and all logic run against
 * Microsoft's Excel in Office, or against the project's fake Excel under jest and in a test page.
 */
export interface ExcelHost {
  /** Excel.run: a batch of queued operations against one request context. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported("ExcelApi", version). */
  supports(version: string): boolean;
}

/** Requirement sets per feature (README "Excel-Versionen"): the UI explains what an older Excel lacks. */
export const FEATURE_SETS = {
  validate: "1.7",
  highlight: "1.9",
  fix: "1.8",
  structure: "1.8",
  backupCopy: "1.10",
  template: "1.8",
  date1904: "1.16",
} as const;
export type Feature = keyof typeof FEATURE_SETS;

export const hostFromOffice = (): ExcelHost => ({
  run: (batch) => Excel.run(batch),
  supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
});
