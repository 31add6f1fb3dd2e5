import type { ZipRejection } from "../zip-guard";
import {
  DRAWING_PART,
  EMPTY_DRAWING_MAX_BYTES,
  isEmptyDrawingXml,
  measureEntry,
  type InflateRaw,
  type ZipEntry,
  type ZipLimits,
} from "../zip-guard";
import { XmlScanner, type XmlHandler } from "./xml-scanner";

/** A limit of the zip guard was crossed while inflating: the package is refused whatever its content. */
export class GuardFailure extends Error {
  constructor(
    readonly reason: ZipRejection,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** A decoder for a part, chosen by its byte order mark (OOXML allows UTF-16; everyone writes UTF-8). */
const decoderFor = (first: Uint8Array): TextDecoder => {
  const bom = (b: readonly number[]) => first[0] === b[0] && first[1] === b[1];
  return new TextDecoder(bom(UTF16LE_BOM) ? "utf-16le" : bom(UTF16BE_BOM) ? "utf-16be" : "utf-8");
};

/**
 * The entries of one zip package, each inflated at most once: the parts the reader parses are
 * inflated while parsing, every other entry is inflated once at the end only to count it, so the
 * guard's limits hold for the whole package (a bomb in an unused part is still refused) without a
 * second pass over anything. Part names are matched without regard to case, as OPC requires.
 */
export class ZipParts {
  private total = 0;
  private readonly byName = new Map<string, ZipEntry>();
  private readonly inflated = new Set<ZipEntry>();
  private readonly emptyDrawings = new Set<string>();

  readonly entries: readonly ZipEntry[];

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly limits: ZipLimits,
    private readonly inflateRaw?: InflateRaw,
  ) {
    // Some writers put Windows separators in entry names (xl\\workbook.xml); Excel opens those files.
    this.entries = entries.map((e) => (e.name.includes("\\") ? { ...e, name: e.name.replace(/\\/g, "/") } : e));
    for (const e of this.entries) if (!this.byName.has(e.name.toLowerCase())) this.byName.set(e.name.toLowerCase(), e);
  }

  get names(): string[] {
    return this.entries.map((e) => e.name);
  }

  find(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\/+/, "").toLowerCase());
  }

  /** Drawings found empty while counting (see zip-guard.ts: Google Sheets writes one per sheet). */
  get empty(): ReadonlySet<string> {
    return this.emptyDrawings;
  }

  /**
   * Inflates an entry, handing every chunk to `sink`. An error from the sink stops the sink but not
   * the counting (a parse error must not hide a bomb); it is returned. Guard limits throw GuardFailure.
   */
  inflate(entry: ZipEntry, sink?: (chunk: Uint8Array) => void): unknown {
    if (this.inflated.has(entry)) throw new Error(`${entry.name} inflated twice`);
    this.inflated.add(entry);
    let sinkError: unknown = null;
    const guarded = sink
      ? (chunk: Uint8Array) => {
          if (sinkError !== null) return;
          try {
            sink(chunk);
          } catch (e) {
            sinkError = e;
          }
        }
      : undefined;
    const measured = measureEntry(
      this.bytes,
      entry,
      this.limits.maxTotalBytes - this.total,
      this.limits,
      guarded,
      this.inflateRaw,
    );
    if (typeof measured !== "number") throw new GuardFailure(measured.reason, measured.detail);
    // JSZip refused a size mismatch too; a cut or patched entry is corrupt, whatever it parsed to.
    if (measured !== entry.declaredSize)
      throw new GuardFailure("corrupt", `${entry.name}: ${measured} bytes inflated, ${entry.declaredSize} declared`);
    this.total += measured;
    return sinkError;
  }

  /** Parses an XML part with a handler, in chunks; an XmlError (or any handler error) is thrown after counting. */
  parse(entry: ZipEntry, handler: XmlHandler): void {
    const scanner = new XmlScanner(handler);
    let decoder: TextDecoder | null = null;
    const error = this.inflate(entry, (chunk) => {
      decoder ??= decoderFor(chunk);
      scanner.push(decoder.decode(chunk, { stream: true }), false);
    });
    if (error !== null) throw error;
    scanner.push(decoder === null ? "" : (decoder as TextDecoder).decode(), true);
  }

  /** Counts every entry not parsed, noting empty drawings on the way; the package's last guard step. */
  finish(): void {
    for (const entry of this.entries) {
      if (this.inflated.has(entry)) continue;
      const small = DRAWING_PART.test(entry.name) && entry.declaredSize <= EMPTY_DRAWING_MAX_BYTES;
      const chunks: Uint8Array[] = [];
      this.inflate(entry, small ? (c) => void chunks.push(c.slice()) : undefined);
      if (small && isEmptyDrawingXml(new TextDecoder().decode(concat(chunks)))) this.emptyDrawings.add(entry.name);
    }
  }
}

const concat = (chunks: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
