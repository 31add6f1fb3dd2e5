import fc from "fast-check";
import { compareMeasureIds } from "../../../src/core";
import { sortByMeasureId } from "../../../src/core/merge/measure-id-order";

describe("sorting by measure ID, each ID cut once", () => {
  it.each([
    [
      ["3.2.10", "3.2.9", "1", "1.1"],
      ["1", "1.1", "3.2.9", "3.2.10"],
    ],
    [
      ["A.1", "2.b", "2.a", "10"],
      ["2.a", "2.b", "10", "A.1"],
    ],
  ])("orders %j naturally", (ids, sorted) => {
    expect(sortByMeasureId(ids, (id) => id)).toEqual(sorted);
  });

  it("gives the order compareMeasureIds gives, ties kept in their order", () => {
    const part = fc.oneof(
      fc.nat({ max: 12 }).map(String),
      fc.constantFrom("", "a", "B", "01", " 2", "x1", "1e1", "NaN"),
    );
    const id = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("."));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), (ids) => {
        // Tagged, so a changed order among equal IDs would show.
        const items = ids.map((measureId, n) => ({ measureId, n }));
        const expected = [...items].sort((a, b) => compareMeasureIds(a.measureId, b.measureId));
        expect(sortByMeasureId(items, (i) => i.measureId)).toEqual(expected);
      }),
    );
  });
});
