import fc from "fast-check";
import {
  DEFAULT_PLAN,
  type ExtraValue,
  type MeasureRecord,
  type MeasureRow,
  NONE,
  packRecords,
  plainRecordOf,
  plainRowOf,
  unpackRecords,
} from "../../src/core";
import { sourcedRecordOf } from "../../src/core/packed-records";
import { MEASURE_ROW_KEYS } from "../../src/core/measure-row";
import { buildExampleWorkbooks } from "../../src/examples";
import { checkWorkbookBytes } from "../../src/xlsx";
import { jugendamt } from "../helpers/offices";
import { realWorkbooks } from "../helpers/real-workbooks";
import { expectSameItems } from "../helpers/same-values";

/** The records as a worker's reply brings them: packed, copied across threads, handles on the copy. */
const throughReply = (records: readonly MeasureRecord[]): MeasureRecord[] =>
  unpackRecords(structuredClone(packRecords(records)));

/** Every field of every record, as plain values: what each consumer of a record can read. */
const fieldsOf = (r: MeasureRecord) => ({
  row: Object.fromEntries(MEASURE_ROW_KEYS.map((k) => [k, r.row[k]])),
  source: { sheet: r.source.sheet, row: r.source.row },
  extras: r.extras.map((e) => ({ header: e.header, column: e.column, value: e.value })),
  unparsed: r.unparsed,
  columns: r.columns,
  idProposal: r.idProposal,
  worst: r.worst,
});

/** Field by field, and the JSON every writer of JSON would write. */
const expectSame = (held: readonly MeasureRecord[], read: readonly MeasureRecord[]) =>
  expectSameItems(held, read, fieldsOf);

const recordsOf = async (name: string, bytes: Uint8Array) =>
  (await checkWorkbookBytes(name, "0", bytes, DEFAULT_PLAN, "2024-06-30")).records;

