import type { ProgressReport } from "../core";
import { doneByYearSpec, roundChartSpec } from "./history-chart-specs";
import { statusChartSpec } from "./status-chart-spec";

/** The charts of the report, each an inline SVG document; the history's only where the workbook has a Verlauf. */
export interface ReportCharts {
  /** The stacked status bars per field of action. */
  readonly byField: string;
  /** The stacked status bars per round of the register. */
  readonly byRound?: string;
  /** Measures completed per year. */
  readonly doneByYear?: string;
}

export type ChartId = keyof ReportCharts;

/**
 * Vega and Vega-Lite are ESM-only (Vega with top-level await), and the command line is compiled to
 * CommonJS: Node's native dynamic import() loads them at run time, only when a report is made.
 * The "none" renderer needs no canvas or DOM; toSVG() returns the chart as SVG text.
 */
export const renderCharts = async (report: ProgressReport): Promise<ReportCharts> => {
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const svg = async (spec: Record<string, unknown>): Promise<string> => {
    const compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0]);
    const view = new vega.View(vega.parse(compiled.spec), { renderer: "none" });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  };
  const byField = await svg(statusChartSpec(report));
  if (report.history === null) return { byField };
  return { byField, byRound: await svg(roundChartSpec(report)), doneByYear: await svg(doneByYearSpec(report)) };
};
