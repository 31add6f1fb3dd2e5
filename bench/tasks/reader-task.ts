// Reading alone, one process: the streaming reader (src/xlsx/read-workbook.ts), exceljs' document
// reader as the former read path used it (ignored nodes, no repair or guard), or the whole former
// path (guard, repair, exceljs, grids). Files are read one after another; each result is dropped.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type ExcelJSModule from "exceljs";
import { argOf, deadline, inputList, msSince, reportProgress, reportResult } from "./task-io";

type Reader = (bytes: Uint8Array) => Promise<number>;

const cellsOfGrids = (grids: readonly { rows: readonly (readonly unknown[])[] }[]): number =>
  grids.reduce((n, g) => n + g.rows.reduce((m, r) => m + r.filter((c) => c !== null).length, 0), 0);

/** Loaded inside, so the process loads only the reader it measures (exceljs costs ~0.5 s to load). */
const readers: Record<string, () => Reader> = {
  streaming: () => {
    const { readWorkbookGrids } =
      require("../../src/xlsx/read-workbook") as typeof import("../../src/xlsx/read-workbook");
    const { nodeInflateRaw } = require("../../src/xlsx/node-inflate") as typeof import("../../src/xlsx/node-inflate");
    // As the command line reads: zlib's inflate for the parts (the browser uses fflate).
    return async (bytes) => {
      const r = await readWorkbookGrids(bytes, { inflateRaw: nodeInflateRaw });
      if (!r.ok) throw new Error(r.detail);
      return cellsOfGrids(r.grids);
    };
  },
  exceljs: () => {
    const ExcelJS = require("exceljs") as typeof ExcelJSModule;
    const { IGNORED_NODES } =
      require("../../src/xlsx/read-workbook-exceljs") as typeof import("../../src/xlsx/read-workbook-exceljs");
    return async (bytes) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJSModule.Buffer, { ignoreNodes: IGNORED_NODES });
      let n = 0;
      for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell(() => void n++));
      return n;
    };
  },
  former: () => {
    const { readWorkbookGridsExceljs } =
      require("../../src/xlsx/read-workbook-exceljs") as typeof import("../../src/xlsx/read-workbook-exceljs");
    return async (bytes) => {
      const r = await readWorkbookGridsExceljs(bytes);
      if (!r.ok) throw new Error(r.detail);
      return cellsOfGrids(r.grids);
    };
  },
};

const main = async (): Promise<void> => {
  const files = inputList();
  const expired = deadline();
  const start = process.hrtime.bigint();
  const read = readers[argOf("reader")]!();
  const loadMs = msSince(start);
  let readMs = 0;
  let done = 0;
  let cells = 0;
  for (const file of files) {
    if (expired()) break;
    const bytes = new Uint8Array(readFileSync(file));
    const t = process.hrtime.bigint();
    cells += await read(bytes);
    readMs += msSince(t);
    reportProgress(++done, files.length, basename(file));
  }
  reportResult({
    files: done,
    of: files.length,
    cells,
    loadMs,
    readMs,
    totalMs: msSince(start),
    complete: done === files.length,
  });
};

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
