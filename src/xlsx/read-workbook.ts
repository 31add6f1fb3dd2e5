import type { Grid, UnreadableReason } from "../core";
import { readFlatOds, readOdsPackage, isOdsPackage } from "./read/ods-package";
import { readOoxmlPackage } from "./read/ooxml-read";
import { GuardFailure, ZipParts } from "./read/zip-parts";
import { DEFAULT_GRID_CAPS, type GridCaps, type SheetExtent } from "./sheet-grid";
import { NOT_A_ZIP, sniffBytes } from "./sniff-bytes";
import { checkDirectory, DEFAULT_ZIP_LIMITS, lossyPartsOf, type InflateRaw, type ZipLimits } from "./zip-guard";

export interface ReadOptions extends Partial<GridCaps> {
  readonly zipLimits?: Partial<ZipLimits>;
  /** A native inflate where there is one (Node's zlib, see node-inflate.ts); fflate otherwise. */
  readonly inflateRaw?: InflateRaw;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetInfo extends SheetExtent {
  readonly name: string;
  readonly state: SheetState;
}

export interface ReadFlags {
  readonly hasMacros: boolean;
  /** Folders of parts (charts, pivot tables, drawings …) a rewrite by exceljs would drop. */
  readonly lossyParts: readonly string[];
  /**
   * Worksheet parts the reader skipped. Always empty since the reader finds sheets through the
   * relationships (exceljs read only xl/worksheets/sheetN.xml); kept so callers need not change.
   */
  readonly unreadWorksheets: readonly string[];
  /** Repairs made before reading. Always empty: the reader needs none (exceljs did, see read-workbook-exceljs.ts). */
  readonly repairs: readonly string[];
}

export type ReadResult =
  | {
      readonly ok: true;
      readonly grids: readonly Grid[];
      readonly sheets: readonly SheetInfo[];
      readonly flags: ReadFlags;
    }
  | { readonly ok: false; readonly reason: UnreadableReason; readonly detail: string };

/** What a package reader returns: the sheets in workbook order, or why there are none to read. */
export type PackageRead =
  | { readonly ok: true; readonly sheets: readonly { readonly info: SheetInfo; readonly grid: Grid }[] }
  | { readonly ok: false; readonly reason: UnreadableReason; readonly detail: string };

const fail = (reason: UnreadableReason, detail: string): ReadResult => ({ ok: false, reason, detail });

const MACROS = /(^|\/)vbaProject\.bin$/i;

const finish = (read: PackageRead, flags: ReadFlags): ReadResult =>
  read.ok ? { ok: true, grids: read.sheets.map((s) => s.grid), sheets: read.sheets.map((s) => s.info), flags } : read;

/**
 * Reads a zip package in one pass: the guard's directory checks, then every part the reader needs
 * inflated once and parsed while it inflates (counted against the guard's limits), then every
 * other entry counted. A guard verdict wins over anything the parts said.
 */
const readZip = (bytes: Uint8Array, options: ReadOptions, caps: GridCaps): ReadResult => {
  const limits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits };
  const directory = checkDirectory(bytes, limits);
  if (!directory.ok) return fail(directory.reason, directory.detail);
  const parts = new ZipParts(bytes, directory.entries, limits, options.inflateRaw);
  let read: PackageRead;
  try {
    read = isOdsPackage(parts) ? readOdsPackage(parts, caps) : readOoxmlPackage(parts, caps);
    parts.finish();
  } catch (e) {
    if (e instanceof GuardFailure) return fail(e.reason, e.detail);
    try {
      parts.finish();
    } catch (g) {
      if (g instanceof GuardFailure) return fail(g.reason, g.detail);
      throw g;
    }
    // A RangeError is a string or array past V8's limits on a hostile part: unreadable like bad XML.
    return fail("parse-failed", e instanceof Error ? e.message : String(e));
  }
  const names = parts.names;
  return finish(read, {
    hasMacros: names.some((n) => MACROS.test(n)),
    lossyParts: lossyPartsOf(names, parts.empty),
    unreadWorksheets: [],
    repairs: [],
  });
};

/**
 * Bytes → one grid per worksheet (chart and macro sheets have no cells and are skipped), from an
 * .xlsx/.xlsm (any writer, transitional or Strict), an .ods, or a flat .fods. Sniffs the format,
 * then reads forward-only without a document model. Browser-safe (bytes in, no file access) and
 * never throws for bad input: the result says why a file could not be read.
 */
export const readWorkbookGrids = async (bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> => {
  const caps: GridCaps = {
    maxRows: options.maxRows ?? DEFAULT_GRID_CAPS.maxRows,
    maxColumns: options.maxColumns ?? DEFAULT_GRID_CAPS.maxColumns,
  };
  const kind = sniffBytes(bytes);
  if (kind === "zip") return readZip(bytes, options, caps);
  if (kind === "text") {
    const flat = readFlatOds(bytes, caps, { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits });
    if (flat !== null) return finish(flat, { hasMacros: false, lossyParts: [], unreadWorksheets: [], repairs: [] });
  }
  return fail(NOT_A_ZIP[kind].reason, NOT_A_ZIP[kind].detail);
};
