import fc from "fast-check";
import { columnIndex, columnLetter, compareIssues } from "../../src/core";

/** The order as it was defined first: columns compared by their parsed index. */
const byIndex = (a: Parameters<typeof compareIssues>[0], b: Parameters<typeof compareIssues>[0]): number => {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const num = (x: number | null, y: number | null) => (x ?? 0) - (y ?? 0);
  return (
    text(a.sheet ?? "", b.sheet ?? "") ||
    num(a.row, b.row) ||
    num(a.column === null ? null : columnIndex(a.column), b.column === null ? null : columnIndex(b.column)) ||
    text(a.code, b.code)
  );
};

// Columns as columnLetter writes them, and what else a column field could hold: lower case, too long, not letters.
const column = fc.oneof(
  fc.integer({ min: 1, max: 18_278 }).map(columnLetter),
  fc.integer({ min: 1, max: 60 }).map(columnLetter),
  fc.constantFrom(null, "", "a", "zz", "AAAA", "A1", "Ä", "#"),
);
const placed = fc.record({
  sheet: fc.constantFrom(null, "Maßnahmen", "Tabelle1"),
  row: fc.constantFrom(null, 1, 2, 10),
  column,
  code: fc.constantFrom("cell/required", "cell/enum", "row/duplicate-id") as fc.Arbitrary<"cell/required">,
});

describe("compareIssues", () => {
  it("orders every pair as comparing parsed column indexes does", () => {
    fc.assert(
      fc.property(placed, placed, (a, b) => Math.sign(compareIssues(a, b)) === Math.sign(byIndex(a, b))),
      { numRuns: 20_000 },
    );
  });

  it("puts A before Z before AA before ZZ before AAA", () => {
    const at = (c: string) => ({ sheet: "S", row: 1, column: c, code: "cell/required" as const });
    expect(
      ["AAA", "ZZ", "AA", "Z", "A"]
        .map(at)
        .sort(compareIssues)
        .map((i) => i.column),
    ).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
