import fc from "fast-check";
import { readWorkbookGrids } from "../../../src/xlsx";
import { BASIC_STYLES, buildPackage, SharedStrings, worksheetXml } from "../../robustness/hand-made-package";

/**
 * The sheet reader takes a plain cell (`<c r="A1" s="1" t="s"><v>0</v></c>`) as one pattern match
 * instead of the scanner's events. The same cells with a tab after `<c` are not matched and go
 * through the events: both spellings must read the same, whatever the cells hold.
 */
const read = async (sheetData: string) => {
  const sst = new SharedStrings();
  for (const t of ["a", "b", "c"]) sst.at(t);
  const xml = worksheetXml({ sheetData });
  return readWorkbookGrids(buildPackage({ sheets: [{ name: "S", xml }], sst, styles: BASIC_STYLES }));
};

const viaEvents = (sheetData: string): string => sheetData.replace(/<c /g, "<c\t");

const sameBothWays = async (sheetData: string) => {
  const fast = await read(sheetData);
  const slow = await read(viaEvents(sheetData));
  expect(fast).toEqual(slow);
  return fast;
};

const ref = fc.oneof(
  fc
    .tuple(fc.constantFrom("A", "B", "C", "AA", "b", "$C$"), fc.integer({ min: 0, max: 30 }))
    .map(([c, r]) => `${c}${r}`),
  fc.constantFrom("", "A", "7", "A1B", "ZZZZ9"),
);
const attr = (name: string, values: fc.Arbitrary<string>) =>
  fc.option(
    values.map((v) => ` ${name}="${v}"`),
    { nil: "" },
  );
const style = attr("s", fc.constantFrom("0", "1", "2", "3", "9", "x", ""));
const type = attr("t", fc.constantFrom("s", "str", "n", "b", "e", "d", "inlineStr", "", "x"));
const text = fc
  .array(
    fc.constantFrom(
      "0",
      "1",
      "2",
      "45657",
      "0.5",
      "-3e2",
      " ",
      "a",
      "ä",
      "&amp;",
      "\r\n",
      "_x000D_",
      "true",
      "#N/A",
      "2024-12-31",
    ),
    {
      maxLength: 4,
    },
  )
  .map((parts) => parts.join(""));
const value = fc.oneof(
  fc.constant(""),
  fc.constant("<v/>"),
  text.map((t) => `<v>${t}</v>`),
  fc.constant("<f>1+1</f><v>2</v>"),
);
const cell = fc
  .tuple(ref, style, type, style, fc.boolean(), value)
  .map(([r, s1, t, s2, selfClosing, v]) => `<c r="${r}"${s1}${t}${s2}${selfClosing ? "/>" : `>${v}</c>`}`);
const row = fc.tuple(fc.option(fc.integer({ min: 1, max: 30 })), fc.array(cell, { maxLength: 6 }));
const sheetData = fc
  .array(row, { maxLength: 6 })
  .map((rows) => rows.map(([r, cells]) => `<row${r === null ? "" : ` r="${r}"`}>${cells.join("")}</row>`).join(""));

describe("plain cells matched whole", () => {
  it("read as their events read them, for any mix of references, styles, types and values", async () => {
    await fc.assert(
      fc.asyncProperty(sheetData, async (d) => void (await sameBothWays(d))),
      { numRuns: 300, seed: 17 },
    );
  });

  it("read the usual spellings to the values Excel shows", async () => {
    const r = await sameBothWays(
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" t="str" s="3"><v>x</v></c><c r="D1" s="1"/><c r="E1" s="3"><v>45657</v></c><c r="F1" t="s" s="0"><v></v></c></row>',
    );
    if (!r.ok) throw new Error(r.detail);
    expect(r.grids[0]!.rows).toEqual([
      [
        { value: "b" },
        { value: 0.5, format: "0%" },
        { value: "x", format: "dd.mm.yyyy" },
        null,
        { value: { date: "2024-12-31" }, format: "dd.mm.yyyy" },
      ],
    ]);
  });

  it("leaves a cell nested in a cell to the events (not a cell there)", async () => {
    const r = await sameBothWays('<row r="1"><c r="A1"><c r="B1"><v>1</v></c></c><c r="C1"><v>3</v></c></row>');
    if (!r.ok) throw new Error(r.detail);
    expect(r.grids[0]!.rows).toEqual([[{ value: 1 }, null, { value: 3 }]]);
  });

  it("reads cells cut by the scanner's chunks, in a sheet of several chunks", async () => {
    const rows = Array.from(
      { length: 2500 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="str"><v>Sachstand ${i} mit Umlauten äöü</v></c><c r="B${i + 1}" s="3"><v>${45000 + i}</v></c><c r="C${i + 1}" s="1"/></row>`,
    ).join("");
    const r = await sameBothWays(rows);
    if (!r.ok) throw new Error(r.detail);
    expect(r.grids[0]!.rows).toHaveLength(2500);
    expect(r.grids[0]!.rows[1999]).toEqual([
      { value: "Sachstand 1999 mit Umlauten äöü" },
      { value: { date: "2028-09-03" }, format: "dd.mm.yyyy" },
    ]);
  });
});
