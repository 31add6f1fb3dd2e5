import { Inflate, inflateSync, strFromU8 } from "fflate";
import { readZipDirectory, type ZipEntry } from "./zip-directory";

export type { ZipEntry } from "./zip-directory";

/**
 * Inflates raw deflate data whole, producing at most `maxBytes` (it may throw or stop past them).
 * fflate's inflateSync by default; the command line passes zlib's (node-inflate.ts).
 */
export type InflateRaw = ((data: Uint8Array, maxBytes: number) => Uint8Array) & {
  /**
   * The inflater stops working at `maxBytes` (zlib's maxOutputLength), so inflating an entry whole
   * costs at most its declared size whatever the compressed stream holds. fflate writes into a
   * buffer of that size but decodes the stream to its end: a bomb would still cost its full CPU.
   */
  readonly stopsAtMax?: boolean;
};

const fflateInflateRaw: InflateRaw = (data, maxBytes) => inflateSync(data, { out: new Uint8Array(maxBytes) });

export interface ZipLimits {
  readonly maxEntries: number;
  /** Total bytes after inflating, counted while inflating: declared sizes can lie. */
  readonly maxTotalBytes: number;
  /** Inflated : compressed, per entry; real sheets stay far below, bombs reach deflate's ~1032:1. */
  readonly maxRatio: number;
  /** The ratio is judged only past this many inflated bytes: tiny parts compress oddly but harmlessly. */
  readonly ratioFromBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  // Only large entries: a legitimate 1 MB text cell or a sheet of repeated styles can compress
  // beyond 200:1, while a bomb that matters inflates far past 16 MiB.
  ratioFromBytes: 16 * 1024 * 1024,
};

export type ZipRejection = "too-many-entries" | "too-large" | "ratio" | "corrupt" | "encrypted" | "not-a-workbook";

export type ZipVerdict =
  | {
      readonly ok: true;
      readonly entries: readonly string[];
      readonly totalBytes: number;
      /** xl/vbaProject.bin: an .xlsm; readable, but a rewrite by exceljs would drop the macros. */
      readonly hasMacros: boolean;
      /** Folders of parts a rewrite by exceljs would drop (charts, pivot tables, shapes …). */
      readonly lossyParts: readonly string[];
    }
  | { readonly ok: false; readonly reason: ZipRejection; readonly detail: string };

const WORKBOOK_PART = "xl/workbook.xml";
const MACRO_PART = "xl/vbaProject.bin";
const LOSSY_PREFIXES = [
  "xl/activeX/",
  "xl/charts/",
  "xl/chartsheets/",
  "xl/ctrlProps/",
  "xl/drawings/",
  "xl/embeddings/",
  "xl/externalLinks/",
  "xl/pivotCache/",
  "xl/pivotTables/",
  "xl/queryTables/",
  "xl/richData/",
  "xl/slicerCaches/",
  "xl/slicers/",
  "xl/threadedComments/",
  "xl/timelines/",
];

/**
 * Input is fed to the inflater in small slices because fflate inflates a whole push at once: a
 * 16 KiB slice of a bomb can become at most ~17 MB before the counters get to say stop.
 */
const SLICE = 16 * 1024;
/** Stored entries reach a sink in pieces of this size, so a parser never gets a whole part at once. */
const STORED_SLICE = 64 * 1024;

export type Failure = Extract<ZipVerdict, { ok: false }>;

/** Deflate expands at most about 1032:1: what an entry can become, whatever its header says. */
const DEFLATE_MAX_RATIO = 1032;
/** Entries that cannot inflate past this are inflated in one call (twice as fast as in slices). */
const WHOLE_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The fast path for the common entry: declaring a size below the ratio threshold and the budget,
 * and small enough that even at deflate's maximum ratio it stays far below every limit — or
 * inflated by an inflater that stops at the declared size (zlib), which bounds the work as well.
 * It is inflated in one call into a buffer of its declared size plus one byte; a stream longer
 * than declared fills that byte and is left to the counting path (null), which gives the verdict a
 * lying header deserves. A large city sheet (1,000 rows, ~0.2 MB compressed) then takes zlib's
 * native inflate instead of fflate's JavaScript one.
 */
