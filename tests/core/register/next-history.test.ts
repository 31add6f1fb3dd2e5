import fc from "fast-check";
import {
  compareMeasureIds,
  consolidate,
  DEFAULT_PLAN,
  nextHistory,
  type HistoryCell,
  type RegisterRound,
} from "../../../src/core";
import { input, record } from "../../helpers/records";

const round = (name: string): RegisterRound => ({ name, cutoff: null, deadline: null, contact: null });
const said = (status: string, source: string): HistoryCell => ({
  reported: true,
  status,
  progress: null,
  asOf: null,
  end: null,
  source,
});

describe("nextHistory", () => {
  it("adds this round's column in natural ID order, replaces a re-merged round's, and keeps every earlier row", () => {
    const previous = {
      rounds: [round("Jahresmeldung 2023"), round("Jahresmeldung 2024")],
      rows: [
        {
          measureId: "3.2.10",
          measure: "Sprachkurse",
          leadOffice: "Sozialamt",
          rounds: { "Jahresmeldung 2023": said("in Planung", "alt.xlsx"), "Jahresmeldung 2024": said("x", "y.xlsx") },
        },
        {
          measureId: "9.9.9",
          measure: "entfallen",
          leadOffice: null,
          rounds: { "Jahresmeldung 2023": said("entfallen", "alt.xlsx") },
        },
        {
          measureId: "3.2.9",
          measure: "Elternarbeit",
          leadOffice: "Jugendamt",
          rounds: { "Jahresmeldung 2023": said("in Planung", "alt.xlsx") },
        },
      ],
    };
    const c = consolidate(
      [
        input("/eingang/Jugendamt.xlsx", "Jugendamt", [
          record({ measureId: "3.2.9", leadOffice: "Jugendamt", status: "in Umsetzung" }),
          record({ measureId: "3.2.11", measure: "Lotsen", status: "umgesetzt" }, 3),
        ]),
      ],
      { plan: DEFAULT_PLAN, today: "2024-06-30" },
    );
    const next = nextHistory(previous, round("Jahresmeldung 2024"), c);
    const rows = Array.from({ length: next.count }, (_, i) => next.row(i));
    expect(next.rounds.map((r) => r.name)).toEqual(["Jahresmeldung 2023", "Jahresmeldung 2024"]);
    expect(rows).toEqual([
      {
        measureId: "3.2.9",
        measure: "Elternarbeit",
        leadOffice: "Jugendamt",
        rounds: {
          "Jahresmeldung 2023": said("in Planung", "alt.xlsx"),
          "Jahresmeldung 2024": said("in Umsetzung", "Jugendamt.xlsx"),
        },
      },
      // Not reported this round: its earlier 2024 column belonged to the round now merged again.
      {
        measureId: "3.2.10",
        measure: "Sprachkurse",
        leadOffice: "Sozialamt",
        rounds: { "Jahresmeldung 2023": said("in Planung", "alt.xlsx") },
      },
      {
        measureId: "3.2.11",
        measure: "Lotsen",
        leadOffice: null,
        rounds: { "Jahresmeldung 2024": said("umgesetzt", "Jugendamt.xlsx") },
      },
      previous.rows[1],
    ]);
    // Each call makes the row anew: the writer may hold it, the merge does not.
    expect(next.row(0)).not.toBe(next.row(0));
  });
});

describe("nextHistory's order against a sort of every ID (property)", () => {
  // IDs that repeat, that compare equal in another spelling (3.2, 3.02), and text IDs.
  const ids = ["1.1.1", "1.1.9", "1.1.10", "3.2", "3.02", "3.2.1", "A-1", "a-1", "2"];
  /** The order as it was always made: one slot per ID, first seen first, slots sorted by ID. */
  const sortedSlots = (rowIds: readonly string[], entryIds: readonly string[]): string[] => {
    const seen = [...new Set([...rowIds, ...entryIds])];
    return seen.sort(compareMeasureIds);
  };
  /** Random IDs, and half the time strictly in order (as the register and the consolidation give them). */
  const arbIds = fc
    .tuple(fc.uniqueArray(fc.constantFrom(...ids)), fc.boolean())
    .map(([list, ordered]) =>
      ordered
        ? [...list].sort(compareMeasureIds).filter((id, i, all) => i === 0 || compareMeasureIds(all[i - 1]!, id) < 0)
        : list,
    );
  it("gives every ID one row, in natural order, joined with its earlier row", () => {
    fc.assert(
      fc.property(arbIds, arbIds, (rowIds, entryIds) => {
        const previous = {
          rounds: [round("R1")],
          rows: rowIds.map((measureId) => ({
            measureId,
            measure: null,
            leadOffice: null,
            rounds: { R1: said("x", "a") },
          })),
        };
        const c = consolidate(
          [
            input(
              "b.xlsx",
              null,
              entryIds.map((measureId, i) => record({ measureId }, i + 2)),
            ),
          ],
          {
            plan: DEFAULT_PLAN,
            today: "2024-06-30",
          },
        );
        const next = nextHistory(previous, round("R2"), c);
        const got = Array.from({ length: next.count }, (_, i) => next.row(i));
        // The consolidation orders its own entries: the expectation starts from them, as nextHistory does.
        const entries = c.entries.map((e) => e.measureId);
        expect(got.map((r) => r.measureId)).toEqual(sortedSlots(rowIds, entries));
        for (const r of got) {
          expect(r.rounds.R1 !== undefined).toBe(rowIds.includes(r.measureId));
          expect(r.rounds.R2 !== undefined).toBe(entries.includes(r.measureId));
        }
      }),
      { numRuns: 400 },
    );
  });
});
