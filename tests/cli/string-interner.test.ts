import { serialize } from "node:v8";
import { DEFAULT_PLAN } from "../../src/core";
import { checkWorkbookBytes } from "../../src/xlsx";
import { internerAtScale, stringInterner } from "../../src/cli/string-interner";
import { addRows, workbookBytes } from "../helpers/workbook";

const office = (note: string, rows = 1) =>
  workbookBytes((wb) =>
    addRows(wb.addWorksheet("Tabelle1"), [
      ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Umsetzungsstand", "Sachstand", "Interne Notiz"],
      ...Array.from({ length: rows }, (_, i) => [
        `3.1.${i + 1}`,
        "Bildung",
        "Elternarbeit",
        "Jugendamt",
        "in Planung",
        note,
        "x",
      ]),
    ]),
  );

/** What a worker's reply looks like on arrival: a structured clone, every string a fresh copy. */
const reply = async (note: string, rows = 1) => {
  const c = await checkWorkbookBytes("a.xlsx", "0", await office(note, rows), DEFAULT_PLAN, "2024-06-30");
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

  describe("internerAtScale", () => {
    /** One reply's row count and finding count: what the threshold counts. */
    const size = (c: Awaited<ReturnType<typeof reply>>) => c.records.length + c.result.issues.length;
    const empties = (c: Awaited<ReturnType<typeof reply>>) => c.records.map((r) => r.unparsed);

    it("leaves the replies as they arrived while they hold fewer rows and findings than its threshold", async () => {
      const [a, b] = [await reply("erste Notiz"), await reply("zweite Notiz")];
      // Two files of this size: the projection is the count itself, one short of the bound.
      const intern = internerAtScale(2, size(a) + size(b) + 1);
      const [x, y] = [intern(a), intern(b)];
      expect([x, y]).toEqual([a, b]);
      // Not interned: each reply keeps its own empty lists, and they are not frozen.
      expect(empties(x)[0]).not.toBe(empties(y)[0]);
      expect(Object.isFrozen(empties(x)[0])).toBe(false);
    });

    it("interns from the first reply when that reply, scaled to all files, reaches the threshold", async () => {
      const [a, b] = [await reply("erste Notiz"), await reply("zweite Notiz")];
      const intern = internerAtScale(60, size(a) * 60);
      expect(intern(a)).toBe(a);
      expect(Object.isFrozen(empties(a)[0])).toBe(true);
      expect(empties(intern(b))[0]).toBe(empties(a)[0]);
    });

    it("interns the replies held so far, in place, once the threshold is reached, and every reply after it", async () => {
      // A small first file, then larger ones: the projection grows with the second reply.
      const [a, b, c] = [await reply("erste Notiz"), await reply("zweite Notiz", 6), await reply("dritte Notiz", 6)];
      const before = structuredClone([a, b, c]);
      const intern = internerAtScale(3, ((size(a) + size(b)) / 2) * 3);
      expect(size(a) * 3).toBeLessThan(((size(a) + size(b)) / 2) * 3);
      expect(intern(a)).toBe(a);
      expect(Object.isFrozen(empties(a)[0])).toBe(false);
      expect(intern(b)).toBe(b);
      expect(intern(c)).toBe(c);
      // The first reply, taken in below the threshold, now shares the others' frozen empty list.
      for (const r of [b, c]) expect(empties(r)[0]).toBe(empties(a)[0]);
      expect(Object.isFrozen(empties(a)[0])).toBe(true);
      expect([a, b, c]).toEqual(before);
    });
  });
});
