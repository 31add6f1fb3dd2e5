import type { ProgressReport } from "../core";
import { statusChartSpec } from "./status-chart-spec";

export interface ReportCharts {
  /** The stacked status bars per field of action, as an inline SVG document. */
  readonly byField: string;
}

/**
 * Vega and Vega-Lite are ESM-only (Vega with top-level await), and the command line is compiled to
 * CommonJS: Node's native dynamic import() loads them at run time, only when a report is made.
 * The "none" renderer needs no canvas or DOM; toSVG() returns the chart as SVG text.
 */
export const renderCharts = async (report: ProgressReport): Promise<ReportCharts> => {
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const compiled = vegaLite.compile(statusChartSpec(report) as unknown as Parameters<typeof vegaLite.compile>[0]);
  const view = new vega.View(vega.parse(compiled.spec), { renderer: "none" });
  try {
    return { byField: await view.toSVG() };
  } finally {
    view.finalize();
  }
};
