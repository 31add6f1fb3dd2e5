import { NO_REPORT, type ProgressReport, type Tally } from "../core";
import {
  CATEGORY_COLOUR,
  contrastRatio,
  labelColour,
  NO_REPORT_COLOUR,
  NO_STATUS_COLOUR,
  NO_STATUS_DARK,
} from "./status-colours";

export const NO_STATUS = "ohne Status";

export interface StatusSegment {
  readonly group: string;
  readonly status: string;
  readonly rank: number;
  readonly count: number;
  readonly x0: number;
  readonly x1: number;
  readonly mid: number;
  /** The segment's fill and the colour its count is printed in. */
  readonly fill: string;
  readonly dark: boolean;
}

export type Segment =
  | { readonly kind: "status"; readonly value: string; readonly label: string; readonly fill: string }
  | { readonly kind: "unreported" | "none"; readonly label: string; readonly fill: string };

/** The counts one bar stacks: a Tally of a field of action, or a round of the Verlauf. */
export interface BarCounts {
  readonly byStatus: Readonly<Record<string, number>>;
  readonly unreported: number;
  readonly noStatus: number;
  readonly total: number;
}

/** The segments in order: the plan's statuses, then (with a master plan) "keine Meldung", then "ohne Status". */
export const legendOf = (statuses: ProgressReport["statuses"], withUnreported: boolean): Segment[] => {
  const before: Segment[] = [
    ...statuses.map(
      (s): Segment => ({ kind: "status", value: s.value, label: s.label, fill: CATEGORY_COLOUR[s.category] }),
    ),
    ...(withUnreported ? [{ kind: "unreported", label: NO_REPORT, fill: NO_REPORT_COLOUR } as const] : []),
  ];
  // White, unless its neighbour is light too (no master plan: "entfallen" comes right before it).
  const last = before[before.length - 1]?.fill ?? NO_STATUS_DARK;
  return [
    ...before,
    {
      kind: "none",
      label: NO_STATUS,
      fill: contrastRatio(last, NO_STATUS_COLOUR) >= 3 ? NO_STATUS_COLOUR : NO_STATUS_DARK,
    },
  ];
};

export const legend = (report: ProgressReport): Segment[] => legendOf(report.statuses, report.scope !== null);

/**
 * One stacked bar per group, segments = statuses in scale order, as shares of the group's measures.
 * Positions are computed here rather than by Vega-Lite's stack, so the count labels sit exactly in
 * their segments and the numbers are testable without Vega.
 */
export const segmentsOf = (groups: readonly (readonly [string, BarCounts])[], labels: Segment[]): StatusSegment[] =>
  groups.flatMap(([group, t]) => {
    let x = 0;
    return labels.flatMap((s, rank) => {
      const count =
        s.kind === "status" ? (t.byStatus[s.value] ?? 0) : s.kind === "unreported" ? t.unreported : t.noStatus;
      if (count === 0 || t.total === 0) return [];
      const x0 = x;
      x += count / t.total;
      return [
        {
          group,
          status: s.label,
          rank,
          count,
          x0,
          x1: x,
          mid: (x0 + x) / 2,
          fill: s.fill,
          dark: labelColour(s.fill) === "#ffffff",
        },
      ];
    });
  });

/** One stacked bar per field of action (and "Gesamt"). */
export const statusSegments = (report: ProgressReport): StatusSegment[] =>
  segmentsOf(
    [...report.fields.map((f): [string, Tally] => [f.field, f.tally]), ["Gesamt", report.overall]],
    legend(report),
  );

/** What every chart of the report shares: size unit, font, black labels, German number format ("50 %"). */
export const CHART_BASE = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  width: 440,
  background: "white",
  config: {
    locale: {
      number: { decimal: ",", thousands: ".", grouping: [3], currency: ["", "\u00a0€"], percent: "\u202f%" },
    },
    font: "Arial, Helvetica, sans-serif",
    view: { stroke: null },
    axis: { labelColor: "#000", titleColor: "#000", labelFontSize: 12, titleFontSize: 12 },
    legend: { labelColor: "#000", titleColor: "#000", labelFontSize: 12, titleFontSize: 12, symbolSize: 160 },
  },
} as const;

/** The Vega-Lite specification of stacked status bars, one per group in `order`. */
export const stackedBarSpec = (
  segments: readonly StatusSegment[],
  order: readonly string[],
  labels: readonly Segment[],
  /** The legend's title: the plan's label of the status column. */
  statusLabel = "Umsetzungsstand",
): Record<string, unknown> => {
  const domain = labels.map((s) => s.label);
  const range = labels.map((s) => s.fill);
  const y = { field: "group", type: "nominal", sort: order, title: null, axis: { labelLimit: 0, labelFontSize: 13 } };
  return {
    ...CHART_BASE,
    height: { step: 30 },
    data: { values: segments },
    layer: [
      {
        mark: { type: "bar", stroke: "#555", strokeWidth: 0.6 },
        encoding: {
          y,
          x: {
            field: "x0",
            type: "quantitative",
            scale: { domain: [0, 1] },
            axis: { format: ".0%", title: "Anteil der Maßnahmen", grid: false },
          },
          x2: { field: "x1" },
          color: {
            field: "status",
            type: "nominal",
            scale: { domain, range },
            legend: {
              title: statusLabel,
              orient: "bottom",
              columns: 3,
              symbolStrokeColor: "#555",
              symbolStrokeWidth: 0.6,
            },
          },
          tooltip: null,
        },
      },
      {
        mark: { type: "text", fontSize: 12, fontWeight: "bold" },
        encoding: {
          y,
          x: { field: "mid", type: "quantitative" },
          text: { field: "count", type: "quantitative" },
          color: { condition: { test: "datum.dark", value: "#ffffff" }, value: "#000000" },
        },
      },
    ],
  };
};

/** The stacked status bars per field of action (rendered to SVG by render-charts.ts). */
export const statusChartSpec = (report: ProgressReport): Record<string, unknown> =>
  stackedBarSpec(
    statusSegments(report),
    [...report.fields.map((f) => f.field), "Gesamt"],
    legend(report),
    report.labels.status,
  );
