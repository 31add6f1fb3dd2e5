// The progress report (Zwischenbericht draft): HTML from the core's report model, charts by Vega-Lite.
export { renderReportHtml } from "./report-html";
export { renderCharts } from "./render-charts";
export type { ChartId, ReportCharts } from "./render-charts";
export { legend, statusChartSpec, statusSegments, NO_STATUS } from "./status-chart-spec";
export type { StatusSegment } from "./status-chart-spec";
export { escapeHtml } from "./escape-html";
export { columnShares } from "./column-shares";
export { softHyphens } from "./soft-hyphens";
export { renderReportDocx } from "./report-docx";
export type { ChartImage, ChartImages } from "./report-docx";
export { chartImages, chartPng } from "./chart-png";
export { doneByYearSpec, roundChartSpec, roundSegments } from "./history-chart-specs";
export { reportDocument } from "./report-document";
export type { ReportDocument, ReportBlock, ReportTable } from "./report-document";
export { CATEGORY_COLOUR, NO_REPORT_COLOUR, NO_STATUS_COLOUR, contrastRatio, labelColour } from "./status-colours";
