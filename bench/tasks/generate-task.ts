// Child entry: writes one share of a workbook set (files from, from+step, …), so two processes use
// both cores; exceljs' writer is single-threaded JavaScript.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { synthSheet } from "../synthetic-sheet";
import { writeSynthWorkbook } from "../write-synth-workbook";
import { argOf, numberArg, reportProgress, reportResult } from "./task-io";

const main = async (): Promise<void> => {
  const dir = argOf("dir");
  const seed = numberArg("seed");
  const rows = numberArg("rows");
  const idParts = numberArg("id-parts") === 4 ? 4 : 3;
  const from = numberArg("from");
  const to = numberArg("to");
  const step = numberArg("step", 1);
  let done = 0;
  const total = Math.ceil((to - from) / step);
  for (let i = from; i < to; i += step) {
    const sheet = synthSheet({ seed, fileIndex: i, rows, idParts });
    const path = join(dir, sheet.file);
    if (!existsSync(path)) await writeSynthWorkbook(sheet, path);
    reportProgress(++done, total, sheet.file);
  }
  reportResult({ files: done });
};

void main();
