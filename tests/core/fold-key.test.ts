import fc from "fast-check";
import { foldKey, foldsLongerThan } from "../../src/core/fold";

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

describe("foldsLongerThan", () => {
  // Header detection skips the texts it says yes to: a yes for a text that folds short would lose a header.
  it("says yes only for texts whose fold is longer than the bound", () => {
    const chars = fc.constantFrom(..."aZ9%ßÄé .-_\u0005\u0010\u0019\u00a0\u0301ﬁİ€@[`{".split(""));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), fc.nat({ max: 30 }), (parts, max) => {
        const text = parts.join("");
        if (foldsLongerThan(text, max)) expect(foldKey(text).length).toBeGreaterThan(max);
      }),
      { numRuns: 2000 },
    );
  });

  it("says yes for a Sachstand paragraph and no for header names", () => {
    expect(foldsLongerThan(LONG, 40)).toBe(true);
    expect(foldsLongerThan("Maßnahmen-Nr.", 40)).toBe(false);
    // Control characters below "0" fold to nothing and are not counted as digits or "%".
    expect(foldsLongerThan("\u0010\u0011\u0005".repeat(20), 10)).toBe(false);
  });
});
