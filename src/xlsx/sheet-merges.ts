import { Inflate, inflateSync, strFromU8 } from "fflate";
import { columnIndex, type CellRange } from "../core";
import { readZipDirectory, type ZipEntry } from "./zip-directory";

/** More merged ranges than this on one sheet are not kept: a layout has dozens, a hostile file millions. */
const MAX_MERGES_PER_SHEET = 100_000;
const SLICE = 64 * 1024;

const attr = (attrs: string, name: string): string | null => new RegExp(`(?:^|\\s)(?:\\w+:)?${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;

const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) =>
    e === "lt" ? "<" : e === "gt" ? ">" : e === "amp" ? "&" : e === "quot" ? '"' : e === "apos" ? "'" : String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

const small = (bytes: Uint8Array, entry: ZipEntry | undefined): string | null => {
  if (!entry) return null;
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  return strFromU8(entry.method === 0 ? data : inflateSync(data));
};

/** Sheet name → worksheet part, from the workbook part and its relationships. */
const sheetParts = (bytes: Uint8Array, entries: readonly ZipEntry[]): Map<string, string> => {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbook = small(bytes, byName.get("xl/workbook.xml"));
  const rels = small(bytes, byName.get("xl/_rels/workbook.xml.rels"));
  const out = new Map<string, string>();
  if (workbook === null || rels === null) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1]!, "Id");
    const target = attr(m[1]!, "Target");
    if (id !== null && target !== null) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attr(m[1]!, "name");
    const part = targets.get(attr(m[1]!, "id") ?? "");
    if (name !== null && part !== undefined) out.set(unescapeXml(name), part);
  }
  return out;
};

const RANGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?"/g;

/** The merged ranges of one worksheet part, read from its XML as a stream of small slices. */
const mergesOf = (bytes: Uint8Array, entry: ZipEntry): CellRange[] => {
  const found: CellRange[] = [];
  const decoder = new TextDecoder();
  let carry = "";
  const scan = (text: string, final: boolean) => {
    const all = carry + text;
    // Only up to the last complete tag; the rest waits for the next slice.
    const cut = final ? all.length : all.lastIndexOf(">") + 1;
    for (const m of all.slice(0, cut).matchAll(RANGE)) {
      if (found.length >= MAX_MERGES_PER_SHEET) break;
      const top = Number(m[2]);
      const left = columnIndex(m[1]!);
      const bottom = m[4] === undefined ? top : Number(m[4]);
      const right = m[3] === undefined ? left : columnIndex(m[3]);
      if (top > 0 && left > 0 && bottom >= top && right >= left) found.push({ top, left, bottom, right });
    }
    carry = all.slice(cut);
  };
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    scan(decoder.decode(data), true);
    return found;
  }
  const inflater = new Inflate((chunk, final) => scan(decoder.decode(chunk, { stream: !final }), final));
  for (let at = 0; at < data.length; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  return found;
};

/**
 * Merged ranges per sheet name. exceljs is told to ignore mergeCells (it would copy a range's value
 * into every cell of it, and a range over a whole sheet would take forever), so the ranges are read
 * from the sheet XML here, in slices, with the count per sheet bounded. The zip was checked by the
 * guard before; anything odd gives no ranges (unknown), never a failure.
 */
export const readSheetMerges = (bytes: Uint8Array): Map<string, CellRange[]> => {
  const out = new Map<string, CellRange[]>();
  try {
    const directory = readZipDirectory(bytes, Number.MAX_SAFE_INTEGER);
    if (!directory.ok) return out;
    const byName = new Map(directory.entries.map((e) => [e.name, e]));
    for (const [sheet, part] of sheetParts(bytes, directory.entries)) {
      const entry = byName.get(part);
      if (!entry || (entry.method !== 0 && entry.method !== 8)) continue;
      const merges = mergesOf(bytes, entry);
      if (merges.length > 0) out.set(sheet, merges);
    }
  } catch {
    return new Map();
  }
  return out;
};
