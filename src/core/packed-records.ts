// A file's records as a read worker hands them over and the merge holds them: per row, one small
// index per field into one list of the file's distinct values, and a two-field handle per row that
// reads its fields from there. Rows held as objects cost ~0.9 KB each beyond their texts (28 fields
// of 8 bytes, object headers, V8's property arrays, a source and a record object per row): a million
// rows did not fit in 1 GB. See bench/README.md (issue 17).
import type { ExtraValue, MeasureRecord, MeasureRow } from "./measure-row";
import { MEASURE_ROW_KEYS } from "./measure-row";
import { DistinctValues, type IndexArray, indexArray } from "./distinct-values";
import { NONE } from "./none";
import type { SourcedRecord } from "./merge/merge-types";

/** What travels from a worker: structured-clone friendly, the index array transferable. */
export interface PackedRecords {
  readonly count: number;
  /** The file's distinct values: texts, numbers, true/false, null, undefined, and lists and objects as they are. */
  readonly values: unknown[];
  /** `count` × SLOTS indexes into `values`, row after row. */
  readonly slots: IndexArray;
  /**
   * The values of the rows' extra columns, row after row, as indexes into `values`: a row's extra
   * columns are one shared list of headers and letters (its EXTRAS slot) and its values from
   * `extraAt[row]` on. Empty when no row has any.
   */
  readonly extraValues: IndexArray;
  readonly extraAt: Uint32Array;
}

/** Where a row's extra columns are, shared by the rows that have the same ones. */
type ExtraPlace = Pick<ExtraValue, "header" | "column">;

const ROW_KEYS: readonly string[] = MEASURE_ROW_KEYS;
const RECORD_KEYS = ["sheet", "sourceRow", "extras", "unparsed", "columns", "idProposal", "worst"] as const;
const SLOTS = ROW_KEYS.length + RECORD_KEYS.length;
const at = (k: (typeof RECORD_KEYS)[number]): number => ROW_KEYS.length + RECORD_KEYS.indexOf(k);
const SHEET = at("sheet");
const SOURCE_ROW = at("sourceRow");
const EXTRAS = at("extras");
const UNPARSED = at("unparsed");
const COLUMNS = at("columns");
const ID_PROPOSAL = at("idProposal");
const WORST = at("worst");

/** Every empty list of a file is this entry: the handles give the shared frozen NONE for it. */
const EMPTY_LIST = 0;

/** The records of one file, packed; the records themselves are left as they are. */
export const packRecords = (records: readonly MeasureRecord[]): PackedRecords => {
  const distinct = new DistinctValues(NONE);
  const values = distinct.values;
  // Texts, numbers and the like by value, objects by identity: a header's column-letter object is
  // one entry for all its rows. A row's list (partners): most rows name one of a few combinations,
  // held once each, by content.
  const indexOf = (v: unknown): number => {
    if (!Array.isArray(v)) return distinct.of(v);
    if (v.length === 0) return EMPTY_LIST;
    return v.every((e) => typeof e === "string")
      ? distinct.ofContent(`l${JSON.stringify(v)}`, () => v)
      : distinct.of(v);
  };
  // Extra columns: the same headers and letters for most rows of a table, values of their own.
  const placesOf = (extras: readonly ExtraValue[]): number =>
    extras.length === 0
      ? EMPTY_LIST
      : distinct.ofContent(`p${JSON.stringify(extras.map((e) => [e.header, e.column]))}`, () =>
          extras.map((e): ExtraPlace => ({ header: e.header, column: e.column })),
        );
  // A date or error in an extra column is an object: one entry per distinct one, by what it says.
  const extraIndexOf = (v: ExtraValue["value"]): number =>
    v === null || typeof v !== "object"
      ? distinct.of(v)
      : distinct.ofContent("date" in v ? `d${v.date}` : `e${v.error}`, () => v);
  const extraValues: number[] = [];
  const extraAt = new Uint32Array(records.some((r) => r.extras.length > 0) ? records.length : 0);
  const wide = new Uint32Array(records.length * SLOTS);
  let o = 0;
  for (const [i, r] of records.entries()) {
    const row = r.row as unknown as Record<string, unknown>;
    for (const key of ROW_KEYS) wide[o++] = indexOf(row[key]);
    wide[o++] = indexOf(r.source.sheet);
    wide[o++] = indexOf(r.source.row);
    wide[o++] = placesOf(r.extras);
    if (r.extras.length > 0) {
      extraAt[i] = extraValues.length;
      for (const e of r.extras) extraValues.push(extraIndexOf(e.value));
    }
    wide[o++] = indexOf(r.unparsed);
    wide[o++] = indexOf(r.columns);
    wide[o++] = indexOf(r.idProposal);
    wide[o++] = indexOf(r.worst);
  }
  return {
    count: records.length,
    values,
    slots: indexArray(wide, values.length),
    extraValues: indexArray(extraValues, values.length),
    extraAt,
  };
};

/** The file the records were read from, as the merge names it (`FileResult.file` and `.office`). */
export interface RecordsSource {
  readonly file: string;
  readonly fileOffice: string | null;
}

/** One file's store: the handles of its rows read from here. */
class Store {
  constructor(
    readonly values: unknown[],
    readonly slots: IndexArray,
    readonly extraValues: IndexArray,
    readonly extraAt: Uint32Array,
    readonly source: RecordsSource | null,
  ) {}

