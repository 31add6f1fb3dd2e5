import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * Excel opens packages that exceljs 4.4 reads as empty or rejects: part paths written absolute in
 * relationships, the main namespace bound to a prefix (`x:` on every element), Strict Open XML
 * namespaces, worksheet parts not named `sheetN.xml`. This rewrites such a package into the form
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
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"],
  ["http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"],
];
const SMALL_PARTS = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);

const needsRepair = (parts: Record<string, Uint8Array>): boolean => {
  const text = Object.values(parts).map((p) => strFromU8(p)).join("\n");
  return STRICT.some(([strict]) => text.includes(strict)) || /xmlns:\w+="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/.test(text) || /Target="\/xl\//.test(text) || /Target="(?:\/xl\/)?worksheets\/(?!sheet\d+\.xml")[^"]+\.xml"/.test(text);
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

export const repairPackage = (bytes: Uint8Array): Repaired => {
  let small: Record<string, Uint8Array>;
  try {
    small = unzipSync(bytes, { filter: (f) => SMALL_PARTS.has(f.name.replace(/^\//, "")) });
  } catch {
    return { bytes, repairs: [] };
  }
  if (!needsRepair(small)) return { bytes, repairs: [] };
  const files = unzipSync(bytes);
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
      let xml = strFromU8(data);
      const before = xml;
      for (const [strict, transitional] of STRICT) if (xml.includes(strict)) (xml = xml.split(strict).join(transitional)), repairs.add("Strict Open XML");
      const unprefixed = unprefix(xml);
      if (unprefixed !== xml) (xml = unprefixed), repairs.add("namespace prefix");
      if (name === "xl/_rels/workbook.xml.rels") {
        xml = xml.replace(/Target="\/xl\/([^"]+)"/g, (_m, t: string) => (repairs.add("absolute part paths"), `Target="${t}"`));
        for (const [from, to] of renames) xml = xml.split(`Target="${from.slice(3)}"`).join(`Target="${to.slice(3)}"`);
      }
      if (name === "[Content_Types].xml") for (const [from, to] of renames) xml = xml.split(`PartName="/${from}"`).join(`PartName="/${to}"`);
      out[target] = xml === before ? data : strToU8(xml);
    } else out[target] = data;
  }
  return { bytes: zipSync(out), repairs: [...repairs].sort() };
};
