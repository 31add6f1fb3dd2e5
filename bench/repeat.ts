import type { Measurement } from "./measurement";

/**
 * Runs a measurement several times and keeps the median wall time (one slow run — a page-cache
 * miss, a noisy neighbour — does not decide) and the highest peak RSS (memory must fit every time).
 */
export const medianOf = async (times: number, measure: () => Promise<Measurement>): Promise<Measurement> => {
  const runs: Measurement[] = [];
  for (let i = 0; i < times; i++) runs.push(await measure());
  const sorted = [...runs].sort((a, b) => (a.wallMs ?? Infinity) - (b.wallMs ?? Infinity));
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const peaks = runs.map((r) => r.peakRssMb).filter((p): p is number => p !== null);
  const walls = runs.map((r) => (r.wallMs === null ? "–" : (r.wallMs / 1000).toFixed(2))).join(" / ");
  return {
    ...median,
    peakRssMb: peaks.length ? Math.max(...peaks) : null,
    note: [`median of ${times} (${walls} s)`, median.note ?? ""].filter((s) => s !== "").join("; "),
  };
};