  value(base: number, slot: number): unknown {
    return this.values[this.slots[base + slot]!];
  }

  /** A row's extra columns, made anew on each read (few readers: the lists and the money check). */
  extras(base: number): ExtraValue[] {
    const places = this.value(base, EXTRAS) as readonly ExtraPlace[];
    if (places.length === 0) return places as ExtraValue[];
    const from = this.extraAt[base / SLOTS]!;
    return places.map((p, k) => ({
      header: p.header,
      column: p.column,
      value: this.values[this.extraValues[from + k]!] as ExtraValue["value"],
    }));
  }
}

/** A row's fields, read from its file's store. Written fields throw: a row is read, never changed in place. */
class PackedRow {
  // Read by the getters defined below, one per field of the row.
  constructor(
    readonly store: Store,
    readonly base: number,
  ) {}

  /** JSON.stringify sees the fields, not the handle. */
  toJSON(): MeasureRow {
    return plainRowOf(this as unknown as MeasureRow);
  }
}
ROW_KEYS.forEach((key, slot) => {
  Object.defineProperty(PackedRow.prototype, key, {
    get(this: PackedRow) {
      return this.store.value(this.base, slot);
    },
    enumerable: true,
  });
});

/** A record read from its file's store. Its `row` and `source` are made on each read: small and short-lived. */
class PackedRecord {
  constructor(
    private readonly store: Store,
    private readonly base: number,
  ) {}

  get row(): MeasureRow {
    return new PackedRow(this.store, this.base) as unknown as MeasureRow;
  }
  get source(): MeasureRecord["source"] {
    return {
      sheet: this.store.value(this.base, SHEET) as string,
      row: this.store.value(this.base, SOURCE_ROW) as number,
    };
  }
  get extras(): MeasureRecord["extras"] {
    return this.store.extras(this.base);
  }
  get unparsed(): MeasureRecord["unparsed"] {
    return this.store.value(this.base, UNPARSED) as MeasureRecord["unparsed"];
  }
  get columns(): MeasureRecord["columns"] {
    return this.store.value(this.base, COLUMNS) as MeasureRecord["columns"];
  }
  get idProposal(): string | undefined {
    return this.store.value(this.base, ID_PROPOSAL) as string | undefined;
  }
  get worst(): MeasureRecord["worst"] {
    return this.store.value(this.base, WORST) as MeasureRecord["worst"];
  }

  /** The record as the merge's SourcedRecord (see `sourcedRecordOf`): it is its own record. */
  get record(): MeasureRecord {
    return this as unknown as MeasureRecord;
  }
  get file(): string | undefined {
    return this.store.source?.file;
  }
  get fileOffice(): string | null | undefined {
    return this.store.source?.fileOffice;
  }

  toJSON(): MeasureRecord {
    return plainRecordOf(this as unknown as MeasureRecord);
  }
}

/**
 * Handles on the packed records, in their order. The store is theirs: `values` may be replaced in
 * place (interning). With the file they come from, each handle also serves the merge as its own
 * SourcedRecord.
 */
export const unpackRecords = (p: PackedRecords, source: RecordsSource | null = null): MeasureRecord[] => {
  // A copy from a worker holds a fresh empty list there: every row's empty lists are the frozen one again.
  p.values[EMPTY_LIST] = NONE;
  const store = new Store(p.values, p.slots, p.extraValues, p.extraAt, source);
  const out = new Array<MeasureRecord>(p.count);
  for (let i = 0; i < p.count; i++) out[i] = new PackedRecord(store, i * SLOTS) as unknown as MeasureRecord;
  return out;
};

/**
 * A record with the file it comes from, for the merge. A handle unpacked with that very file is
 * that already: a million measures held a million of these three-field objects (48 MB), besides
 * the records they point to.
 */
export const sourcedRecordOf = (record: MeasureRecord, file: string, fileOffice: string | null): SourcedRecord =>
  record instanceof PackedRecord && record.file === file && record.fileOffice === fileOffice
    ? (record as unknown as SourcedRecord)
    : { file, fileOffice, record };

/** A plain object with a row's fields, whatever holds them: a packed row has them behind getters, not as its own. */
export const plainRowOf = (row: MeasureRow): MeasureRow => {
  if (!(row instanceof PackedRow)) return { ...row };
  const out: Record<string, unknown> = {};
  for (const key of ROW_KEYS) out[key] = (row as unknown as Record<string, unknown>)[key];
  return out as MeasureRow;
};

/**
 * A plain copy of a record (its row, a handle or not, and its lists shared), for `{ ...record, changed }`: spreading a packed
 * record would copy its handle's two private fields, not its fields. Same keys in the same order as the
 * records the table validation makes.
 */
export const plainRecordOf = (r: MeasureRecord): MeasureRecord => {
  if (!(r instanceof PackedRecord)) return { ...r };
  const idProposal = r.idProposal;
  const columns = r.columns;
  return {
    row: r.row,
    source: r.source,
    extras: r.extras,
    unparsed: r.unparsed,
    ...(columns !== undefined ? { columns } : {}),
    ...(idProposal !== undefined ? { idProposal } : {}),
    worst: r.worst,
  };
};
