/** One line of the results: what ran, on how much, how long, how much memory. */
export interface Measurement {
  readonly scenario: string;
  readonly name: string;
  /** What was asked for. */
  readonly files: number;
  readonly rows: number;
  /** What was processed: less than asked when a time budget ran out. */
  readonly doneFiles: number;
  readonly doneRows: number;
  /** Wall time of what was done (the whole process, start-up included, unless `inProcess`). */
  readonly wallMs: number | null;
  readonly peakRssMb: number | null;
  readonly complete: boolean;
  /** For a partial run: the time the whole job would take at the rate reached, clearly an estimate. */
  readonly extrapolatedMs?: number;
  /** Timed inside the process (core scenario): rows/s of the timed call, not of the process. */
  readonly inProcess?: boolean;
  /** Task pane: context.sync() calls of the whole run (each is one round trip to Excel). */
  readonly syncs?: number;
  /** Task pane: chunks the sheet was read in (syncs may grow with these, never with rows). */
  readonly readChunks?: number;
  /** Task pane: wall time minus the time inside context.sync() (the fake answering, Excel's side in Office). */
  readonly addInMs?: number;
  /** Reader tasks: the reads alone, timed in-process (no start-up, no module loading). */
  readonly readMs?: number;
  readonly note?: string;
}

/** Rows per second of what ran (for a partial run, of the part that ran). */
export const rowsPerSecond = (m: Measurement): number | null =>
  m.wallMs === null || m.wallMs <= 0 || m.doneRows === 0 ? null : m.doneRows / (m.wallMs / 1000);

/** The full job's time: measured when complete, else the extrapolation, else unknown. */
export const fullMs = (m: Measurement): number | null => (m.complete ? m.wallMs : (m.extrapolatedMs ?? null));

const fmt = (n: number | null, digits = 1): string => (n === null ? "–" : n.toFixed(digits));
const grouped = (n: number): string => Math.round(n).toLocaleString("en-US");

const wallText = (m: Measurement): string => {
  if (m.wallMs === null) return "–";
  if (m.complete) return fmt(m.wallMs / 1000, 2);
  const est = m.extrapolatedMs === undefined ? "" : ` (≈ ${fmt(m.extrapolatedMs / 1000, 0)} extrapolated)`;
  return `${fmt(m.wallMs / 1000, 1)} partial${est}`;
};

/**
 * A Markdown table with a ratio column: each line's full time over the named baseline's full time
 * in the same scenario (extrapolated times are used, and marked, when a run was cut short).
 */
export const markdownTable = (
  rows: readonly Measurement[],
  baselineName: (scenario: string) => string | null,
): string => {
  const lines = [
    "| scenario | measurement | files | rows | wall s | rows/s | peak RSS MB | × baseline (a) | note |",
    "|---|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const m of rows) {
    const base = baselineName(m.scenario);
    const b = base === null ? undefined : rows.find((r) => r.scenario === m.scenario && r.name === base);
    const mine = fullMs(m);
    const theirs = b === undefined ? null : fullMs(b);
    const estimated = !m.complete || (b !== undefined && !b.complete);
    const ratio =
      mine === null || theirs === null || b === m
        ? b === m
          ? "1.00"
          : "–"
        : `${(mine / theirs).toFixed(2)}${estimated ? " (est.)" : ""}`;
    const rps = rowsPerSecond(m);
    const done = m.complete ? grouped(m.doneRows) : `${grouped(m.doneRows)} of ${grouped(m.rows)}`;
    const files = m.complete ? String(m.doneFiles) : `${m.doneFiles} of ${m.files}`;
    // A time taken inside a process is not comparable with a baseline's whole-process time.
    lines.push(
      `| ${m.scenario} | ${m.name} | ${files} | ${done} | ${wallText(m)} | ${rps === null ? "–" : grouped(rps)} | ${fmt(m.peakRssMb, 0)} | ${base === null ? "" : m.inProcess ? "–" : ratio} | ${m.note ?? ""} |`,
    );
  }
  return lines.join("\n");
};
