import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const attr = (tag: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/**
 * exceljs 4.4 writes a link to a cell of the same workbook ("#'Blatt'!F7") as an external
 * relationship, which Excel then treats as a file to open (exceljs issue #3027). This rewrites each
 * such link to the form Excel itself writes: `<hyperlink ref=… location="'Blatt'!F7"/>` with no
 * relationship, and drops the orphaned relationships. Other parts are copied unchanged.
 */
export const fixInternalLinks = (bytes: Uint8Array): Uint8Array => {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files)) {
    const m = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(name);
    const relsName = m ? `xl/worksheets/_rels/${m[1]}.rels` : null;
    if (!m || !relsName || !files[relsName]) continue;
    const rels = strFromU8(files[relsName]!);
    const internal = new Map<string, string>();
    for (const tag of rels.match(/<Relationship\s[^>]*\/>/g) ?? []) {
      const id = attr(tag, "Id");
      const target = attr(tag, "Target");
      if (id && target?.startsWith("#") && /\/hyperlink"/.test(tag)) internal.set(id, target.slice(1));
    }
    if (internal.size === 0) continue;
    const sheet = strFromU8(files[name]!).replace(/<hyperlink\s[^>]*\/>/g, (tag) => {
      const id = attr(tag, "r:id");
      const location = id === null ? undefined : internal.get(id);
      if (location === undefined) return tag;
      const tooltip = attr(tag, "tooltip");
      return `<hyperlink ref="${attr(tag, "ref") ?? ""}" location="${location}"${tooltip ? ` tooltip="${tooltip}"` : ""}/>`;
    });
    files[name] = strToU8(sheet);
    files[relsName] = strToU8(
      rels.replace(/<Relationship\s[^>]*\/>/g, (tag) => (internal.has(attr(tag, "Id") ?? "") ? "" : tag)),
    );
  }
  return zipSync(files);
};
