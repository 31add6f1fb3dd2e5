// Baseline (c): the physical floor of any reader — only inflating every part of every package
// (fflate, synchronous), no XML parsing at all.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { unzipSync } from "fflate";
import { deadline, inputList, msSince, reportProgress, reportResult } from "./task-io";

const files = inputList();
const expired = deadline();
const start = process.hrtime.bigint();
let done = 0;
let zipBytes = 0;
let xmlBytes = 0;
for (const file of files) {
  if (expired()) break;
  const bytes = readFileSync(file);
  zipBytes += bytes.length;
  for (const data of Object.values(unzipSync(bytes))) xmlBytes += data.length;
  reportProgress(++done, files.length, basename(file));
}
reportResult({
  files: done,
  of: files.length,
  zipBytes,
  xmlBytes,
  totalMs: msSince(start),
  complete: done === files.length,
});
