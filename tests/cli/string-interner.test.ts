import { serialize } from "node:v8";
import { DEFAULT_PLAN } from "../../src/core";
import { checkWorkbookBytes } from "../../src/xlsx";
import { stringInterner } from "../../src/cli/string-interner";
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

/**
 * How V8 stores a string, as its serializer tells: one byte or two per character. The serializer
 * writes a string in the width it is stored in (after a padding tag that aligns two-byte text).
 */
const width = (s: string): "one-byte" | "two-byte" => {
  const bytes = serialize(s);
  let at = 2; // after the version header
  while (bytes[at] === 0) at++;
  return bytes[at] === '"'.charCodeAt(0) ? "one-byte" : "two-byte";
};

/** A Latin-1 text stored two bytes per character, as one cut from a sheet part holding a „ arrives. */
const storedWide = (text: string): string => structuredClone(`„${text}`.slice(1));

describe("stringInterner", () => {
  it("holds Latin-1 texts one byte per character, long and short, whatever width they arrived in; other texts stay as they are", async () => {
    const long = `Bis zum Stichtag wurden rund 230 Beratungsgespräche geführt (40 % mit Sprachmittlung). ${"Weiter so. ".repeat(30)}`;
    const a = await reply("erste Notiz");
    const row = a.records[0]!.row as { note: string | null; measure: string | null; status: string | null };
    row.note = storedWide(long);
    row.measure = storedWide("Elternarbeit in Kitas für Zugewanderte");
    row.status = structuredClone("„in Umsetzung“");
    expect([width(row.note), width(row.measure)]).toEqual(["two-byte", "two-byte"]);
    const held = stringInterner()(a).records[0]!.row;
    expect([held.note, held.measure, held.status]).toEqual([
      long,
      "Elternarbeit in Kitas für Zugewanderte",
      "„in Umsetzung“",
    ]);
    expect([width(held.note!), width(held.measure!), width(held.status!)]).toEqual([
      "one-byte",
      "one-byte",
      "two-byte",
    ]);
  });

  it("changes no value of the replies it interns (that strings share one instance is not observable in JS; the bench measures the memory)", async () => {
    const [a, b] = [await reply("erste Notiz"), await reply("zweite Notiz")];
    const before = structuredClone([a, b]);
    const intern = stringInterner();
    expect([intern(a), intern(b)]).toEqual(before);
  });

  it("gives findings of equal parameters one shared, frozen parameter object (most rows have such a finding)", async () => {
    const typed = async (status: string) => {
      const bytes = await workbookBytes((wb) =>
        addRows(wb.addWorksheet("Tabelle1"), [
          ["Maßnahmen-Nr.", "Maßnahme", "federführend", "Umsetzungsstand"],
          ["3.1.1", "Elternarbeit", "Jugendamt", status],
          ["3.1.2", "Lotsen", "Jugendamt", status],
        ]),
      );
      const c = await checkWorkbookBytes("a.xlsx", "0", bytes, DEFAULT_PLAN, "2024-06-30");
      return structuredClone({ result: c.result, records: c.records, template: c.template, sheets: c.sheets });
    };
    const readings = (c: Awaited<ReturnType<typeof typed>>) =>
      c.result.issues.filter((i) => i.code === "cell/normalised").map((i) => i.params);
    const intern = stringInterner();
    const [a, b] = [intern(await typed("in planung")), intern(await typed("In Planung "))];
    const found = [...readings(a), ...readings(b)];
    expect(found).toEqual(Array(4).fill({ read: "in Planung" }));
    for (const p of found) expect(p).toBe(found[0]);
    expect(Object.isFrozen(found[0])).toBe(true);
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
