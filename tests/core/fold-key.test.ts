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

  // Pure ASCII takes a one-pass path: it must fold exactly as the Unicode passes do.
  it("folds ASCII and mixed texts exactly as the Unicode passes", () => {
    const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", ẞ: "ss" };
    const passes = (t: string) =>
      t
        .toLowerCase()
        .replace(/[äöüßẞ]/g, (c) => UMLAUTS[c] ?? c)
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[^\p{L}\p{N}%]+/gu, "");
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
      maxLength: 30,
    });
    const mixed = fc.string({ unit: fc.constantFrom(..."aZ9%.- \u0000\u007fÄßé\u0301ﬁİ€".split("")), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(ascii, mixed), (text) => expect(foldKey(text)).toBe(passes(text))),
      { numRuns: 3000 },
    );
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
