import { serialize } from "node:v8";
import { DEFAULT_PLAN } from "../../src/core";
import { checkWorkbookBytes } from "../../src/xlsx";
import { type PackedCheckedInput, packChecked, unpackChecked } from "../../src/cli/read-job";
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

/** What a worker's reply looks like on arrival: packed, then a structured clone, every string a fresh copy. */
const reply = async (note: string, rows = 1) => {
  const c = await checkWorkbookBytes("a.xlsx", "0", await office(note, rows), DEFAULT_PLAN, "2024-06-30");
  return structuredClone(packChecked({ result: c.result, records: c.records, template: c.template, sheets: c.sheets }));
};

/** The records and findings a reply's handles give, as plain objects. */
const plain = (c: PackedCheckedInput) => {
  const { records, result } = unpackChecked(c);
  return JSON.parse(JSON.stringify({ records, result })) as unknown;
};

/** Puts `text` in place of the distinct value `was` of a reply (what the worker read there). */
const replace = (c: PackedCheckedInput, was: string, text: string) => {
  const at = c.packed.values.indexOf(was);
  expect(at).toBeGreaterThan(0);
  c.packed.values[at] = text;
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
    replace(a, "erste Notiz", storedWide(long));
    replace(a, "Elternarbeit", storedWide("Elternarbeit in Kitas für Zugewanderte"));
    replace(a, "in Planung", structuredClone("„in Umsetzung“"));
    const row = unpackChecked(a).records[0]!.row;
    expect([width(row.note!), width(row.measure!)]).toEqual(["two-byte", "two-byte"]);
    const held = unpackChecked(stringInterner()(a)).records[0]!.row;
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

  it("holds the texts of extra columns one byte per character too", async () => {
    const a = await reply("erste Notiz");
    replace(a, "x", storedWide("intern: Rücksprache"));
    // The rows' shared list of extra headers and their letters.
    const places = a.packed.values.find((v) => Array.isArray(v) && v.length > 0) as { header: string }[];
    expect(places[0]!.header).toBe("Interne Notiz");
    places[0]!.header = storedWide("Interne Notiz für Zugewanderte");
    stringInterner()(a);
    const held = unpackChecked(a).records[0]!.extras[0]!;
    expect(held).toEqual({ header: "Interne Notiz für Zugewanderte", column: "G", value: "intern: Rücksprache" });
    expect([width(held.header), width(held.value as string)]).toEqual(["one-byte", "one-byte"]);
  });

  it("changes no value of the replies it interns (that strings share one instance is not observable in JS; the bench measures the memory)", async () => {
    const [a, b] = [await reply("erste Notiz"), await reply("zweite Notiz")];
    const before = [plain(a), plain(b)];
    const intern = stringInterner();
    const [x, y] = [intern(a), intern(b)];
    expect([plain(x), plain(y)]).toEqual(before);
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
      return structuredClone(
        packChecked({ result: c.result, records: c.records, template: c.template, sheets: c.sheets }),
      );
    };
    const readings = (c: PackedCheckedInput) =>
      unpackChecked(c)
        .result.issues.filter((i) => i.code === "cell/normalised")
        .map((i) => i.params);
    const intern = stringInterner();
    const [a, b] = [intern(await typed("in planung")), intern(await typed("In Planung "))];
    const found = [...readings(a), ...readings(b)];
    expect(found).toEqual(Array(4).fill({ read: "in Planung" }));
    for (const p of found) expect(p).toBe(found[0]);
    expect(Object.isFrozen(found[0])).toBe(true);
  });

  describe("internerAtScale", () => {
    /** One reply's row count and finding count: what the threshold counts. */
    const size = (c: PackedCheckedInput) => c.packed.count + c.issues.count;
    /** A reply whose note arrived two bytes per character: interned, it is one byte per character. */
    const wide = async (note: string, rows = 1) => {
      const c = await reply(note, rows);
      replace(c, note, storedWide(`${note} für Zugewanderte`));
      return c;
    };
    const noteWidth = (c: PackedCheckedInput) => width(unpackChecked(c).records[0]!.row.note!);

    it("leaves the replies as they arrived while they hold fewer rows and findings than its threshold", async () => {
      const [a, b] = [await wide("erste Notiz"), await wide("zweite Notiz")];
      const before = [plain(a), plain(b)];
      // Two files of this size: the projection is the count itself, one short of the bound.
      const intern = internerAtScale(2, size(a) + size(b) + 1);
      const [x, y] = [intern(a), intern(b)];
      expect([plain(x), plain(y)]).toEqual(before);
      expect([noteWidth(x), noteWidth(y)]).toEqual(["two-byte", "two-byte"]);
    });

    it("interns from the first reply when that reply, scaled to all files, reaches the threshold", async () => {
      const [a, b] = [await wide("erste Notiz"), await wide("zweite Notiz")];
      const intern = internerAtScale(60, size(a) * 60);
      expect(intern(a)).toBe(a);
      expect(noteWidth(a)).toBe("one-byte");
      expect(noteWidth(intern(b))).toBe("one-byte");
    });

    it("interns the replies held so far, in place, once the threshold is reached, and every reply after it", async () => {
      // A small first file, then larger ones: the projection grows with the second reply.
      const [a, b, c] = [await wide("erste Notiz"), await wide("zweite Notiz", 6), await wide("dritte Notiz", 6)];
      const before = [plain(a), plain(b), plain(c)];
      const intern = internerAtScale(3, ((size(a) + size(b)) / 2) * 3);
      expect(size(a) * 3).toBeLessThan(((size(a) + size(b)) / 2) * 3);
      // Handles taken before the threshold read the interned values after it: the store is changed in place.
      const early = unpackChecked(a);
      expect(intern(a)).toBe(a);
      expect(noteWidth(a)).toBe("two-byte");
      expect(intern(b)).toBe(b);
      expect(intern(c)).toBe(c);
      expect([noteWidth(a), noteWidth(b), noteWidth(c)]).toEqual(["one-byte", "one-byte", "one-byte"]);
      expect(width(early.records[0]!.row.note!)).toBe("one-byte");
      expect([plain(a), plain(b), plain(c)]).toEqual(before);
    });
  });
});
