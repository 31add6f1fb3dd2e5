import type ExcelJS from "exceljs";
import { rowCellsXml, rowOpenXml } from "./row-xml";
import type { OutValue } from "./sheet-kit";

/**
 * exceljs' value type numbers (lib/doc/enums.js) for the values a list holds: its style registry
 * keys a cell's default number format on them. A test checks them against exceljs' own.
 */
export const VALUE_TYPE = { null: 0, number: 2, string: 3, date: 4, boolean: 9 } as const;

const valueType = (v: OutValue): number =>
  v === null
    ? VALUE_TYPE.null
    : typeof v === "string"
      ? VALUE_TYPE.string
      : typeof v === "number"
        ? VALUE_TYPE.number
        : typeof v === "boolean"
          ? VALUE_TYPE.boolean
          : VALUE_TYPE.date;

/** The parts of exceljs' streaming WorksheetWriter this writer relies on (private, so checked before use). */
interface StreamedSheet {
  readonly committed: boolean;
  readonly startedData: boolean;
  readonly useSharedStrings: boolean;
  readonly _rows: readonly unknown[] | null;
  _rowZero: number;
  readonly stream: { write(chunk: NodeBytes): unknown };
  readonly _workbook: {
    // The registry remembers a style object's id (by identity): the writer asks once per column.
    readonly styles: { addStyleModel(model: object, type: number): number };
  };
}

/** The part of Node's Buffer used here: exceljs' sheet stream takes Buffers (this file also compiles for the browser). */
interface NodeBytes extends Uint8Array {
  write(text: string, offset: number, encoding: "utf8"): number;
  copy(target: Uint8Array, targetStart: number, sourceStart: number, sourceEnd: number): number;
  subarray(start: number, end: number): NodeBytes;
}
interface NodeBytesClass {
  allocUnsafe(size: number): NodeBytes;
  from(text: string, encoding: "utf8"): NodeBytes;
  from(buffer: ArrayBufferLike, offset: number, length: number): NodeBytes;
}
/**
 * exceljs' sheet stream (its StreamBuf, private) as far as writing past it goes: in batch mode it
 * copies every write into 64 KiB buffers of its own and hands each on to its one pipe, the zip's
 * input, once full; the last, partly filled one waits for more.
 */
interface BatchedStream {
  readonly batch: boolean;
  readonly corked?: boolean;
  readonly buffers: { toBuffer(): NodeBytes | null }[];
  readonly pipes: readonly { write(chunk: NodeBytes): unknown }[];
}

const isBatchedStream = (s: object): s is BatchedStream => {
  const b = s as Partial<BatchedStream>;
  return (
    b.batch === true &&
    b.corked !== true &&
    Array.isArray(b.buffers) &&
    Array.isArray(b.pipes) &&
    b.pipes.length === 1 &&
    typeof b.pipes[0]?.write === "function"
  );
};

/**
 * The zip's input, to write a chunk of the sheet's XML into straight, once exceljs' stream is
 * piped to it; null before (no pipe yet) or with another stream: then the chunk goes through
 * exceljs. Through the stream, each chunk was copied into buffers exceljs zeroes fresh
 * (Buffer.alloc of 64 KiB, ~0.1 ms each): 600 of them for the city set's 39 MB of XML, 60 ms of
 * the main thread's writing. What exceljs still holds goes on first, so the bytes stay in order.
 */
const pastExceljs = (stream: StreamedSheet["stream"]): { write(chunk: NodeBytes): unknown } | null => {
  if (!isBatchedStream(stream)) return null;
  const zip = stream.pipes[0]!;
  for (const held of stream.buffers.splice(0)) {
    const b = held.toBuffer();
    if (b !== null && b.length > 0) zip.write(b);
  }
  return zip;
};

const toZip = (stream: StreamedSheet["stream"], bytes: NodeBytes): void =>
  void (pastExceljs(stream) ?? stream).write(bytes);

/**
 * Set on a chunk handed to the zip: how to give its memory back once the zip's deflate stream has
 * read it (node-deflate-release.ts calls it then). A key of the global registry, so that the
 * writer's own bundle sees the same one.
 */
export const RELEASE_WHEN_READ: unique symbol = Symbol.for("aktionsplan-monitor.release-when-read");
export type Releasable = { [RELEASE_WHEN_READ]?: () => void };

/** Chunk buffers the zip has read, kept for the next chunks of the workbook's sheets. */
const POOL_KEPT = 4;
const pools = new WeakMap<object, NodeBytes[]>();

/** Only Node has streamed sheets; without its Buffer, exceljs writes the rows. */
const nodeBytes = (globalThis as { Buffer?: NodeBytesClass }).Buffer;

const isStreamedSheet = (ws: object): ws is StreamedSheet => {
  const s = ws as Partial<StreamedSheet>;
  return (
    s.committed === false &&
    s.startedData === true &&
    s.useSharedStrings === false &&
    Array.isArray(s._rows) &&
    s._rows.length === 0 &&
    typeof s._rowZero === "number" &&
    typeof s._workbook?.styles?.addStyleModel === "function" &&
    typeof s.stream?.write === "function"
  );
};

