import fc from "fast-check";
import { countDe } from "../../src/core/count-de";

// countDe stands in for toLocaleString("de-DE") without Intl: it must write every number as Intl does.
describe("countDe", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [999, "999"],
    [1000, "1.000"],
    [12_000, "12.000"],
    [1_048_576, "1.048.576"],
    [-1000, "-1.000"],
  ])("writes %d as %s", (n, text) => {
    expect(countDe(n)).toBe(text);
  });

  it("gives what toLocaleString('de-DE') gives, for whole numbers of every size and for anything else", () => {
    const value = fc.oneof(
      fc.integer(),
      fc.maxSafeInteger(),
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.double(),
      fc.constantFrom(-0, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53, 1e21, Number.NaN, Infinity),
    );
    fc.assert(
      fc.property(value, (n) => countDe(n) === n.toLocaleString("de-DE")),
      { numRuns: 5000 },
    );
  });
});
