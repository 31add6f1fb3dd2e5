import { buildProgressReport, DEFAULT_PLAN, emptyMeasureRow } from "../../src/core";
import { contrastRatio, legend, statusSegments } from "../../src/report";

/** Hue in degrees and saturation of a #rrggbb colour, to check that green is green. */
const hsl = (hex: string): { hue: number; sat: number } => {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  if (d === 0) return { hue: 0, sat: 0 };
  const hue = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: (hue * 60 + 360) % 360, sat: d / (1 - Math.abs(max + min - 1)) };
};

describe("status colours of the report chart", () => {
  // With a master plan the legend has every category, "keine Meldung" and "ohne Status".
  const row = {
    ...emptyMeasureRow(),
    measureId: "1.1.1",
    field: "Arbeit und Wirtschaft",
    leadOffice: "Sozialamt",
    status: "umgesetzt",
  };
  const report = buildProgressReport({
    plan: DEFAULT_PLAN,
    rows: [row],
    unreported: [{ ...row, measureId: "1.1.2", status: null }],
    scope: { planned: 2, officesExpected: 1, officesReplied: 1, deviations: 0 },
    changes: null,
    facts: { runDate: "2024-06-30", source: "U.xlsx", files: 1, unreadable: 0, rowsRead: 1, errors: 0, warnings: 0 },
  });
  const items = legend(report);
  const fill = (label: string) => items.find((i) => i.label === label)!.fill;

  it("keeps neighbouring segments apart by a contrast of at least 3:1, in black-and-white print too", () => {
    expect(items.map((i) => i.label)).toEqual([
      ...DEFAULT_PLAN.statuses.map((s) => s.label),
      "keine Meldung",
      "ohne Status",
    ]);
    const pairs = items
      .slice(1)
      .map((b, i) => [items[i]!.label, b.label, contrastRatio(items[i]!.fill, b.fill)] as const);
    expect(pairs.filter(([, , ratio]) => ratio < 3)).toEqual([]);
  });

  it("keeps them apart without a master plan too, where no „keine Meldung“ stands between", () => {
    const without = legend({ ...report, scope: null });
    expect(without.map((i) => i.label)).toEqual([...DEFAULT_PLAN.statuses.map((s) => s.label), "ohne Status"]);
    expect(without.slice(1).filter((b, i) => contrastRatio(without[i]!.fill, b.fill) < 3)).toEqual([]);
  });

  it("uses the traffic light: done green, in progress yellow, not started red, no report grey", () => {
    const hue = (label: string) => hsl(fill(label)).hue;
    expect(hue("umgesetzt")).toBeGreaterThan(90);
    expect(hue("umgesetzt")).toBeLessThan(160);
    expect(hue("in Umsetzung")).toBeGreaterThan(40);
    expect(hue("in Umsetzung")).toBeLessThan(60);
    expect(Math.min(hue("nicht begonnen"), 360 - hue("nicht begonnen"))).toBeLessThan(15);
    expect(hsl(fill("keine Meldung")).sat).toBeLessThan(0.2);
    // Dropped and ongoing are told apart from "keine Meldung" and from done.
    expect(new Set([fill("entfallen"), fill("Daueraufgabe"), fill("keine Meldung"), fill("umgesetzt")]).size).toBe(4);
  });

  it("prints every count in the colour that reads best on its segment (at least 4.5:1)", () => {
    const segments = statusSegments(report);
    expect(segments.length).toBeGreaterThan(0);
    for (const s of segments) expect(contrastRatio(s.fill, s.dark ? "#ffffff" : "#000000")).toBeGreaterThanOrEqual(4.5);
  });
});
