// Scenario 3: the validation core alone. Grids are built in memory first (no file, no exceljs),
// then validateGrid runs over each; only that call is timed as "validate". Rendering the German
// messages (fileResultFromReport) is timed apart: the merge pays it too, but it is not validation.
import { DEFAULT_PLAN, fileResultFromReport, validateGrid, type Grid } from "../../src/core";
import { gridFromSynth } from "../synthetic-grid";
import { synthSheet } from "../synthetic-sheet";
import { argOf, deadline, msSince, numberArg, reportProgress, reportResult } from "./task-io";

const seed = numberArg("seed");
const files = numberArg("files");
const rows = numberArg("rows");
const idParts = numberArg("id-parts", 4) === 3 ? 3 : 4;
const today = argOf("today", "2024-06-30");
const expired = deadline();

const t0 = process.hrtime.bigint();
const grids: Grid[] = [];
for (let i = 0; i < files; i++) grids.push(gridFromSynth(synthSheet({ seed, fileIndex: i, rows, idParts })));
const buildMs = msSince(t0);
const heapAfterBuildMb = process.memoryUsage().heapUsed / 2 ** 20;

let validateMs = 0;
let messagesMs = 0;
let validated = 0;
let issues = 0;
let fixes = 0;
let done = 0;
for (const grid of grids) {
  if (expired()) break;
  const t1 = process.hrtime.bigint();
  const report = validateGrid(grid, DEFAULT_PLAN, { today });
  validateMs += msSince(t1);
  const t2 = process.hrtime.bigint();
  fileResultFromReport(grid.sheet, "", report);
  messagesMs += msSince(t2);
  validated += report.records.length;
  issues += report.issues.length;
  fixes += report.fixes.length;
  if (++done % 50 === 0 || done === grids.length) reportProgress(done, grids.length, grid.sheet);
}
reportResult({
  files: done,
  of: files,
  rows: validated,
  issues,
  fixes,
  buildMs,
  validateMs,
  messagesMs,
  heapAfterBuildMb,
  complete: done === files,
});
