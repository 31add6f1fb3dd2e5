import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DEFAULT_PLAN, validateWorkbook } from "../../src/core";
import { readWorkbookGrids } from "../../src/xlsx";
import { readWorkbookGridsExceljs } from "../../src/xlsx/read-workbook-exceljs";
import { addRows, workbookBytes } from "../helpers/workbook";

/** A real workbook to transform the way other writers lay out their packages. */
const base = () =>
  workbookBytes((wb) =>
    addRows(wb.addWorksheet("Tabelle1"), [
      ["Maßnahmen-Nr.", "Handlungsfeld", "Maßnahme", "federführend", "Haushaltsrelevanz", "Umsetzungsstand"],
      ["3.1.1", "3", "Elternarbeit", "Jugendamt", "nein", "in Umsetzung"],
    ]),
  );

type Parts = Record<string, Uint8Array>;
const edit = (parts: Parts, name: string, f: (xml: string) => string): void => {
  parts[name] = strToU8(f(strFromU8(parts[name]!)));
};
// biome-ignore lint/suspicious/noConfusingVoidType: most variants edit the parts in place and return nothing.
const transform = async (f: (parts: Parts) => Parts | void): Promise<Uint8Array> => {
  const parts = unzipSync(await base());
  return zipSync(f(parts) ?? parts);
};

const prefixAll = (xml: string): string =>
  xml
    .replace(/<(\/?)(?![?!])([A-Za-z]+)([\s>/])/g, "<$1x:$2$3")
    .replace(
      'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
    );

const VARIANTS: [string, () => Promise<Uint8Array>][] = [
  [
    "absolute part paths in relationships",
    () =>
      transform((p) =>
        edit(p, "xl/_rels/workbook.xml.rels", (x) =>
          x.replace(/Target="(worksheets|styles|sharedStrings|theme)/g, 'Target="/xl/$1'),
        ),
      ),
  ],
  [
    "x: prefix on every element",
    () =>
      transform((p) => {
        for (const n of ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/sharedStrings.xml"])
          if (p[n]) edit(p, n, prefixAll);
      }),
  ],
  [
    "Strict Open XML namespaces",
    () =>
      transform((p) => {
        for (const n of Object.keys(p).filter((k) => /\.(xml|rels)$/.test(k)))
          edit(p, n, (x) =>
            x
              .split("http://schemas.openxmlformats.org/spreadsheetml/2006/main")
              .join("http://purl.oclc.org/ooxml/spreadsheetml/main")
              .split('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
              .join('xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"'),
          );
      }),
  ],
  [
    "worksheet part not named sheetN.xml",
    () =>
      transform((p) => {
        p["xl/worksheets/Massnahmen.xml"] = p["xl/worksheets/sheet1.xml"]!;
        delete p["xl/worksheets/sheet1.xml"];
        edit(p, "xl/_rels/workbook.xml.rels", (x) => x.replace("worksheets/sheet1.xml", "worksheets/Massnahmen.xml"));
        edit(p, "[Content_Types].xml", (x) => x.replace("/xl/worksheets/sheet1.xml", "/xl/worksheets/Massnahmen.xml"));
      }),
  ],
  [
    "inline strings instead of shared strings",
    () =>
      transform((p) => {
        const strings = [...strFromU8(p["xl/sharedStrings.xml"]!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]!);
        edit(p, "xl/worksheets/sheet1.xml", (x) =>
          x.replace(
            /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
            (_m, a: string, b: string, i: string) =>
              `<c ${a}t="inlineStr"${b}><is><t>${strings[Number(i)]}</t></is></c>`,
          ),
        );
      }),
  ],
];

describe("reading packages Excel opens but exceljs 4.4 alone does not", () => {
  it.each(VARIANTS)("%s: read after repair, with the measure intact", async (_name, make) => {
    const r = await readWorkbookGrids(await make());
    if (!r.ok) throw new Error(`unreadable: ${r.reason} ${r.detail}`);
    const report = validateWorkbook(r.grids, DEFAULT_PLAN, { today: "2024-06-30" });
    expect(report.records.map((x) => [x.row.measureId, x.row.leadOffice, x.row.status])).toEqual([
      ["3.1.1", "Jugendamt", "in Umsetzung"],
    ]);
  });

  it("reads more of the varied set with the repair than without (measured, printed)", async () => {
    const files = await Promise.all(VARIANTS.map(([, make]) => make()));
    const readable = async (repair: boolean) => {
      let n = 0;
      for (const f of files) {
        const r = await readWorkbookGridsExceljs(f, { repair });
        if (r.ok && validateWorkbook(r.grids, DEFAULT_PLAN, { today: "2024-06-30" }).records.length === 1) n++;
      }
      return n;
    };
    const before = await readable(false);
    const after = await readable(true);
    process.stdout.write(`repair: ${before}/${files.length} readable without, ${after}/${files.length} with\n`);
    expect(after).toBe(files.length);
    expect(before).toBeLessThan(after);
  });

  it("leaves a normal package byte-identical (no rezip on the hot path)", async () => {
    const bytes = await base();
    const r = await readWorkbookGrids(bytes);
    expect(r.ok && r.flags.repairs).toEqual([]);
  });
});
