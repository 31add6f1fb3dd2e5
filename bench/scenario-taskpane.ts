import { resourceUsage } from "node:process";
import { DEFAULT_PLAN, isoToSerial, validateGrid } from "../src/core";
import type { ExcelHost } from "../src/taskpane/host";
import { rowChunks } from "../src/taskpane/chunking";
import { createExcelPort } from "../src/taskpane/excel-port";
import { createFakeExcel, type FakeCell } from "../tests/fakes/fake-excel";
import type { Measurement } from "./measurement";
import type { RunContext } from "./run-context";
import { synthSheet, type SynthSheet, type SynthValue } from "./synthetic-sheet";
import { lowerMedian as median } from "./repeat";

export interface TaskpaneConfig {
  /** Table sizes to run; the target is judged on 10,000 rows. */
  readonly rows: readonly number[];
  /** Runs per size, each on a fresh fake workbook; the median is reported (the first run warms the JIT). */
  readonly repeat: number;
}

export const TASKPANE_DEFAULTS: TaskpaneConfig = { rows: [1_000, 10_000, 50_000], repeat: 3 };

export const TASKPANE_SCENARIO = "4 task pane";
export const TASKPANE_NAME = "validate + highlight";

const fakeCell = (v: SynthValue, format: string | undefined): FakeCell | string | undefined => {
  if (v === null) return undefined;
  if (typeof v === "string") return v;
  // What Excel holds for a date: the serial number, shown through a date format.
  if (typeof v === "object") return { value: isoToSerial(v.iso)!, format: format ?? "dd.mm.yyyy" };
  return format === undefined ? { value: v } : { value: v, format };
};

/** The office workbook as the cells Excel would hold: title rows, header, data rows from A1. */
const fakeRows = (s: SynthSheet): (FakeCell | string | undefined)[][] => [
  ...s.titleRows.map((r) => r.map((v) => fakeCell(v, undefined))),
  [...s.header],
  ...s.rows.map((r) => r.map((v, c) => fakeCell(v, s.formats[c]))),
];

interface Run {
  readonly ms: number;
  readonly inSyncMs: number;
  readonly readMs: number;
  readonly validateMs: number;
  readonly syncs: { readonly read: number; readonly clear: number; readonly highlight: number };
  readonly issues: number;
  readonly cells: number;
  readonly columns: number;
  readonly usedRows: number;
}

/**
 * One press of "Prüfen" then "Markieren", as the task pane does it (taskpane-app.ts): read the
 * active sheet through the Excel port, validate with the core, clear our old highlights, add the new
 * ones. The fake runs in this process and answers at once, so wall time here is the add-in side
 * alone; in Office each sync adds a round trip, which is why the sync count is the other number.
 */
const runOnce = async (sheet: SynthSheet, today: string): Promise<Run> => {
  const fake = createFakeExcel({ sheets: [{ name: sheet.sheet, rows: fakeRows(sheet) }] });
  // Time inside context.sync() is the fake answering (Excel's side in Office): measured apart.
  let inSyncMs = 0;
  const host: ExcelHost = {
    supports: (v) => fake.host.supports(v),
    run: (batch) =>
      fake.host.run((context) => {
        const sync = context.sync.bind(context);
        context.sync = (async <T>(passThrough?: T): Promise<T> => {
          const t = performance.now();
          const r = await sync(passThrough);
          inSyncMs += performance.now() - t;
          return r as T;
        }) as typeof context.sync;
        return batch(context);
      }),
  };
  const port = createExcelPort(host);
  const started = performance.now();
  const snapshot = await port.readActiveSheet();
  const readMs = performance.now() - started;
  const report = validateGrid(snapshot.grid, DEFAULT_PLAN, { today });
  const validateMs = performance.now() - started - readMs;
  const afterRead = fake.state.syncs;
  const cells = report.issues.filter((i) => i.cell !== null).map((i) => ({ cell: i.cell!, severity: i.severity }));
  await port.clearHighlights();
  const afterClear = fake.state.syncs;
  await port.highlight(cells);
  const ms = performance.now() - started;
  return {
    ms,
    inSyncMs,
    readMs,
    validateMs,
    syncs: { read: afterRead, clear: afterClear - afterRead, highlight: fake.state.syncs - afterClear },
    issues: report.issues.length,
    cells: cells.length,
    columns: snapshot.grid.rows[0]?.length ?? 0,
    usedRows: snapshot.grid.rows.length,
  };
};

const sec = (ms: number): string => (ms / 1000).toFixed(2);

/** Scenario 4: the task pane against the project's fake Excel, in-process: syncs and add-in-side time per table size. */
export const taskpaneScenario = async (
  ctx: RunContext,
  cfg: TaskpaneConfig = TASKPANE_DEFAULTS,
): Promise<Measurement[]> => {
  ctx.log(
    `Scenario ${TASKPANE_SCENARIO}: ${cfg.rows.map((r) => r.toLocaleString("en-US")).join(" / ")} rows through the fake Excel, ${cfg.repeat} runs each (median)`,
  );
  const out: Measurement[] = [];
  for (const rows of cfg.rows) {
    // The same office table shape for every size (file 0 of the seed), only longer.
    const sheet = synthSheet({ seed: ctx.seed, fileIndex: 0, rows, idParts: 4 });
    const runs: Run[] = [];
    for (let i = 0; i < Math.max(1, cfg.repeat); i++) runs.push(await runOnce(sheet, ctx.today));
    const ms = median(runs.map((r) => r.ms));
    const r = runs[0]!;
    const mid = runs.find((x) => x.ms === ms)!;
    const syncs = r.syncs.read + r.syncs.clear + r.syncs.highlight;
    const m: Measurement = {
      scenario: TASKPANE_SCENARIO,
      name: `${TASKPANE_NAME}, ${rows.toLocaleString("en-US")} rows (fake Excel)`,
      files: 1,
      rows,
      doneFiles: 1,
      doneRows: rows,
      wallMs: ms,
      peakRssMb: resourceUsage().maxRSS / 1024,
      complete: true,
      inProcess: true,
      syncs,
      addInMs: mid.ms - mid.inSyncMs,
      readChunks: rowChunks(r.usedRows, r.columns).length,
      note: `${syncs} context.sync() (read ${r.syncs.read}, clear ${r.syncs.clear}, highlight ${r.syncs.highlight}); median run: read ${sec(mid.readMs)} s, validateGrid ${sec(mid.validateMs)} s, clear + highlight ${sec(mid.ms - mid.readMs - mid.validateMs)} s, of which inside sync (the fake's own work) ${sec(mid.inSyncMs)} s; ${r.columns} columns; ${r.issues.toLocaleString("en-US")} issues, ${r.cells.toLocaleString("en-US")} cells highlighted; median of ${runs.length} (runs: ${runs.map((x) => (x.ms / 1000).toFixed(2)).join(", ")} s); RSS is the bench process's peak`,
    };
    ctx.log(`  ${m.name}: ${(ms / 1000).toFixed(2)} s, ${m.note}`);
    out.push(m);
  }
  return out;
};
