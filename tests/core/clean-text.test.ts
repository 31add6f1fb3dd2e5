import fc from "fast-check";
import { cleanText } from "../../src/core";

/** What cleanText is defined to do, written the slow and obvious way: the fast path must agree. */
const reference = (text: string): string =>
  text
    .replace(/[\u200b\u2060\ufeff]/g, "")
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g, " ")
    .replace(/[ \t]+$/gm, "")
    .replace(/^[ \t]+/gm, (m, off: number) => (off === 0 ? "" : m))
    .trim();

// Characters where cleaning happens: every kind of space, line ends, zero-width marks, joiners.
const tricky = fc.constantFrom(
  " ",
  "\t",
  "\n",
  "\r",
  "\u00a0",
  "\u2007",
  "\u202f",
  "\u2003",
  "\u3000",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u2028",
  "\u1680",
  "a",
  "ß",
  "😀",
);

describe("cleanText", () => {
  it("equals the reference for arbitrary text, including every kind of space and line end", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.oneof(tricky, fc.string({ minLength: 1, maxLength: 1 })) }),
        (s) => cleanText(s) === reference(s),
      ),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["already clean", "Sprachkurse für Erwerbstätige"],
    ["blank before a line break", "erste Zeile \nzweite"],
    ["blank before a carriage return", "erste Zeile \rzweite"],
    ["indented second line (kept)", "erste\n  zweite"],
    ["narrow no-break space inside", "50\u202f%"],
    ["Persian with ZWNJ (kept)", "می\u200cخواهم"],
  ])("%s", (_what, text) => expect(cleanText(text)).toBe(reference(text)));
});
