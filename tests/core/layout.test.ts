import { DEFAULT_PLAN, canonicalLayout } from "../../src/core";

describe("canonicalLayout", () => {
  const layout = canonicalLayout(DEFAULT_PLAN);
  const col = (key: string) => layout.find((c) => c.key === key)!;

  it("follows the plan's column order and German labels", () => {
    expect(layout.map((c) => c.label).slice(0, 5)).toEqual([
      "Maßnahmen-Nr.",
      "Handlungsfeld",
      "Ziel",
      "Maßnahme",
      "federführend",
    ]);
  });

  it.each([
    ["measureId", "@", null, true],
    ["progress", "0%", null, false],
    ["end", "dd.mm.yyyy", null, true],
    [
      "status",
      null,
      ["nicht begonnen", "in Planung", "in Umsetzung", "umgesetzt", "Daueraufgabe", "zurückgestellt", "entfallen"],
      false,
    ],
    ["budget", null, ["nein", "Ja, im Rahmen verfügbarer Haushaltsmittel.", "ja"], true],
  ] as const)("%s: format %p, list %p, master %p", (key, format, list, master) => {
    expect([col(key).format, col(key).list, col(key).master]).toEqual([format, list, master]);
  });

  it("offers every office and field of action as a drop-down", () => {
    expect(col("leadOffice").list).toHaveLength(DEFAULT_PLAN.offices.length);
    expect(col("field").list).toEqual(DEFAULT_PLAN.fields.map((f) => f.name));
  });
});
