import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { DEFAULT_PLAN, consolidate, makeIssue, type FileResult, type Issue } from "../../../src/core";
import { readWorkbookGrids } from "../../../src/xlsx";
import { writeConsolidatedWorkbook } from "../../../src/xlsx/consolidated/write-consolidated";
import {
  EXCEL_MAX_ROWS,
  streamConsolidatedWorkbook,
  writeConsolidatedFile,
  writeStreamAtomic,
} from "../../../src/xlsx/node";
import { input, record, masterMeasure } from "../../helpers/records";

const F3 = "Kindertagesbetreuung, Schule und Bildung";

const issue = (row: number): Issue =>
  makeIssue(
    "cell/enum",
    { sheet: "Tabelle1", row, column: 8 },
    { field: "status", value: "fast fertig", params: { allowed: ["in Umsetzung", "umgesetzt"] } },
  );

const ja = input(
  "Jugendamt.xlsx",
  "Jugendamt",
  Array.from({ length: 6 }, (_, i) =>
    record(
      {
        measureId: `3.1.${i + 1}`,
        field: F3,
        leadOffice: "Jugendamt",
        status: i % 2 ? "umgesetzt" : "in Umsetzung",
        progress: i % 2 ? 100 : 40,
        end: "2023-12-31",
        budget: "ja",
        note: i === 0 ? '=HYPERLINK("http://evil")' : null,
      },
      i + 2,
    ),
  ),
);
const withIssues: FileResult = { ...ja.result, status: "invalid", issues: [7, 5, 3, 2].map(issue) };
// With the master plan, its 3.1.99 nobody reported is one more Maßnahmen row ("keine Meldung", issue 14).
const c = consolidate([{ ...ja, result: withIssues }], {
  plan: DEFAULT_PLAN,
  today: "2024-06-30",
  master: [masterMeasure({ measureId: "3.1.99", field: F3, measure: "M", leadOffice: "Jugendamt", budget: "nein" })],
  previous: [],
});

const streamed = async (layout: Parameters<typeof streamConsolidatedWorkbook>[3]): Promise<Uint8Array> => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (b: Buffer) => chunks.push(b));
  await streamConsolidatedWorkbook(c, DEFAULT_PLAN, out, layout);
  return new Uint8Array(Buffer.concat(chunks));
};

const load = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
};

/** Every sheet's non-empty rows as values, by sheet name. */
const values = (wb: ExcelJS.Workbook): Record<string, unknown[][]> => {
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => rows.push([n, ...(row.values as unknown[]).slice(1)]));
    out[ws.name] = rows;
  });
  return out;
};

const parts = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

