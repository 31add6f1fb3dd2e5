// The consolidated writer alone: the inputs are read, validated and consolidated in this process
// first (untimed), then one writer is timed: exceljs' document writer with tables (what the merge
// used before issue 8, and still uses for lists up to the table limit) or the streaming writer, its
// rows written as direct XML ("stream") or through exceljs' row objects ("stream-exceljs-rows", the
// streaming writer before issue 17's direct rows).
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DEFAULT_PLAN, consolidate } from "../../src/core";
import { checkWorkbookBytes, writeConsolidatedWorkbook } from "../../src/xlsx";
import { writeConsolidatedFile, writeFileAtomic } from "../../src/xlsx/node";
import { argOf, inputList, msSince, reportProgress, reportResult } from "./task-io";

const main = async (): Promise<void> => {
  const files = inputList();
  const mode = argOf("mode");
  const today = argOf("today", "2024-06-30");
  const inputs = [];
  for (const [i, file] of files.entries()) {
    const checked = await checkWorkbookBytes(
      basename(file),
      "",
      new Uint8Array(readFileSync(file)),
      DEFAULT_PLAN,
      today,
    );
    inputs.push({ result: checked.result, records: checked.records, template: checked.template });
    reportProgress(i + 1, files.length, basename(file));
  }
  const c = consolidate(inputs, { plan: DEFAULT_PLAN, today });
  const out = join(argOf("out-dir"), `write-${mode}.xlsx`);
  const start = process.hrtime.bigint();
  // No limit for "document": every list becomes a table, as before; limit 0 for "stream": all streamed.
  if (mode === "document")
    await writeFileAtomic(
      out,
      await writeConsolidatedWorkbook(c, DEFAULT_PLAN, { tableRowLimit: Number.MAX_SAFE_INTEGER }),
    );
  else
    await writeConsolidatedFile(out, c, DEFAULT_PLAN, {
      tableRowLimit: 0,
      exceljsRows: mode === "stream-exceljs-rows",
    });
  const writeMs = msSince(start);
  reportResult({
    files: files.length,
    rows: inputs.reduce((n, i) => n + i.records.length, 0),
    measures: c.measures.length,
    writeMs,
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
  });
};

void main();
