import { strToU8, zipSync } from "fflate";

/**
 * Hand-made xlsx packages, part by part, for inputs no writer available offline produces (Google
 * Sheets exports, external links, sheets styled down to row 1,048,576). Only what a test needs.
 */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export type Cell =
  | string
  | number
  | { readonly f: string; readonly v: number | string }
  | { readonly n: number; readonly s: number }
  | null;

export const colLetter = (n: number): string => {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

const esc = (t: string): string =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Shared strings in order of first use, as Excel and Google Sheets write them. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;
  at(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.index.size));
    return i;
  }
  xml(): string {
    const items = [...this.index.keys()].map(
      (t) => `<si><t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ""}>${esc(t)}</t></si>`,
    );
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.index.size}">${items.join("")}</sst>`;
  }
}

/** `<row>` elements for rows of values from row `top`, column A; strings go through the shared strings. */
export const rowsXml = (rows: readonly (readonly Cell[])[], sst: SharedStrings, top = 1, rowAttrs = ""): string =>
  rows
    .map((cells, i) => {
      const r = top + i;
      const cs = cells
        .map((v, c) => {
          const ref = `${colLetter(c + 1)}${r}`;
          if (v === null) return "";
          if (typeof v === "string") return `<c r="${ref}" t="s"><v>${sst.at(v)}</v></c>`;
          if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
          if ("f" in v)
            return typeof v.v === "string"
              ? `<c r="${ref}" t="str"><f>${esc(v.f)}</f><v>${esc(v.v)}</v></c>`
              : `<c r="${ref}"><f>${esc(v.f)}</f><v>${v.v}</v></c>`;
          return `<c r="${ref}" s="${v.s}"><v>${v.n}</v></c>`;
        })
        .join("");
      return `<row r="${r}"${rowAttrs}>${cs}</row>`;
    })
    .join("");

export interface SheetPart {
  readonly name: string;
  /** The whole worksheet XML (bytes for a very large one). */
  readonly xml: string | Uint8Array;
  /** The sheet's own relationships (hyperlinks, drawings), if any. */
  readonly rels?: string;
  readonly state?: "visible" | "hidden";
}

export interface PackageSpec {
  readonly sheets: readonly SheetPart[];
  readonly sst: SharedStrings;
  readonly styles: string;
  /** Extra parts (path → XML) with their content type, and workbook relationships to add. */
  readonly extraParts?: Readonly<Record<string, { readonly xml: string; readonly contentType?: string }>>;
  readonly workbookRels?: readonly { readonly id: string; readonly type: string; readonly target: string }[];
  /** Inserted into workbook.xml after `<sheets>` (externalReferences, definedNames, calcPr …). */
  readonly workbookTail?: string;
  readonly workbookHead?: string;
  /** docProps/core.xml and app.xml (Excel writes them, Google Sheets does not). */
  readonly docProps?: boolean;
}

export const relsXml = (rels: readonly { id: string; type: string; target: string; external?: boolean }[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}">${rels
    .map(
      (r) =>
        `<Relationship Id="${r.id}" Type="${REL_NS}/${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("")}</Relationships>`;

export const buildPackage = (spec: PackageSpec, level: 0 | 1 | 6 = 6): Uint8Array => {
  const parts: Record<string, Uint8Array> = {};
  const overrides: string[] = [];
  const put = (path: string, xml: string | Uint8Array, contentType?: string) => {
    parts[path] = typeof xml === "string" ? strToU8(xml) : xml;
    if (contentType) overrides.push(`<Override PartName="/${path}" ContentType="${contentType}"/>`);
  };
  const wbRels = [
    ...spec.sheets.map((_, i) => ({ id: `rIdS${i + 1}`, type: "worksheet", target: `worksheets/sheet${i + 1}.xml` })),
    { id: "rIdStyles", type: "styles", target: "styles.xml" },
    { id: "rIdStrings", type: "sharedStrings", target: "sharedStrings.xml" },
    ...(spec.workbookRels ?? []),
  ];
  spec.sheets.forEach((s, i) => {
    put(`xl/worksheets/sheet${i + 1}.xml`, s.xml, `${CT}.worksheet+xml`);
    if (s.rels) put(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, s.rels);
  });
  const sheets = spec.sheets
    .map(
      (s, i) =>
        `<sheet ${s.state ? `state="${s.state}" ` : ""}name="${esc(s.name)}" sheetId="${i + 1}" r:id="rIdS${i + 1}"/>`,
    )
    .join("");
  put(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${spec.workbookHead ?? "<workbookPr/>"}<sheets>${sheets}</sheets>${spec.workbookTail ?? ""}</workbook>`,
    `${CT}.sheet.main+xml`,
  );
  put("xl/_rels/workbook.xml.rels", relsXml(wbRels));
  put("xl/styles.xml", spec.styles, `${CT}.styles+xml`);
  put("xl/sharedStrings.xml", spec.sst.xml(), `${CT}.sharedStrings+xml`);
  for (const [path, p] of Object.entries(spec.extraParts ?? {})) put(path, p.xml, p.contentType);
  const pkgRels = [{ id: "rId1", type: "officeDocument", target: "xl/workbook.xml" }];
  if (spec.docProps) {
    put(
      "docProps/core.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Test</dc:creator></cp:coreProperties>`,
      "application/vnd.openxmlformats-package.core-properties+xml",
    );
    put(
      "docProps/app.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
      "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    );
    pkgRels.push(
      { id: "rId2", type: "metadata/core-properties", target: "docProps/core.xml" },
      { id: "rId3", type: "extended-properties", target: "docProps/app.xml" },
    );
  }
  parts["_rels/.rels"] = strToU8(
    relsXml(pkgRels).replace(
      `${REL_NS}/metadata/core-properties`,
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
    ),
  );
  parts["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  return zipSync(parts, { level });
};

/** Minimal styles: xf 0 default, xf 1 a fill (the "styled" empty cells), xf 2 percent, xf 3 a date. */
export const BASIC_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>`;

export const worksheetXml = (inner: {
  readonly head?: string;
  readonly sheetData: string;
  readonly tail?: string;
}): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${inner.head ?? ""}<sheetData>${inner.sheetData}</sheetData>${inner.tail ?? ""}</worksheet>`;

/**
 * Worksheet XML as bytes with `count` generated rows after a head: a million rows as one string
 * and then encoded took seconds; writing ASCII straight into a buffer does not.
 */
export const worksheetBytes = (
  before: string,
  row: (r: number) => string,
  from: number,
  to: number,
  after: string,
): Uint8Array => {
  const sample = row(to).length;
  const head = strToU8(before);
  const tail = strToU8(after);
  const out = new Uint8Array(head.length + tail.length + sample * (to - from + 1));
  out.set(head);
  let o = head.length;
  for (let r = from; r <= to; r++) {
    const text = row(r);
    for (let k = 0; k < text.length; k++) out[o++] = text.charCodeAt(k);
  }
  out.set(tail, o);
  return out.subarray(0, o + tail.length);
};
