import type { ProgressReport } from "../core";
import { CATEGORY_COLOUR } from "./status-colours";
import { CHART_BASE, legendOf, segmentsOf, stackedBarSpec, type StatusSegment } from "./status-chart-spec";

/** The Verlauf always says "keine Meldung" for a measure nobody reported: the legend always has it. */
export const roundLegend = (report: ProgressReport) => legendOf(report.statuses, true);

/** One stacked bar per round of the register, oldest first, in the colours of the status chart. */
export const roundSegments = (report: ProgressReport): StatusSegment[] =>
  segmentsOf(report.history?.byRound.map((t) => [t.round, t] as const) ?? [], roundLegend(report));

export const roundChartSpec = (report: ProgressReport): Record<string, unknown> =>
  stackedBarSpec(
    roundSegments(report),
    report.history?.rounds.map((r) => r.name) ?? [],
    roundLegend(report),
    report.labels.status,
  );

/** Measures completed per year: upright bars in the colour of "umgesetzt", each with its count. */
export const doneByYearSpec = (report: ProgressReport): Record<string, unknown> => {
  const values = report.history?.doneByYear ?? [];
  const x = { field: "year", type: "ordinal", title: "Jahr", sort: null, axis: { labelAngle: 0, labelFontSize: 13 } };
  return {
    ...CHART_BASE,
    height: 200,
    data: { values },
    layer: [
      {
        mark: { type: "bar", stroke: "#555", strokeWidth: 0.6, color: CATEGORY_COLOUR.done },
        encoding: {
          x,
          y: {
            field: "count",
            type: "quantitative",
            title: "umgesetzte Maßnahmen",
            axis: { format: "d", tickMinStep: 1 },
          },
          tooltip: null,
        },
      },
      {
        mark: { type: "text", fontSize: 12, fontWeight: "bold", dy: -8, color: "#000000" },
        encoding: { x, y: { field: "count", type: "quantitative" }, text: { field: "count", type: "quantitative" } },
      },
    ],
  };
};
