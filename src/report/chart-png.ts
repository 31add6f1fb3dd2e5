import type { ReportCharts } from "./render-charts";
import type { ChartImage, ChartImages } from "./report-docx";

/** Rendered at twice the size it is shown at, so the chart stays sharp when printed. */
const PRINT_SCALE = 2;

/**
 * The chart's SVG as a PNG for the Word version: Word and LibreOffice show PNG everywhere, SVG only in
 * newer versions. resvg (a Rust renderer shipped as a prebuilt binary inside its npm package) needs no
 * browser and no canvas; it uses the machine's fonts for the count labels.
 */
export const chartPng = async (svg: string): Promise<ChartImage> => {
  const { Resvg } = await import("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: PRINT_SCALE },
    background: "white",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  const image = resvg.render();
  return { png: new Uint8Array(image.asPng()), width: image.width / PRINT_SCALE, height: image.height / PRINT_SCALE };
};

/** Every chart the report has, as PNGs for the Word version. */
export const chartImages = async (charts: ReportCharts): Promise<ChartImages> => ({
  byField: await chartPng(charts.byField),
  ...(charts.byRound === undefined ? {} : { byRound: await chartPng(charts.byRound) }),
  ...(charts.doneByYear === undefined ? {} : { doneByYear: await chartPng(charts.doneByYear) }),
});
