import { z } from "zod";
import { COLUMNS, ColumnKey, type ColumnType } from "./columns/catalogue";
import { Severity } from "./severity";

const Text = z.string().nullable();
const IsoDate = z.iso.date().nullable();

/** The value a column of each type holds after normalisation (a Zeitraum fills start, end and ongoing). */
const VALUE = {
  id: Text,
  text: Text,
  enum: Text,
  date: IsoDate,
  progress: z.number().min(0).max(100).nullable(),
  boolean: z.boolean().nullable(),
  list: z.array(z.string()),
} as const satisfies Record<Exclude<ColumnType, "timeframe">, z.ZodType>;

type Stored = {
  -readonly [K in ColumnKey as (typeof COLUMNS)[K]["type"] extends "timeframe" ? never : K]: (typeof VALUE)[Exclude<
    (typeof COLUMNS)[K]["type"],
    "timeframe"
  >];
};

const stored = (Object.keys(COLUMNS) as ColumnKey[]).flatMap((k) => {
  const type = COLUMNS[k].type;
  return type === "timeframe" ? [] : [[k, VALUE[type]] as const];
});

/** One measure as the core understands it after normalisation: canonical values or null. */
export const MeasureRow = z.object({
  ...(Object.fromEntries(stored) as Stored),
  /** No planned end ("fortlaufend"). */
  ongoing: z.boolean(),
});
export type MeasureRow = z.infer<typeof MeasureRow>;

/** A column the plan does not know, kept with its header so nothing an office typed is lost. */
export const ExtraValue = z.object({
  header: z.string(),
  column: z.string(),
  value: z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.object({ date: z.string() }),
    z.object({ error: z.string() }),
  ]),
});
export type ExtraValue = z.infer<typeof ExtraValue>;

export const MeasureRecord = z.object({
  row: MeasureRow,
  source: z.object({ sheet: z.string(), row: z.number().int().positive() }),
  extras: z.array(ExtraValue),
  /** Cells the core could not read (canonical value null), as typed, so outputs can still show them. */
  unparsed: z.array(z.object({ field: z.string(), text: z.string() })),
  /**
   * Column letter of each canonical field in the row's table, so that checks made after reading
   * (the master plan's columns) can name the cell. One object per header, shared by its rows.
   */
  columns: z.partialRecord(ColumnKey, z.string()).optional(),
  /** The ID reconstructed from a cell Excel turned into a date or number ("3.2.1" → 03.02.2001). */
  idProposal: z.string().optional(),
  /** The worst severity among the issues on this row, or null when it has none. */
  worst: Severity.nullable(),
});
export type MeasureRecord = z.infer<typeof MeasureRecord>;

const EMPTY: Readonly<Record<string, unknown>> = {
  ...Object.fromEntries(stored.map(([key, schema]) => [key, schema === VALUE.list ? [] : null])),
  ongoing: false,
};
/** A row's fields in the order every row made here has them (the catalogue's, then `ongoing`). */
export const MEASURE_ROW_KEYS: readonly (keyof MeasureRow)[] = Object.keys(EMPTY) as (keyof MeasureRow)[];
const LIST_KEYS = stored.filter(([, schema]) => schema === VALUE.list).map(([key]) => key);

/** A row with no values: every list empty (a fresh array each), everything else null, not ongoing. */
export const emptyMeasureRow = (): MeasureRow => {
  // Runs once per row read (a million times in a large merge): a spread, not a loop over the catalogue.
  const row: Record<string, unknown> = { ...EMPTY };
  for (const key of LIST_KEYS) row[key] = [];
  return row as MeasureRow;
};