describe("consolidated workbook above the table limit (streamed)", () => {
  it("has the same cells as the table layout, with autofilters instead of tables", async () => {
    const tables = await writeConsolidatedWorkbook(c, DEFAULT_PLAN);
    const stream = await streamed({ tableRowLimit: 1 });
    expect(Object.keys(parts(tables)).some((p) => p.startsWith("xl/tables/"))).toBe(true);
    expect(Object.keys(parts(stream)).some((p) => p.startsWith("xl/tables/"))).toBe(false);
    const [a, b] = [await load(tables), await load(stream)];
    expect(values(b)).toEqual(values(a));
    const measures = b.getWorksheet("Maßnahmen")!;
    const lastColumn = measures.getRow(1).cellCount;
    expect(measures.autoFilter).toBe(`A1:${measures.getColumn(lastColumn).letter}8`);
    expect(b.getWorksheet("Prüfbericht")!.autoFilter).toBe("A1:N5");
  });

  it("reads back through our own reader (a later --previous) as the table layout does", async () => {
    const grids = async (bytes: Uint8Array) => {
      const read = await readWorkbookGrids(bytes);
      if (!read.ok) throw new Error(read.reason);
      return read.grids.map((g) => [g.sheet, g.top, g.left, g.rows.map((r) => r.map((cell) => cell?.value ?? null))]);
    };
    expect(await grids(await streamed({ tableRowLimit: 1 }))).toEqual(
      await grids(await writeConsolidatedWorkbook(c, DEFAULT_PLAN)),
    );
  });

  it("keeps the formatting the streaming writer can write", async () => {
    const b = await load(await streamed({ tableRowLimit: 1 }));
    const ws = b.getWorksheet("Maßnahmen")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getColumn(col("Quelle")).width).toBe(28);
    expect(ws.getCell(2, col("Ende")).numFmt).toBe("dd.mm.yyyy");
    expect(ws.getCell(2, col("Fortschritt")).numFmt).toBe("0%");
    expect(ws.getCell(2, col("Maßnahme")).alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell(1, 1).font).toMatchObject({ bold: true });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
    const cf = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map(
      (f) => f.ref,
    );
    expect(cf).toEqual([
      `${ws.getColumn(col("Umsetzungsstand")).letter}2:${ws.getColumn(col("Umsetzungsstand")).letter}8`,
      `${ws.getColumn(col("Prüfergebnis")).letter}2:${ws.getColumn(col("Prüfergebnis")).letter}8`,
    ]);
    // Text that looks like a formula stays text, streamed or not.
    expect(ws.getCell(2, col("Sachstand")).value).toBe('=HYPERLINK("http://evil")');
    expect(b.getWorksheet("Übersicht")!.getCell("B4").value).toEqual(new Date("2024-06-30T00:00:00Z"));
  });

  it("lays out the same way in the browser's document writer above the limit", async () => {
    const doc = await writeConsolidatedWorkbook(c, DEFAULT_PLAN, { tableRowLimit: 1 });
    expect(Object.keys(parts(doc)).some((p) => p.startsWith("xl/tables/"))).toBe(false);
    expect(values(await load(doc))).toEqual(values(await load(await streamed({ tableRowLimit: 1 }))));
  });
});

describe("a list longer than a sheet", () => {
  const cap = 4;
  const expectCapped = async (bytes: Uint8Array) => {
    const wb = await load(bytes);
    const issues = wb.getWorksheet("Prüfbericht")!;
    expect(issues.rowCount).toBe(cap);
    expect(issues.getCell(2, 4).value).toBe(2);
    expect(issues.getCell(3, 4).value).toBe(3);
    expect(issues.getCell(cap, 1).value).toBe("… weitere 2 Befunde nur im JSON-Prüfbericht (--report-json)");
    const measures = wb.getWorksheet("Maßnahmen")!;
    expect(measures.rowCount).toBe(cap);
    expect(measures.getCell(cap, 1).value).toBe(
      "… weitere 5 Maßnahmen passen nicht auf ein Excel-Blatt und fehlen hier.",
    );
    // Lists that fit are whole.
    expect(wb.getWorksheet("Quellen")!.rowCount).toBe(2);
    return wb;
  };

  it("stops one row early and says how many rows are missing (streamed)", async () => {
    const wb = await expectCapped(await streamed({ tableRowLimit: 1, maxSheetRows: cap }));
    expect(wb.getWorksheet("Prüfbericht")!.autoFilter).toBe("A1:N3");
  });

  it("does the same with tables (document writer)", async () => {
    const bytes = await writeConsolidatedWorkbook(c, DEFAULT_PLAN, { maxSheetRows: cap });
    await expectCapped(bytes);
    expect(parts(bytes)["xl/tables/table2.xml"]).toContain('ref="A1:N3"');
  });

  it("is capped at Excel's limit by default and never above it", () => {
    expect(EXCEL_MAX_ROWS).toBe(1_048_576);
  });
});

describe("writing the file", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "consolidated-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("streams to the path through a temporary file and leaves nothing else", async () => {
    const path = join(dir, "out.xlsx");
    await writeConsolidatedFile(path, c, DEFAULT_PLAN, { tableRowLimit: 1 });
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    const wb = await load(new Uint8Array(readFileSync(path)));
    expect(wb.getWorksheet("Maßnahmen")!.rowCount).toBe(8);
  });

  it("never leaves a partial output when writing fails midway", async () => {
    const path = join(dir, "out.xlsx");
    await expect(
      writeStreamAtomic(path, async (out) => {
        out.write("PK half a workbook");
        throw new Error("writer broke");
      }),
    ).rejects.toThrow("writer broke");
    expect(readdirSync(dir)).toEqual([]);
  });
});