describe("packed records (what the merge holds of a worker's reply)", () => {
  it("give every field of every record of real workbooks as read: the examples, the test offices, the public corpus", async () => {
    const files = await realWorkbooks();
    let rows = 0;
    let withExtras = 0;
    for (const f of files) {
      const records = await recordsOf(f.name, f.bytes).catch(() => []);
      expectSame(throughReply(records), records);
      rows += records.length;
      withExtras += records.filter((r) => r.extras.length > 0).length;
    }
    // The comparison saw rows, and rows with extra columns, not only empty files.
    expect(rows).toBeGreaterThan(50);
    expect(withExtras).toBeGreaterThan(0);
  });

  // Random records: texts that repeat or are new, -0, NaN, lists by content, extra columns of every kind.
  const text = fc.oneof(fc.constantFrom("in Umsetzung", "Jugendamt", "", " ", "a\u0000b", "„x“"), fc.string());
  const value = fc.oneof(text, fc.constant(null));
  const extraValue = fc.oneof(
    text,
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.record({ date: fc.constantFrom("2024-06-30", "2025-01-01") }),
    fc.record({ error: fc.constantFrom("#DIV/0!", "#NV") }),
  );
  const extra = fc.record({
    header: fc.constantFrom("Priorität", "Telefon", "x"),
    column: fc.constantFrom("K", "L"),
    value: extraValue,
  });
  const columns = [undefined, { measureId: "A", status: "F" }, { measureId: "B" }];
  const record = fc.record({
    values: fc.array(value, { minLength: MEASURE_ROW_KEYS.length, maxLength: MEASURE_ROW_KEYS.length }),
    progress: fc.oneof(fc.constantFrom(-0, 0, 50, Number.NaN), fc.double(), fc.constant(null)),
    ongoing: fc.boolean(),
    partners: fc.array(fc.constantFrom("Sozialamt", "Jugendamt", "a\u0000b", "a"), { maxLength: 3 }),
    sheet: fc.constantFrom("Tabelle1", "Aktionsplan"),
    sourceRow: fc.integer({ min: 1, max: 1_048_576 }),
    extras: fc.array(extra, { maxLength: 3 }),
    unparsed: fc.array(fc.record({ field: fc.constant("start"), text }), { maxLength: 2 }),
    columns: fc.integer({ min: 0, max: 2 }),
    idProposal: fc.option(text, { nil: undefined }),
    worst: fc.constantFrom(null, "error", "warning", "info"),
  });
  type Drawn = typeof record extends fc.Arbitrary<infer T> ? T : never;
  const build = (r: Drawn, shared: { columns: typeof columns }): MeasureRecord => {
    const row = Object.fromEntries(MEASURE_ROW_KEYS.map((k, i) => [k, r.values[i]])) as Record<string, unknown>;
    Object.assign(row, { progress: r.progress, ongoing: r.ongoing, partners: r.partners });
    return {
      row: row as MeasureRow,
      source: { sheet: r.sheet, row: r.sourceRow },
      extras: r.extras as ExtraValue[],
      unparsed: r.unparsed,
      columns: shared.columns[r.columns],
      ...(r.idProposal !== undefined ? { idProposal: r.idProposal } : {}),
      worst: r.worst,
    } as MeasureRecord;
  };

  it("give back any record field for field (random records)", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (rs) => {
        const records = rs.map((r) => build(r, { columns }));
        expectSame(throughReply(records), records);
      }),
      { numRuns: 200 },
    );
  });

  it("switch to 32-bit indexes past 65,535 distinct values, and still give every field", () => {
    const records = Array.from({ length: 70_000 }, (_, i) =>
      build(
        {
          values: MEASURE_ROW_KEYS.map((_, k) => (k === 0 ? `7.1.${i}` : null)),
          progress: null,
          ongoing: false,
          partners: [],
          sheet: "Tabelle1",
          sourceRow: i + 2,
          extras: i % 2 ? [{ header: "Telefon", column: "K", value: `0351 ${i}` }] : [],
          unparsed: [],
          columns: 1,
          idProposal: undefined,
          worst: null,
        },
        { columns },
      ),
    );
    const packed = packRecords(records);
    expect(packed.slots).toBeInstanceOf(Uint32Array);
    expect(packRecords(records.slice(0, 1000)).slots).toBeInstanceOf(Uint16Array);
    const held = unpackRecords(structuredClone(packed));
    expect(JSON.stringify(held) === JSON.stringify(records)).toBe(true);
    // Field by field for the last rows, whose indexes are past 65,535.
    expectSame(held.slice(-2000), records.slice(-2000));
  });

  it("hold every empty list as the one frozen NONE, lists of the same names once, and refuse writes to a row", async () => {
    const examples = await buildExampleWorkbooks();
    const records = (await Promise.all(examples.map((f) => recordsOf(f.fileName, f.bytes)))).flat();
    const held = throughReply([...records, ...records]);
    const empty = held.find((r) => r.unparsed.length === 0)!;
    expect(empty.unparsed).toBe(NONE);
    expect(held.filter((r) => r.row.partners.length === 0).every((r) => (r.row.partners as unknown) === NONE)).toBe(
      true,
    );
    const named = held.findIndex((r) => r.row.partners.length > 0);
    expect(named).toBeGreaterThanOrEqual(0);
    expect(held[named]!.row.partners).toBe(held[named + records.length]!.row.partners);
    expect(() => {
      (held[0]!.row as { status: string | null }).status = "erledigt";
    }).toThrow(TypeError);
  });

  it("copy to plain objects with the same keys in the same order (what `{ ...record, changed }` needs)", async () => {
    const records = await recordsOf("jugendamt.xlsx", await jugendamt());
    const held = throughReply(records);
    held.forEach((h, i) => {
      const plain = plainRecordOf(h);
      expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
      expect(Object.keys(plain)).toEqual(Object.keys(records[i]!));
      const row = plainRowOf(h.row);
      expect(Object.keys(row)).toEqual(Object.keys(records[i]!.row));
      expect(row).toEqual(records[i]!.row);
    });
    // A plain record is copied as it is.
    expect(plainRecordOf(records[0]!)).toEqual(records[0]);
    expect(plainRecordOf(records[0]!)).not.toBe(records[0]);
  });

  it("serve the merge as their own SourcedRecord for the file they were unpacked with, and only for that one", async () => {
    const records = await recordsOf("jugendamt.xlsx", await jugendamt());
    const held = unpackRecords(structuredClone(packRecords(records)), { file: "in/jugendamt.xlsx", fileOffice: "JA" });
    for (const h of held) {
      const s = sourcedRecordOf(h, "in/jugendamt.xlsx", "JA");
      expect(s).toBe(h);
      expect([s.file, s.fileOffice]).toEqual(["in/jugendamt.xlsx", "JA"]);
      expect(s.record).toBe(h);
    }
    // Another file, another office (a round's check may name the file's office anew), or a null
    // office: a SourcedRecord of its own around the same record, never the handle's own file.
    for (const [file, office] of [
      ["in/sozialamt.xlsx", "JA"],
      ["in/jugendamt.xlsx", "SozA"],
      ["in/jugendamt.xlsx", null],
    ] as const) {
      const s = sourcedRecordOf(held[0]!, file, office);
      expect(s).not.toBe(held[0]);
      expect(s).toEqual({ file, fileOffice: office, record: held[0] });
    }
    // Unpacked without a file, and plain records: always wrapped.
    const anonymous = throughReply(records)[0]!;
    expect(sourcedRecordOf(anonymous, "in/jugendamt.xlsx", "JA")).toEqual({
      file: "in/jugendamt.xlsx",
      fileOffice: "JA",
      record: anonymous,
    });
    expect(sourcedRecordOf(records[0]!, "x.xlsx", null)).toEqual({
      file: "x.xlsx",
      fileOffice: null,
      record: records[0],
    });
    // The handle's own fields stay what a record's are: the copy a writer makes has no file.
    expect(Object.keys(plainRecordOf(held[0]!))).toEqual(Object.keys(records[0]!));
  });
});
