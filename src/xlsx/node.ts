// Node-only surface of the adapter: file access and Node streams live here (and in node-files.ts),
// so the browser bundle never pulls node:fs or exceljs' streaming writer.
import { join } from "node:path";
import { PassThrough, type Writable } from "node:stream";
import type ExcelJS from "exceljs";
import type { Consolidation, PlanConfig } from "../core";
import { fillConsolidatedWorkbook, prepareLists, type PreparedLists } from "./consolidated/fill-workbook";
import type { ConsolidatedLayout } from "./consolidated/layout";
import type * as DocumentWriter from "./consolidated/write-consolidated";
import type * as FeedbackWorkbook from "./feedback/feedback-workbook";
import { fixInternalLinks } from "./feedback/internal-links";
import { type CrcModule, useNativeCrc32 } from "./node-crc32";
import { type DeflateStreamClass, releaseChunksWhenRead } from "./node-deflate-release";
import { rowRendererThread } from "./node-row-renderer";
import { presentFile, writeFileAtomic, writeStreamAtomic } from "./node-files";

export {
  listInputs,
  readInputBytes,
  readInputText,
  readTextFile,
  reasonForError,
  sha256,
  TargetExistsError,
  writeFileAtomic,
  writeFileNoReplace,
  writeStreamAtomic,
  writeTextAtomic,
  samePath,
} from "./node-files";
export type { FoundInput, InputListing, ReadBytesResult } from "./node-files";
export { TABLE_ROW_LIMIT, EXCEL_MAX_ROWS } from "./consolidated/layout";
export type { ConsolidatedLayout } from "./consolidated/layout";

/** A Node stream, or archiver's readable-stream 2 one, which lacks writableNeedDrain. */
type ZipInput = Writable & { readonly _writableState?: { readonly needDrain?: boolean } };

interface SheetWriterInternals {
  readonly committed?: boolean;
  readonly _stream?: { readonly pipes?: readonly ZipInput[] };
}

/** What lib/bundle/stream-writer.bundle.js exports (node-stream-writer-bundle.ts). */
interface StreamWriterModules {
  readonly WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter;
  readonly crc: CrcModule;
  readonly DeflateCRC32Stream: DeflateStreamClass;
}

/**
 * The writer from its own bundle beside the program's, through the loader that hands V8 the
 * bundle's code cache; run from TypeScript sources or tsc's output (no such bundle), straight from
 * node_modules.
 */
const streamWriterModules = (): StreamWriterModules =>
  presentFile(join(__dirname, "stream-writer.bundle.js")) === null
    ? {
        WorkbookWriter: require("exceljs/lib/stream/xlsx/workbook-writer") as StreamWriterModules["WorkbookWriter"],
        crc: require("crc-32") as CrcModule,
        DeflateCRC32Stream: (require("crc32-stream") as { DeflateCRC32Stream: DeflateStreamClass }).DeflateCRC32Stream,
      }
    : (require("../../bin/load-bundle.js") as { loadBundle(name: string): StreamWriterModules }).loadBundle(
        "stream-writer",
      );

let writerModules: StreamWriterModules | null = null;

/**
 * exceljs' streaming writer, loaded when a workbook is first streamed: the command line reads
 * without it (the streaming reader), and loading it costs half a second that `validate` and each
 * read worker save. Its own module, not the package's index: the index also loads the document
 * model, both readers and the CSV support, a third of the load time the merge's main thread spends
 * while the workers read (a test checks that it is the class the index exports).
 */
const streamingWriter = (): typeof ExcelJS.stream.xlsx.WorkbookWriter => {
  writerModules ??= streamWriterModules();
  useNativeCrc32(writerModules.crc);
  releaseChunksWhenRead(writerModules.DeflateCRC32Stream);
  return writerModules.WorkbookWriter;
};
/** The Rückmeldung's writer, likewise loaded only when one is written. */
const feedbackWriter = (): typeof FeedbackWorkbook =>
  require("./feedback/feedback-workbook") as typeof FeedbackWorkbook;
/** The document writer (Excel tables), likewise loaded only when a workbook is written. */
const documentWriter = (): typeof DocumentWriter =>
  require("./consolidated/write-consolidated") as typeof DocumentWriter;

const needsDrain = (w: ZipInput): boolean => w.writableNeedDrain ?? w._writableState?.needDrain ?? false;

