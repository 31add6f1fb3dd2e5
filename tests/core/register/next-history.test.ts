import { consolidate, DEFAULT_PLAN, nextHistory, type HistoryCell, type RegisterRound } from "../../../src/core";
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
