import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * Excel opens packages that exceljs 4.4 reads as empty or rejects: part paths written absolute in
 * relationships, the main namespace bound to a prefix (`x:` on every element), Strict Open XML
 * namespaces, worksheet parts not named `sheetN.xml`; and it chokes on a sheet of a million styled
 * but empty cells. This rewrites such a package into the form
 * exceljs expects, before it parses. Packages that need nothing are returned untouched (no cost
 * beyond reading three small parts).
 */
export interface Repaired {
  readonly bytes: Uint8Array;
  /** What was repaired, for the report (empty when nothing was needed). */
  readonly repairs: readonly string[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT: readonly [string, string][] = [
  ["http://purl.oclc.org/ooxml/spreadsheetml/main", MAIN],
  [
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  ],
  ["http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"],
];
const SMALL_PARTS = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);

const needsRepair = (parts: Record<string, Uint8Array>): boolean => {
  const text = Object.values(parts)
    .map((p) => strFromU8(p))
    .join("\n");
  return (
    STRICT.some(([strict]) => text.includes(strict)) ||
    /xmlns:\w+="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/.test(text) ||
    /Target="\/xl\//.test(text) ||
    /Target="(?:\/xl\/)?worksheets\/(?!sheet\d+\.xml")[^"]+\.xml"/.test(text)
  );
};

/** `<x:row>` → `<row>` for the prefix bound to the main namespace, declared as the default instead. */
const unprefix = (xml: string): string => {
  const m = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/.exec(xml);
  if (!m) return xml;
  const p = m[1]!;
  let out = xml.replace(new RegExp(`<(/?)${p}:`, "g"), "<$1").replace(`xmlns:${p}="${MAIN}"`, `xmlns="${MAIN}"`);
  // Two default declarations on the root would be invalid XML: keep the first.
  out = out.replace(/(<\w+[^>]*?xmlns="[^"]+")([^>]*?)\s+xmlns="[^"]+"/, "$1$2");
  return out;
};

/**
 * A worksheet part this large is scanned for empty cells. Formatting whole rows or a block down to
 * row 1,048,576 writes one `<row>`/`<c s="…"/>` per styled cell: exceljs builds an object for each,
 * and a million of them took 37 s and 2 GB for a table of two rows. Cells without a value carry
 * nothing the reader uses (styled but empty cells never count, see sheet-grid.ts).
 */
export const EMPTY_SCAN_FROM_BYTES = 4 * 1024 * 1024;
/** Rewriting costs a zip pass: only worth it when the scan removes at least this much. */
const EMPTY_DROP_MIN_BYTES = 1024 * 1024;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const ascii = (t: string): Uint8Array => Uint8Array.from(t, (ch) => ch.charCodeAt(0));
const SHEET_DATA_OPEN = ascii("<sheetData");
const SHEET_DATA_CLOSE = ascii("</sheetData>");
const CELL_CLOSE = ascii("</c>");

const indexOfBytes = (hay: Uint8Array, needle: Uint8Array, from: number): number => {
  for (let i = hay.indexOf(needle[0]!, from); i >= 0; i = hay.indexOf(needle[0]!, i + 1)) {
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
};

/** `<name` followed by a space, `/` or `>` at `lt`. */
const isTag = (xml: Uint8Array, lt: number, name: string): boolean => {
  for (let k = 0; k < name.length; k++) if (xml[lt + 1 + k] !== name.charCodeAt(k)) return false;
  const next = xml[lt + 1 + name.length];
  return next === 0x20 || next === SLASH || next === GT || next === 0x09 || next === 0x0a || next === 0x0d;
};

/**
 * Drops cells without content (`<c r="A5" s="1"/>`, `<c …></c>`) and rows left without cells, in
 * one pass over the bytes (a regex over a 90 MB string took seconds). A cell's value, formula or
 * inline string is always a child element, so a cell with none has no value; a cell with content
 * is copied whole up to its `</c>` (a `<` in text is always escaped, so that end is unambiguous).
 */
export const dropEmptyCells = (xml: Uint8Array): Uint8Array => {
  const start = indexOfBytes(xml, SHEET_DATA_OPEN, 0);
  const end = start < 0 ? -1 : indexOfBytes(xml, SHEET_DATA_CLOSE, start);
  if (start < 0 || end < 0) return xml;
  const out = new Uint8Array(xml.length);
  out.set(xml.subarray(0, start));
  let o = start;
  const copy = (from: number, to: number) => {
    out.set(xml.subarray(from, to), o);
    o += to - from;
  };
  let rowStart = -1;
  let rowHasCell = false;
  let i = start;
  while (i < end) {
    const lt = xml.indexOf(LT, i);
    if (lt < 0 || lt >= end) break;
    copy(i, lt);
    const gt = xml.indexOf(GT, lt);
    if (gt < 0) return xml;
    const selfClosing = xml[gt - 1] === SLASH;
    if (isTag(xml, lt, "c")) {
      i = gt + 1;
      if (selfClosing) continue;
      let j = i;
      while (j < end && (xml[j] === 0x20 || xml[j] === 0x0a || xml[j] === 0x0d || xml[j] === 0x09)) j++;
      if (indexOfBytes(xml.subarray(j, j + 4), CELL_CLOSE, 0) === 0) {
        i = j + 4;
        continue;
      }
      const close = indexOfBytes(xml, CELL_CLOSE, gt);
      if (close < 0 || close > end) return xml;
      copy(lt, close + 4);
      rowHasCell = true;
      i = close + 4;
    } else if (isTag(xml, lt, "row")) {
      i = gt + 1;
      if (selfClosing) continue;
      rowStart = o;
      rowHasCell = false;
      copy(lt, i);
    } else if (isTag(xml, lt, "/row")) {
      i = gt + 1;
      if (rowStart >= 0 && !rowHasCell) o = rowStart;
      else copy(lt, i);
      rowStart = -1;
    } else {
      copy(lt, gt + 1);
      i = gt + 1;
    }
  }
  copy(end, xml.length);
  return out.slice(0, o);
};

export const repairPackage = (bytes: Uint8Array): Repaired => {
  let small: Record<string, Uint8Array>;
  const large = new Set<string>();
  try {
    small = unzipSync(bytes, {
      filter: (f) => {
        const name = f.name.replace(/^\//, "");
        if (WORKSHEET.test(name) && f.originalSize >= EMPTY_SCAN_FROM_BYTES) large.add(name);
        return SMALL_PARTS.has(name);
      },
    });
  } catch {
    return { bytes, repairs: [] };
  }
  const files = large.size > 0 || needsRepair(small) ? unzipSync(bytes) : null;
  if (files === null) return { bytes, repairs: [] };
  // Large sheets mostly empty are the one repair judged on a sheet's content, not on the small parts.
  const emptied = new Map<string, string>();
  for (const raw of Object.keys(files)) {
    const name = raw.replace(/^\//, "");
    if (!large.has(name)) continue;
    const xml = files[raw]!;
    const dropped = dropEmptyCells(xml);
    if (xml.length - dropped.length >= EMPTY_DROP_MIN_BYTES) emptied.set(name, strFromU8(dropped));
  }
  if (emptied.size === 0 && !needsRepair(small)) return { bytes, repairs: [] };
  const repairs = new Set<string>();
  const out: Record<string, Uint8Array> = {};
  const renames = new Map<string, string>();
  let next = 1;
  const taken = new Set(Object.keys(files).map((n) => n.replace(/^\//, "")));
  for (const raw of Object.keys(files)) {
    const name = raw.replace(/^\//, "");
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name) && !/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      while (taken.has(`xl/worksheets/sheet${next}.xml`)) next++;
      renames.set(name, `xl/worksheets/sheet${next}.xml`);
      taken.add(`xl/worksheets/sheet${next}.xml`);
      repairs.add("worksheet part renamed");
    }
  }
  for (const [raw, data] of Object.entries(files)) {
    const name = raw.replace(/^\//, "");
    const target = renames.get(name) ?? name;
    if (/\.xml$|\.rels$/.test(name)) {
      const trimmed = emptied.get(name);
      if (trimmed !== undefined) repairs.add("empty styled cells dropped");
      const before = trimmed ?? strFromU8(data);
      let xml = before;
      for (const [strict, transitional] of STRICT)
        if (xml.includes(strict)) {
          xml = xml.split(strict).join(transitional);
          repairs.add("Strict Open XML");
        }
      const unprefixed = unprefix(xml);
      if (unprefixed !== xml) {
        xml = unprefixed;
        repairs.add("namespace prefix");
      }
      if (name === "xl/_rels/workbook.xml.rels") {
        xml = xml.replace(/Target="\/xl\/([^"]+)"/g, (_m, t: string) => {
          repairs.add("absolute part paths");
          return `Target="${t}"`;
        });
        for (const [from, to] of renames) xml = xml.split(`Target="${from.slice(3)}"`).join(`Target="${to.slice(3)}"`);
      }
      if (name === "[Content_Types].xml")
        for (const [from, to] of renames) xml = xml.split(`PartName="/${from}"`).join(`PartName="/${to}"`);
      out[target] = xml === before && trimmed === undefined ? data : strToU8(xml);
    } else out[target] = data;
  }
  return { bytes: zipSync(out), repairs: [...repairs].sort() };
};
