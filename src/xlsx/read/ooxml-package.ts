import type { ZipEntry } from "../zip-guard";
import type { XmlAttributes, XmlHandler } from "./xml-scanner";
import type { ZipParts } from "./zip-parts";

/** One element of a small part, with the attributes asked for (by local name). */
export interface Element {
  readonly name: string;
  /** The local name of the element it sits in ("" for the root). */
  readonly parent: string;
  readonly attributes: Readonly<Record<string, string | undefined>>;
}

/** Every element of a part whose local name is in `wanted`, with the named attributes; no text. */
export const collectElements = (
  parts: ZipParts,
  entry: ZipEntry,
  wanted: Readonly<Record<string, readonly string[]>>,
): Element[] => {
  const found: Element[] = [];
  const path: string[] = [];
  const handler: XmlHandler = {
    wantText: false,
    open(name: string, attributes: XmlAttributes) {
      const keys = Object.hasOwn(wanted, name) ? wanted[name] : undefined;
      if (keys)
        found.push({
          name,
          parent: path[path.length - 1] ?? "",
          attributes: Object.fromEntries(keys.map((k) => [k, attributes.get(k)])),
        });
      path.push(name);
    },
    close() {
      path.pop();
    },
    text() {},
  };
  parts.parse(entry, handler);
  return found;
};

export interface Relationship {
  readonly id: string;
  /** The last segment of the relationship type (worksheet, styles …): the same in transitional and Strict. */
  readonly kind: string;
  /** The target as a part name inside the package, without a leading slash. */
  readonly part: string;
}

const dirOf = (part: string): string => part.slice(0, part.lastIndexOf("/") + 1);

const decodePath = (p: string): string => {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
};

/** A relationship target to a part name: absolute ("/xl/…") or relative to the source part's folder. */
export const resolveTarget = (source: string, target: string): string => {
  const raw = decodePath(target.split("#")[0]!.replace(/\\/g, "/"));
  const joined = raw.startsWith("/") ? raw.slice(1) : dirOf(source) + raw;
  const out: string[] = [];
  for (const seg of joined.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
};

/** The relationships of a part ("" for the package), internal targets only. Missing rels part: none. */
export const relationshipsOf = (parts: ZipParts, source: string): Relationship[] => {
  const relsName =
    source === "" ? "_rels/.rels" : `${dirOf(source)}_rels/${source.slice(source.lastIndexOf("/") + 1)}.rels`;
  const entry = parts.find(relsName);
  if (!entry) return [];
  return collectElements(parts, entry, { Relationship: ["Id", "Type", "Target", "TargetMode"] })
    .filter((e) => e.attributes.TargetMode !== "External" && e.attributes.Target !== undefined)
    .map((e) => ({
      id: e.attributes.Id ?? "",
      kind: (e.attributes.Type ?? "").replace(/.*\//, ""),
      part: resolveTarget(source, e.attributes.Target!),
    }));
};

const MAIN_TYPE = /\.(?:sheet|template|addin)(?:\.macroEnabled)?\.main\+xml$/i;
const BINARY_MAIN_TYPE = /\.sheet\.binary\.macroEnabled\.main$/i;

export type MainPart =
  | { readonly ok: true; readonly part: ZipEntry }
  | { readonly ok: false; readonly binary: boolean };

/**
 * The workbook part: the package's officeDocument relationship, else the content type of the main
 * part, else the conventional name. Any part name works; a binary workbook (.xlsb) is recognised.
 */
export const findWorkbookPart = (parts: ZipParts): MainPart => {
  const candidates: string[] = relationshipsOf(parts, "")
    .filter((r) => r.kind === "officeDocument")
    .map((r) => r.part);
  const types = parts.find("[Content_Types].xml");
  let binary = false;
  if (types) {
    for (const o of collectElements(parts, types, { Override: ["PartName", "ContentType"] })) {
      const type = o.attributes.ContentType ?? "";
      const name = (o.attributes.PartName ?? "").replace(/^\/+/, "");
      if (MAIN_TYPE.test(type)) candidates.push(name);
      if (BINARY_MAIN_TYPE.test(type) && candidates.some((c) => c.toLowerCase() === name.toLowerCase())) binary = true;
    }
  }
  candidates.push("xl/workbook.xml");
  for (const name of candidates) {
    if (/\.bin$/i.test(name) && parts.find(name)) return { ok: false, binary: true };
    const entry = parts.find(name);
    if (entry) return { ok: true, part: entry };
  }
  return { ok: false, binary };
};