/**
 * Bytes of XML gathered before they go to the zip: few large writes instead of one per row. The
 * list writer hands the sheet back (and so flushes) every 256 rows to let the zip drain, so a
 * long list's chunks are those 256 rows, ~0.4 MB for the Maßnahmen list: one write each, where
 * 64 KiB split them in seven. Each write costs a round trip through zlib's thread pool and this
 * thread's stream callbacks: at 64 KiB the city set's writing spent ~0.45 s of its ~1.2 s waiting
 * for the zip to drain, at 1 MiB ~0.15 s (bench/README.md, issue 17).
 */
export const CHUNK_BYTES = 1024 * 1024;
/** Room for a chunk and then some rows: a row goes in whole when its worst case (3 bytes a character) fits. */
export const BUFFER_BYTES = 2 * CHUNK_BYTES;

export interface DirectRows {
  /** The id exceljs gives a cell of this value with this style object (registered on first use, as exceljs does). */
  styleId(style: object, value: OutValue): number;
  /**
   * Writes one row; `styleIds[i]` is the style id of column i + 1 (styleId's), `plain[i]` says that
   * its text needs no escaping.
   */
  row(
    number: number,
    values: readonly OutValue[],
    styleIds: readonly number[],
    height: number | null,
    plain: readonly boolean[],
  ): void;
  /** Rows rendered and encoded elsewhere (row-batch.ts), written after the rows before them. */
  bytes(xml: Uint8Array): void;
  /** Hands the sheet back to exceljs' own rows from row `next` on (a row with notes, the end of the list). */
  handBack(next: number): void;
}

/**
 * Writes data rows straight into the XML stream of a sheet of exceljs' streaming writer, after its
 * header row was committed; the rest of the sheet (columns, header, autofilter, validations,
 * notes, print settings) stays exceljs'. Style ids come from exceljs' own registry with the same
 * style objects, so they are the ids exceljs would write. Null when the sheet is not a streamed
 * one in the expected state (the document writer's, or a later exceljs): then exceljs writes
 * every row itself.
 */
export const directRows = (ws: ExcelJS.Worksheet): DirectRows | null => {
  if (!isStreamedSheet(ws) || nodeBytes === undefined) return null;
  const sheet = ws;
  const bytes = nodeBytes;
  const styles = sheet._workbook.styles;
  // Each row is encoded once, straight into one working buffer: a 64 KiB text gathered from
  // thousands of row pieces and handed over as a string cost exceljs' stream flattening and
  // encoding it (its largest share of a long list's write). The stream gets a copy of just the
  // bytes written, since the zip may hold on to what it is given; a fresh working buffer per chunk
  // left hundreds of MB of them for the garbage collector on a large merge.
  const chunk = bytes.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  // A chunk the zip takes straight is copied into a buffer the zip gives back once it has read it:
  // a fresh one each time cost the city merge ~0.1 s of page faults, every 4 KiB of new memory one
  // (bench/README.md, issue 17). Shared by the workbook's sheets; a chunk through exceljs, whose
  // stream may hold on to it, is always a fresh copy.
  const free = pools.get(sheet._workbook) ?? [];
  pools.set(sheet._workbook, free);
  const pooledCopy = (): NodeBytes & Releasable => {
    const whole = free.pop() ?? bytes.allocUnsafe(BUFFER_BYTES);
    chunk.copy(whole, 0, 0, used);
    const view: NodeBytes & Releasable = whole.subarray(0, used);
    let given = false;
    view[RELEASE_WHEN_READ] = () => {
      if (given) return;
      given = true;
      if (free.length < POOL_KEPT) free.push(whole);
    };
    return view;
  };
  const flush = () => {
    if (used === 0) return;
    const zip = pastExceljs(sheet.stream);
    if (zip !== null) zip.write(pooledCopy());
    else {
      // Not Buffer.from(chunk.subarray(…)): on Node 20 that copies through TypedArray#slice with
      // Buffer as its species, byte by byte — 0.23 ms per 64 KiB against 0.01 ms for this memcpy
      // (bench/README.md, issue 17).
      const copy = bytes.allocUnsafe(used);
      chunk.copy(copy, 0, 0, used);
      sheet.stream.write(copy);
    }
    used = 0;
  };
  const put = (xml: string) => {
    if (used + 3 * xml.length > chunk.length) {
      flush();
      // A row of long texts larger than a chunk goes on alone.
      if (3 * xml.length > chunk.length) return void toZip(sheet.stream, bytes.from(xml, "utf8"));
    }
    used += chunk.write(xml, used, "utf8");
    if (used >= CHUNK_BYTES) flush();
  };
  return {
    styleId: (style, value) => styles.addStyleModel(style, valueType(value)),
    row(number, values, styleIds, height, plain) {
      put(`${rowOpenXml(number, height, values.length)}${rowCellsXml(number, values, styleIds, 0, plain)}</row>`);
    },
    bytes(xml) {
      flush();
      // A view, not a copy: the bytes were transferred to this thread and are not used again.
      toZip(sheet.stream, bytes.from(xml.buffer, xml.byteOffset, xml.byteLength));
    },
    handBack(next) {
      flush();
      sheet._rowZero = next;
    },
  };
};
