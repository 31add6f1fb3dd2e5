// Baseline (a): the floor of any read-and-write merge built on exceljs. Each file is loaded whole
// (as the project's reader does), its rows are passed straight to exceljs' streaming writer, and the
// workbook is dropped before the next, so memory stays bounded. No validation, no consolidation.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { argOf, deadline, inputList, msSince, reportProgress, reportResult } from "./task-io";

const main = async (): Promise<void> => {
  const files = inputList();
  const expired = deadline();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: argOf("out"),
    useStyles: true,
    useSharedStrings: false,
  });
  const out = writer.addWorksheet("Maßnahmen");
  let readMs = 0;
  let writeMs = 0;
  let rows = 0;
  let done = 0;
  const start = process.hrtime.bigint();
  for (const file of files) {
    if (expired()) break;
    const t0 = process.hrtime.bigint();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    readMs += msSince(t0);
    const t1 = process.hrtime.bigint();
    const name = basename(file);
    for (const ws of wb.worksheets)
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        // row.values is 1-based and sparse; provenance first, as the merge's Quelle/Zeile columns.
        out.addRow([name, r, ...(row.values as unknown[]).slice(1)]).commit();
        rows++;
      });
    writeMs += msSince(t1);
    reportProgress(++done, files.length, name);
  }
  const t2 = process.hrtime.bigint();
  out.commit();
  await writer.commit();
  writeMs += msSince(t2);
  reportResult({
    files: done,
    of: files.length,
    rows,
    readMs,
    writeMs,
    totalMs: msSince(start),
    complete: done === files.length,
  });
};

void main();
