import { DEFAULT_PLAN } from "../../src/core";
import { checkWorkbookBytes } from "../../src/xlsx";
import { stringInterner } from "../../src/cli/read-pool";
import { addRows, workbookBytes } from "../helpers/workbook";

const office = (note: string) =>
  workbookBytes((wb) =>
    addRows(wb.addWorksheet("Tabelle1"), [
      ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Umsetzungsstand", "Sachstand", "Interne Notiz"],
      ["3.1.1", "Bildung", "Elternarbeit", "Jugendamt", "in Planung", note, "x"],
    ]),
  );

/** What a worker's reply looks like on arrival: a structured clone, every string a fresh copy. */
const reply = async (note: string) => {
  const c = await checkWorkbookBytes("a.xlsx", "0", await office(note), DEFAULT_PLAN, "2024-06-30");
  return structuredClone({ result: c.result, records: c.records, template: c.template, sheets: c.sheets });
};

describe("stringInterner", () => {
  it("changes no value of the replies it interns (that strings share one instance is not observable in JS; the bench measures the memory)", async () => {
    const [a, b] = [await reply("erste Notiz"), await reply("zweite Notiz")];
    const before = structuredClone([a, b]);
    const intern = stringInterner();
    expect([intern(a), intern(b)]).toEqual(before);
  });

  it("gives every empty list of the rows one shared, frozen instance (the memory a million rows would spend on empty arrays)", async () => {
    const [a, b] = [await reply("erste Notiz"), await reply("zweite Notiz")];
    const intern = stringInterner();
    const [x, y] = [intern(a).records[0]!, intern(b).records[0]!];
    expect(x.unparsed).toEqual([]);
    expect(x.unparsed).toBe(y.unparsed);
    expect(x.row.partners).toBe(y.unparsed);
    expect(Object.isFrozen(x.unparsed)).toBe(true);
    // A list with values stays the row's own.
    expect(x.extras).toEqual([expect.objectContaining({ header: "Interne Notiz", value: "x" })]);
    expect(x.extras).not.toBe(y.extras);
  });
});