const inflateWhole = (
  data: Uint8Array,
  entry: ZipEntry,
  budget: number,
  limits: ZipLimits,
  inflateRaw: InflateRaw,
): Uint8Array | null => {
  const bounded =
    inflateRaw.stopsAtMax === true
      ? entry.declaredSize < budget
      : data.length * DEFLATE_MAX_RATIO <= Math.min(WHOLE_MAX_BYTES, budget);
  if (!bounded || entry.declaredSize > limits.ratioFromBytes) return null;
  let out: Uint8Array;
  try {
    out = inflateRaw(data, entry.declaredSize + 1);
  } catch {
    return null;
  }
  return out.length > entry.declaredSize ? null : out;
};

/**
 * Inflates one entry, counting bytes; a failure, or the real inflated size. With a sink, every
 * inflated chunk is handed on as it comes (the reader parses while the guard counts, one inflate per
 * part); without one the bytes are counted and dropped. The sink runs synchronously inside the push.
 */
export const measureEntry = (
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: number,
  limits: ZipLimits,
  sink?: (chunk: Uint8Array) => void,
  inflateRaw: InflateRaw = fflateInflateRaw,
): Failure | number => {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (data.length === 0) return 0;
  if (entry.method === 0) {
    if (data.length > budget)
      return { ok: false, reason: "too-large", detail: `over ${limits.maxTotalBytes} bytes inflated` };
    if (sink) for (let at = 0; at < data.length; at += STORED_SLICE) sink(data.subarray(at, at + STORED_SLICE));
    return data.length;
  }
  const whole = inflateWhole(data, entry, budget, limits, inflateRaw);
  if (whole !== null) {
    if (sink) for (let at = 0; at < whole.length; at += STORED_SLICE) sink(whole.subarray(at, at + STORED_SLICE));
    return whole.length;
  }
  let inflated = 0;
  const inflater = new Inflate((chunk) => {
    inflated += chunk.length;
    if (sink) sink(chunk);
  });
  try {
    // The last slice is pushed as final, so a stream cut short throws ("unexpected EOF").
    for (let at = 0; at < data.length; at += SLICE) {
      const last = at + SLICE >= data.length;
      inflater.push(data.subarray(at, at + SLICE), last);
      if (inflated > budget)
        return {
          ok: false,
          reason: "too-large",
          detail: `over ${limits.maxTotalBytes} bytes inflated (at ${entry.name})`,
        };
      // The bytes inflated so far over all compressed bytes is a lower bound of the final ratio.
      if (inflated > limits.ratioFromBytes && inflated / Math.max(1, data.length) > limits.maxRatio)
        return { ok: false, reason: "ratio", detail: `${entry.name}: over ${limits.maxRatio}:1` };
    }
  } catch (e) {
    return { ok: false, reason: "corrupt", detail: `${entry.name}: ${(e as Error).message}` };
  }
  return inflated;
};

export const DRAWING_PART = /^xl\/drawings\/drawing\d+\.xml$/;

/**
 * Google Sheets writes an empty drawing (`<xdr:wsDr …/>`, no anchor) for every sheet: nothing a
 * rewrite could lose, so it must not turn a corrected copy into a new workbook. Only small parts are
 * looked at (sizes were verified above); only a drawing root with no child at all counts as empty.
 */
export const isEmptyDrawingXml = (xml: string): boolean => /<((?:\w+:)?wsDr)\b[^>]*(?:\/>|>\s*<\/\1>)\s*$/.test(xml);
/** Drawings larger than this are never empty ones. */
export const EMPTY_DRAWING_MAX_BYTES = 4096;