/**
 * The stream the zip reads the sheet being written from. exceljs keeps it private, so it is read
 * defensively: if a later exceljs moves it, writing still works, only without the back-pressure.
 */
const zipInput = (wb: ExcelJS.stream.xlsx.WorkbookWriter): ZipInput | undefined => {
  const sheets = (wb as unknown as { _worksheets?: readonly (SheetWriterInternals | undefined)[] })._worksheets ?? [];
  const open = sheets.find((ws) => ws !== undefined && ws.committed === false);
  const pipe = open?._stream?.pipes?.[0];
  return pipe !== undefined && typeof pipe.once === "function" ? pipe : undefined;
};

/**
 * Streams the consolidated workbook row by row into `out`, with autofilters instead of tables
 * (exceljs' streaming writer cannot write tables). Strings are written inline, not shared: a
 * shared-string table of a million rows would stay in memory until the end.
 */
const streamLists = async (
  c: Consolidation,
  plan: PlanConfig,
  { lists, layout }: PreparedLists,
  out: Writable,
): Promise<void> => {
  // zlib level 1: sheet XML is repetitive enough to shrink well at a fraction of the default level's
  // time. Its output buffer holds what a chunk of the direct rows (up to 1 MiB) deflates to, so one
  // call in the thread pool deflates a chunk, not 16 KiB of output at a time.
  const wb = new (streamingWriter())({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1, chunkSize: 256 * 1024 } },
  });
  // Rows are produced synchronously, and exceljs hands each sheet's XML on to the zip without
  // waiting: unless we wait for the zip's input to drain now and then, a million rows pile up in
  // memory before anything is compressed.
  const breathe = async (): Promise<void> => {
    await new Promise<void>((done) => setImmediate(done));
    const input = zipInput(wb);
    if (input && needsDrain(input)) await new Promise<void>((done) => input.once("drain", done));
    if (out.writableNeedDrain) await new Promise<void>((done) => out.once("drain", done));
  };
  // The second CPU renders the long lists' rows while this thread computes the next ones.
  const renderer = layout.exceljsRows || layout.renderRows ? null : rowRendererThread();
  try {
    const renderRows = renderer?.render ?? layout.renderRows;
    await fillConsolidatedWorkbook(
      wb,
      c,
      plan,
      lists,
      { ...layout, breathe, ...(renderRows ? { renderRows } : {}) },
      false,
    );
    await wb.commit();
  } finally {
    await renderer?.close();
  }
};

/** The streamed workbook into any writable (tests collect it in memory). */
export const streamConsolidatedWorkbook = (
  c: Consolidation,
  plan: PlanConfig,
  out: Writable,
  layout: ConsolidatedLayout = {},
): Promise<void> => streamLists(c, plan, prepareLists(c, plan, layout), out);

/** Loads exceljs now, for a caller with idle time before its first write (the merge, while workers read). */
export const preloadWriter = (): void => void streamingWriter();

/**
 * Writes the consolidated workbook to `path`, never partially (temporary file, then rename): with
 * Excel tables through the document writer when every list fits the table limit, else streamed.
 */
export const writeConsolidatedFile = async (
  path: string,
  c: Consolidation,
  plan: PlanConfig,
  layout: ConsolidatedLayout = {},
): Promise<void> => {
  // The lists are built once: before, the document writer built them a second time.
  const prepared = prepareLists(c, plan, layout);
  if (prepared.tables) await writeFileAtomic(path, await documentWriter().writePreparedWorkbook(c, plan, prepared));
  else await writeStreamAtomic(path, (out) => streamLists(c, plan, prepared, out));
};

/**
 * A Rückmeldung written by exceljs' streaming writer: held as exceljs' document model, a list of
 * 150,000 findings with as many notes took over 3 GB. The compressed bytes collect in memory (a
 * few MB), then get the same internal-link fix as the in-memory writer's.
 */
export const streamFeedbackWorkbook = async (
  input: FeedbackWorkbook.FeedbackInput,
): Promise<{ bytes: Uint8Array; kind: FeedbackWorkbook.FeedbackKind }> => {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((done) => sink.once("end", done));
  const wb = new (streamingWriter())({ stream: sink, useStyles: true, useSharedStrings: false });
  const kind = feedbackWriter().fillFeedbackWorkbook(wb as unknown as ExcelJS.Workbook, input);
  await wb.commit();
  await ended;
  return { bytes: fixInternalLinks(new Uint8Array(Buffer.concat(chunks))), kind };
};
