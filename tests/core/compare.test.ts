import fc from "fast-check";
import { compareMeasureIds, compareSplit as bySplitting } from "../../src/core/compare";

describe("compareMeasureIds", () => {
  it.each([
    ["3.2.9", "3.2.10", -1],
    ["3.2.10", "3.2.9", 1],
    ["3.2", "3.2.1", -1],
    ["3.2.", "3.2", 1],
    ["03.2", "3.2", 0],
    ["1.1", "1.a", -1],
    ["1.1", "x", -1],
    ["", "", 0],
    ["12345678901234567.1", "12345678901234568.1", 0],
  ])("%j against %j has the sign %d", (a, b, sign) => {
    expect(Math.sign(compareMeasureIds(a, b))).toBe(sign);
  });

  // Digits-and-dots IDs take an in-place path: it must give the very numbers the split order gives.
  it("returns what the split order returns, for IDs of digits and dots and for anything else", () => {
    const part = fc.oneof(
      fc.stringMatching(/^[0-9]{0,3}$/),
      fc.stringMatching(/^[0-9]{14,18}$/),
      fc.constantFrom("a", " 1", "1e3", "0x1", "-2", "Infinity", "1 ", "ä"),
    );
    const id = fc.oneof(
      fc.array(fc.stringMatching(/^[0-9]{1,3}$/), { minLength: 1, maxLength: 4 }).map((p) => p.join(".")),
      fc.array(part, { minLength: 0, maxLength: 5 }).map((p) => p.join(".")),
    );
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(compareMeasureIds(a, b)).toBe(bySplitting(a, b));
        expect(compareMeasureIds(b, a)).toBe(bySplitting(b, a));
      }),
      { numRuns: 5000 },
    );
  });
});