const isEmptyDrawing = (bytes: Uint8Array, entry: ZipEntry): boolean => {
  if (!DRAWING_PART.test(entry.name) || entry.declaredSize > EMPTY_DRAWING_MAX_BYTES) return false;
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  try {
    return isEmptyDrawingXml(strFromU8(entry.method === 0 ? data : inflateSync(data)));
  } catch {
    return false;
  }
};

/** Folders of parts a rewrite by exceljs would drop, given the entry names and the empty drawings among them. */
export const lossyPartsOf = (names: readonly string[], empty: ReadonlySet<string>): string[] =>
  LOSSY_PREFIXES.filter((prefix) =>
    names.some((n) => n.startsWith(prefix) && n.length > prefix.length && !empty.has(n)),
  );

/**
 * The checks the central directory alone allows: entry count, encryption, compression methods and
 * the declared total. Entries come back for inflating; nothing was inflated yet.
 */
export const checkDirectory = (
  bytes: Uint8Array,
  limits: ZipLimits,
): Failure | { readonly ok: true; readonly entries: readonly ZipEntry[] } => {
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) return directory;
  const entries = directory.entries;
  const locked = entries.find((e) => (e.flags & 1) === 1 || e.method === 99);
  if (locked) return { ok: false, reason: "encrypted", detail: `encrypted zip entry ${locked.name}` };
  const odd = entries.find((e) => e.method !== 0 && e.method !== 8);
  if (odd) return { ok: false, reason: "corrupt", detail: `${odd.name}: compression method ${odd.method} unsupported` };
  // Honest headers let a too-large package fail before any inflating; lying ones are caught while inflating.
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limits.maxTotalBytes)
    return { ok: false, reason: "too-large", detail: `${declared} bytes declared > ${limits.maxTotalBytes}` };
  return { ok: true, entries };
};

/**
 * Checks a zip package before exceljs sees it: entry count, encryption and the workbook part from
 * the directory, then every entry really inflated with the bytes counted (declared sizes can lie),
 * stopping at the first limit crossed. Works in Node and in the browser; never throws for bad input.
 */
export const guardZip = (bytes: Uint8Array, overrides: Partial<ZipLimits> = {}): ZipVerdict => {
  const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...overrides };
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) return directory;
  const entries = directory.entries;
  const locked = entries.find((e) => (e.flags & 1) === 1 || e.method === 99);
  if (locked) return { ok: false, reason: "encrypted", detail: `encrypted zip entry ${locked.name}` };
  const names = entries.map((e) => e.name);
  if (!names.includes(WORKBOOK_PART))
    return { ok: false, reason: "not-a-workbook", detail: `no ${WORKBOOK_PART} among ${names.length} entries` };
  const odd = entries.find((e) => e.method !== 0 && e.method !== 8);
  if (odd) return { ok: false, reason: "corrupt", detail: `${odd.name}: compression method ${odd.method} unsupported` };
  // Honest headers let a too-large package fail before any inflating; lying ones are caught below.
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limits.maxTotalBytes)
    return { ok: false, reason: "too-large", detail: `${declared} bytes declared > ${limits.maxTotalBytes}` };
  let total = 0;
  for (const entry of entries) {
    const measured = measureEntry(bytes, entry, limits.maxTotalBytes - total, limits);
    if (typeof measured !== "number") return measured;
    // JSZip refuses a size mismatch too; saying so here gives the clearer reason.
    if (measured !== entry.declaredSize)
      return {
        ok: false,
        reason: "corrupt",
        detail: `${entry.name}: ${measured} bytes inflated, ${entry.declaredSize} declared`,
      };
    total += measured;
  }
  const empty = new Set(entries.filter((e) => isEmptyDrawing(bytes, e)).map((e) => e.name));
  const lossyParts = lossyPartsOf(names, empty);
  return { ok: true, entries: names, totalBytes: total, hasMacros: names.includes(MACRO_PART), lossyParts };
};
