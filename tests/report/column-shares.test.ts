import { columnShares, type ReportTable, softHyphens } from "../../src/report";

const coverage: ReportTable = {
  caption: "Maßnahmen mit Bedarf an einem Deckungsvorschlag",
  columns: [
    { header: "Nr.", numeric: false, wide: false },
    { header: "Maßnahme", numeric: false, wide: true },
    { header: "federführend", numeric: false, wide: false },
    { header: "Haushaltsrelevanz", numeric: false, wide: false },
    { header: "Deckungsvorschlag", numeric: false, wide: true },
    { header: "Stand", numeric: false, wide: false },
    { header: "vorhanden", numeric: false, wide: false },
  ],
  rows: [
    [
      "1.2.10",
      "Auszug aus Gemeinschaftsunterkünften begleiten",
      "Eigenbetrieb Kindertageseinrichtungen",
      "ja",
      "–",
      "–",
      "nein",
    ],
  ],
  rowHeader: false,
};

describe("the report table's column shares on A4", () => {
  it("gives the text columns the most, every other column room for its longest word, 100 % in all", () => {
    const [id, measure, office, budget, proposal, state, exists] = columnShares(coverage) as number[] & { length: 7 };
    expect(id! + measure! + office! + budget! + proposal! + state! + exists!).toBeCloseTo(100, 0);
    expect(measure).toBe(proposal);
    expect(Math.min(measure!, proposal!)).toBeGreaterThanOrEqual(Math.max(id!, office!, budget!, state!, exists!));
    // A long compound word asks for more than a short ID or a short header, up to a cap.
    expect(office).toBeGreaterThan(exists!);
    expect(exists).toBeGreaterThan(state!);
    expect(state).toBeGreaterThan(0);
    expect(office).toBe(budget);
  });

  it("counts a number cell whole, because it never wraps", () => {
    const t = (numeric: boolean): ReportTable => ({
      caption: "x",
      columns: [
        { header: "Nr.", numeric: false, wide: false },
        { header: "Mittel", numeric, wide: false },
        { header: "Maßnahme", numeric: false, wide: true },
      ],
      rows: [["1.1", "12.500\u00a0€ → 14.000\u00a0€", "Sprachkurse"]],
      rowHeader: false,
    });
    expect(columnShares(t(true))[1]).toBeGreaterThan(columnShares(t(false))[1]! * 1.5);
  });
});

describe("soft hyphens for narrow columns", () => {
  it.each([
    ["Eigenbetrieb Kindertageseinrichtungen", "Ei­gen­be­trieb Kin­der­ta­ges­ein­rich­tun­gen"],
    ["Haushaltsrelevanz", "Haus­halts­re­le­vanz"],
    ["in Umsetzung", "in Umsetzung"],
    ["1.2.10 <b>", "1.2.10 <b>"],
  ])("%s", (text, hyphenated) => {
    expect(softHyphens(text)).toBe(hyphenated);
    expect(softHyphens(text).replace(/\u00ad/g, "")).toBe(text);
  });
});
