import { foldKey } from "../../src/core/fold";

const LONG = `Sachstand: ${"Die Maßnahme läuft planmäßig weiter. ".repeat(6)}`;

describe("foldKey", () => {
  it.each([
    ["Maßnahmen-Nr.", "massnahmennr"],
    ["Fortschritt in %", "fortschrittin%"],
    ["  In   Umsetzung ", "inumsetzung"],
    ["Café Émile", "cafeemile"],
    ["GRÜNFLÄCHENAMT", "gruenflaechenamt"],
    ["ẞTRASSE", "sstrasse"],
    ["", ""],
    [LONG, `sachstand${"diemassnahmelaeuftplanmaessigweiter".repeat(6)}`],
  ])("folds %j to %j, the second time too", (text, key) => {
    expect(foldKey(text)).toBe(key);
    expect(foldKey(text)).toBe(key);
  });

  it("still folds right after more distinct texts than it remembers", () => {
    for (let i = 0; i < 25_000; i++) expect(foldKey(`Amt ${i}`)).toBe(`amt${i}`);
    expect(foldKey("Maßnahmen-Nr.")).toBe("massnahmennr");
    expect(foldKey("Amt 7")).toBe("amt7");
  });
});
