import type { StatusCategory } from "../core";

/**
 * Traffic-light colours by status category, as councils read progress charts: done green, in
 * progress yellow, not started red, "keine Meldung" grey. Light and dark alternate along the
 * scale, so every two neighbouring segments differ by a contrast of at least 3:1 (WCAG 1.4.11)
 * and stay apart in black-and-white print and for colour-blind readers; each segment also
 * carries its count, and the legend keeps the scale's order.
 */
export const CATEGORY_COLOUR: Readonly<Record<StatusCategory, string>> = {
  notStarted: "#f5b7b1", // light red
  planned: "#a04000", // dark orange
  inProgress: "#f4d03f", // yellow
  done: "#1e8449", // green
  ongoing: "#aed6f1", // light blue: ongoing, not done
  postponed: "#6c3483", // purple
  dropped: "#d5d8dc", // light grey
};
/** Nobody reported the measure: a dark grey, apart from the light grey of "entfallen". */
export const NO_REPORT_COLOUR = "#566573";
/** A reported row without a status: white, framed by the bar's outline … */
export const NO_STATUS_COLOUR = "#ffffff";
/** … or dark slate where its neighbour is light. */
export const NO_STATUS_DARK = "#2e4053";

const channel = (c: number): number => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of a #rrggbb colour. */
export const luminance = (hex: string): number => {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
};

/** WCAG contrast ratio of two colours, from 1 to 21. */
export const contrastRatio = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The count label's colour on a segment: whichever of black and white reads better. */
export const labelColour = (background: string): "#000000" | "#ffffff" =>
  contrastRatio(background, "#000000") >= contrastRatio(background, "#ffffff") ? "#000000" : "#ffffff";
