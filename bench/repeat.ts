import type { Measurement } from "./measurement";

/** The middle value, the lower of the two middle ones for an even count (always a value measured). */
export const lowerMedian = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * Runs a measurement several times and keeps the median wall time (one slow run — a page-cache
 * miss, a noisy neighbour — does not decide) and the highest peak RSS (memory must fit every time).
 */
export const medianOf = async (times: number, measure: () => Promise<Measurement>): Promise<Measurement> => {
  const runs: Measurement[] = [];
  for (let i = 0; i < times; i++) runs.push(await measure());
  return medianOfRuns(runs);
};

/**
 * Several measurements, each run `times` times in turn (a, b, a, b, …) and summarised like medianOf.
 * On a shared machine the load drifts within minutes: taking a ratio of two measurements run one
 * after the other would charge that drift to whichever ran second.
 */
export const interleavedMediansOf = async (
  times: number,
  measures: readonly (() => Promise<Measurement>)[],
): Promise<Measurement[]> => (await interleavedRunsOf(times, measures)).map(medianOfRuns);

/** Every run of interleavedMediansOf, by measurement: `runs[m][i]` is measurement m in round i. */
export const interleavedRunsOf = async (
  times: number,
  measures: readonly (() => Promise<Measurement>)[],
): Promise<Measurement[][]> => {
  const runs: Measurement[][] = measures.map(() => []);
  for (let i = 0; i < times; i++) for (const [m, measure] of measures.entries()) runs[m]!.push(await measure());
  return runs;
};

/**
 * Wall-time ratios of two measurements round by round (each pair ran minutes apart at most), as
 * "median (min–max)" for a note; null when a round has no time.
 */
export const pairRatios = (
  mine: readonly Measurement[],
  theirs: readonly Measurement[],
  /** What is compared: the whole process's wall time, or e.g. the in-process reading time. */
  time: (m: Measurement) => number | null | undefined = (m) => m.wallMs,
): string | null => {
  const ratios = mine.map((m, i) => {
    const a = time(m);
    const t = theirs[i] === undefined ? undefined : time(theirs[i]);
    return a === null || a === undefined || t === null || t === undefined || t <= 0 ? null : a / t;
  });
  if (ratios.length === 0 || ratios.some((r) => r === null)) return null;
  const known = ratios as number[];
  return `${lowerMedian(known).toFixed(2)}× (${Math.min(...known).toFixed(2)}–${Math.max(...known).toFixed(2)})`;
};

export const medianOfRuns = (runs: readonly Measurement[]): Measurement => {
  const sorted = [...runs].sort((a, b) => (a.wallMs ?? Infinity) - (b.wallMs ?? Infinity));
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const peaks = runs.map((r) => r.peakRssMb).filter((p): p is number => p !== null);
  const walls = runs.map((r) => (r.wallMs === null ? "–" : (r.wallMs / 1000).toFixed(2))).join(" / ");
  // The in-process time has a median of its own: the run of median wall time need not be the one of median reading.
  const reads = runs.map((r) => r.readMs).filter((t): t is number => t !== undefined);
  const readMs = reads.length === runs.length ? lowerMedian(reads) : undefined;
  return {
    ...median,
    ...(readMs === undefined ? {} : { readMs }),
    peakRssMb: peaks.length ? Math.max(...peaks) : null,
    note: [`median of ${runs.length} (${walls} s)`, median.note ?? ""].filter((s) => s !== "").join("; "),
  };
};
