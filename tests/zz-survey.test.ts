import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrids } from "../src/xlsx";
import { readWorkbookGridsExceljs } from "../src/xlsx/read-workbook-exceljs";
import { cellsOfRead, diffCells, sheetJsCells } from "./helpers/reader-diff";

const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
jest.setTimeout(1_800_000);
it("survey", async () => {
  const out: unknown[] = [];
  for (const f of walk("/tmp/w17/all").sort()) {
    const bytes = new Uint8Array(readFileSync(f));
    let t = Date.now();
    const ours = cellsOfRead(await readWorkbookGrids(bytes, { maxRows: 1048576, maxColumns: 16384 }));
    const tOurs = Date.now() - t;
    t = Date.now();
    let ex: ReturnType<typeof cellsOfRead>;
    try { ex = /\.f?ods$/.test(f) ? "n/a" : cellsOfRead(await readWorkbookGridsExceljs(bytes, { maxRows: 1048576, maxColumns: 16384 })); } catch (e) { ex = `threw ${e}`; }
    const tEx = Date.now() - t;
    const sj = sheetJsCells(bytes);
    const o = (m: unknown) => (typeof m === "string" ? m.slice(0, 100) : "ok");
    const dSj = typeof ours !== "string" && typeof sj !== "string" ? diffCells(ours, sj) : null;
    const dEx = typeof ours !== "string" && typeof ex !== "string" ? diffCells(ours, ex) : null;
    out.push({ f: f.slice(14), size: bytes.length, ours: o(ours), exceljs: o(ex), sheetjs: o(sj), dSj: dSj?.length, dEx: dEx?.length, sj: dSj?.slice(0, 4), ex: dEx?.slice(0, 4), tOurs, tEx });
  }
  writeFileSync("/tmp/w17/survey.json", JSON.stringify(out, null, 1));
});
