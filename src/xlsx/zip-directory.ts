/**
 * The central directory of a zip, read by hand: it is what JSZip (inside exceljs) trusts, so the
 * guard must check the same entries and the same byte ranges — a local header can say otherwise,
 * and streaming unzippers that walk local headers miss entries written with data descriptors.
 */
export interface ZipEntry {
  readonly name: string;
  /** General purpose flags; bit 0 = encrypted. */
  readonly flags: number;
  /** 0 = stored, 8 = deflate, 99 = AES encryption; JSZip reads only 0 and 8. */
  readonly method: number;
  readonly compressedSize: number;
  /** The size the directory declares; the guard counts the real one while inflating. */
  readonly declaredSize: number;
  /** Where this entry's compressed bytes start (after its local header). */
  readonly dataOffset: number;
  /** The CRC-32 the directory declares for the inflated bytes (unsigned). */
  readonly crc32: number;
}

export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly reason: "corrupt" | "too-many-entries"; readonly detail: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
/** The end record is 22 bytes plus a comment of at most 64 KiB. */
const EOCD_SEARCH = 22 + U16_MAX;

class ZipFormatError extends Error {}

const fail = (detail: string): never => {
  throw new ZipFormatError(detail);
};

const u64 = (view: DataView, at: number): number => {
  const n = view.getBigUint64(at, true);
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? fail("zip64 size beyond 2^53") : Number(n);
};

const findEnd = (view: DataView): number => {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - EOCD_SEARCH; at--) if (view.getUint32(at, true) === EOCD) return at;
  return fail("no end of central directory (truncated or not a zip)");
};

/** Where the directory starts, its size and the entry count, following zip64 records when present. */
const directoryBounds = (
  view: DataView,
  end: number,
): { start: number; size: number; count: number; recordAt: number } => {
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (count !== U16_MAX && size !== U32_MAX && start !== U32_MAX) return { start, size, count, recordAt: end };
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return { start, size, count, recordAt: end };
  const record = u64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return fail("bad zip64 end record");
  return {
    count: u64(view, record + 32),
    size: u64(view, record + 40),
    start: u64(view, record + 48),
    recordAt: record,
  };
};

/** Sizes and offset that do not fit 32 bits live in the zip64 extra field, in this fixed order. */
const zip64Fields = (
  view: DataView,
  extraStart: number,
  extraEnd: number,
  need: { size: boolean; compressed: boolean; offset: boolean },
) => {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = view.getUint16(at, true);
    const len = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const take = (wanted: boolean): number | null => {
        if (!wanted) return null;
        if (p + 8 > at + 4 + len) return fail("short zip64 extra field");
        const v = u64(view, p);
        p += 8;
        return v;
      };
      return { size: take(need.size), compressed: take(need.compressed), offset: take(need.offset) };
    }
    at += 4 + len;
  }
  return fail("zip64 sizes without a zip64 extra field");
};

const decoder = new TextDecoder("utf-8");

const readEntries = (bytes: Uint8Array, maxEntries: number): ZipDirectory => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const bounds = directoryBounds(view, end);
  if (bounds.count > maxEntries)
    return { ok: false, reason: "too-many-entries", detail: `${bounds.count} entries > ${maxEntries}` };
  // Bytes before the zip proper (a self-extractor stub) shift every offset; JSZip allows for this too.
  const shift = bounds.recordAt - (bounds.start + bounds.size);
  if (shift < 0) return fail("central directory overlaps its end record");
  const entries: ZipEntry[] = [];
  for (let at = bounds.start + shift; at + 46 <= bounds.recordAt && view.getUint32(at, true) === CENTRAL; ) {
    if (entries.length >= maxEntries)
      return { ok: false, reason: "too-many-entries", detail: `more than ${maxEntries} entries` };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > bounds.recordAt)
      return fail("central directory entry runs past the directory");
    let compressedSize = view.getUint32(at + 20, true);
    let declaredSize = view.getUint32(at + 24, true);
    let local = view.getUint32(at + 42, true);
    if (compressedSize === U32_MAX || declaredSize === U32_MAX || local === U32_MAX) {
      const z = zip64Fields(view, nameStart + nameLength, nameStart + nameLength + extraLength, {
        size: declaredSize === U32_MAX,
        compressed: compressedSize === U32_MAX,
        offset: local === U32_MAX,
      });
      declaredSize = z.size ?? declaredSize;
      compressedSize = z.compressed ?? compressedSize;
      local = z.offset ?? local;
    }
    local += shift;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
      return fail("entry points at no local header");
    const dataOffset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataOffset + compressedSize > bytes.length) return fail("entry data runs past the end of the file");
    const name = decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)).replace(/^\/+/, "");
    entries.push({
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize,
      declaredSize,
      dataOffset,
      crc32: view.getUint32(at + 16, true),
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
};

/** Lists a zip's entries from its central directory without inflating anything. Never throws. */
export const readZipDirectory = (bytes: Uint8Array, maxEntries: number): ZipDirectory => {
  try {
    return readEntries(bytes, maxEntries);
  } catch (e) {
    // A RangeError is a DataView read past the end: a truncated or garbled file, like our own errors.
    if (e instanceof ZipFormatError || e instanceof RangeError)
      return { ok: false, reason: "corrupt", detail: e.message };
    throw e;
  }
};
