import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/xlsx";
import { readWorkbookGridsExceljs } from "../../src/xlsx/read-workbook-exceljs";
import { cellsOfRead, diffCells, hiddenOfRead, sheetJsCells, sheetJsHidden, type CellMap } from "../helpers/reader-diff";

jest.setTimeout(120_000);

interface OtherReader {
  readonly reads: boolean;
  readonly differences?: number;
  readonly why?: string;
}

interface CorpusFile {
  readonly file: string;
  readonly source: { readonly repo: string; readonly commit: string; readonly path: string; readonly licence: string };
  readonly expected: "read" | "refused" | "expected-refused";
  readonly sheets?: number;
  readonly cells?: number;
  readonly reason?: string;
  readonly sheetjs: OtherReader | null;
  readonly exceljs: OtherReader | null;
}

const DIR = join(__dirname, "files");
const manifest = JSON.parse(readFileSync(join(__dirname, "manifest.json"), "utf8")) as { files: CorpusFile[] };
const LICENCES = ["Apache-2.0", "MIT"];
/** The corpus stays small: it is checked in. */
const MAX_CORPUS_BYTES = 3 * 1024 * 1024;

const cellCount = (m: CellMap): number => [...m.values()].reduce((n, s) => n + s.size, 0);

/** What another reader did with the file, in the manifest's terms. */
const judge = (ours: CellMap | string, theirs: CellMap | string): OtherReader => {
  if (typeof theirs === "string") return { reads: false };
  if (typeof ours === "string") return { reads: true };
  return { reads: true, differences: diffCells(ours, theirs).length };
};

const bare = (r: OtherReader | null) => (r === null ? null : { reads: r.reads, ...(r.differences !== undefined ? { differences: r.differences } : {}) });

describe("public corpus of real-world workbooks (tests/corpus/manifest.json)", () => {
  it("lists every file it holds, with source, commit and an allowed licence, within a few MB", () => {
    const held = readdirSync(DIR).sort();
    expect(manifest.files.map((f) => f.file).sort()).toEqual(held);
    for (const f of manifest.files) {
      expect(f.source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(LICENCES).toContain(f.source.licence);
    }
    expect(held.reduce((n, f) => n + statSync(join(DIR, f)).size, 0)).toBeLessThan(MAX_CORPUS_BYTES);
  });

  const tally = { files: 0, ours: 0, sheetjs: 0, exceljs: 0, exceljsTried: 0 };

  it.each(manifest.files.map((f) => [f.file, f] as const))("%s", async (_name, f) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, f.file)));
    const read = await readWorkbookGrids(bytes);
    const ours = cellsOfRead(read);
    if (f.expected === "read") {
      if (!read.ok) throw new Error(`not read: ${read.reason} ${read.detail}`);
      expect([read.sheets.length, cellCount(ours as CellMap)]).toEqual([f.sheets, f.cells]);
    } else expect(read.ok ? "read" : read.reason).toBe(f.reason);
    // Every difference from the other readers is counted and explained in the manifest; a new one fails.
    const sheetjs = judge(ours, sheetJsCells(bytes));
    expect(sheetjs).toEqual(bare(f.sheetjs));
    const former = f.exceljs !== null ? await readWorkbookGridsExceljs(bytes) : null;
    const exceljs: OtherReader | null = former === null ? null : judge(ours, cellsOfRead(former));
    expect(exceljs).toEqual(bare(f.exceljs));
    // Hidden rows and columns: SheetJS reads them from OOXML only; exceljs where it reads the file.
    if (read.ok && sheetjs.reads && /\.xls[xm]$/i.test(f.file))
      expect(hiddenOfRead(read)).toEqual(sheetJsHidden(bytes, 100_000, 500));
    if (read.ok && former?.ok) expect(hiddenOfRead(read)).toEqual(hiddenOfRead(former));
    for (const r of [f.sheetjs, f.exceljs]) if (r && ((r.differences ?? 0) > 0 || r.reads !== read.ok)) expect(r.why).toEqual(expect.any(String));
    tally.files++;
    if (read.ok) tally.ours++;
    if (sheetjs.reads) tally.sheetjs++;
    if (exceljs) (tally.exceljsTried++, exceljs.reads && tally.exceljs++);
  });

  afterAll(() => {
    process.stdout.write(`corpus: ${tally.files} files; read by ours ${tally.ours}, SheetJS ${tally.sheetjs}, exceljs ${tally.exceljs} of ${tally.exceljsTried} OOXML\n`);
  });
});
