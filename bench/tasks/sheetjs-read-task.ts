// Baseline (b): a second reader (SheetJS 0.20.3 as published to npm under @e965/xlsx; a dev
// dependency for benchmarks and differential tests only, never in src/) parsing the same files.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import * as XLSX from "@e965/xlsx";
import { deadline, inputList, msSince, reportProgress, reportResult } from "./task-io";

const files = inputList();
const expired = deadline();
const start = process.hrtime.bigint();
let done = 0;
let cells = 0;
for (const file of files) {
  if (expired()) break;
  const wb = XLSX.read(readFileSync(file), { type: "buffer" });
  // Count cells so the parse cannot be skipped and the work is comparable across readers.
  for (const name of wb.SheetNames)
    cells += Object.keys(wb.Sheets[name] ?? {}).filter((k) => !k.startsWith("!")).length;
  reportProgress(++done, files.length, basename(file));
}
reportResult({ files: done, of: files.length, cells, totalMs: msSince(start), complete: done === files.length });
