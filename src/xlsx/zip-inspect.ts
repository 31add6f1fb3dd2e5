import { Unzip, UnzipInflate, unzipSync } from "fflate";

export interface ZipLimits {
  readonly maxEntries: number;
  /** Total bytes after inflating, counted while inflating: declared sizes can lie. */
  readonly maxTotalBytes: number;
  /** Inflated : compressed, checked for entries over 10 MiB inflated (deflate tops out near 1032:1). */
  readonly maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxTotalBytes: 512 * 1024 * 1024, maxRatio: 500 };

export type ZipVerdict =
  | { readonly ok: true; readonly entries: readonly string[]; readonly totalBytes: number }
  | { readonly ok: false; readonly reason: "too-many-entries" | "too-large" | "ratio" | "corrupt"; readonly detail: string };

const RATIO_FLOOR = 10 * 1024 * 1024;

/** Entry names and compressed sizes from the central directory, without inflating anything. */
const listEntries = (bytes: Uint8Array): { name: string; size: number }[] => {
  const entries: { name: string; size: number }[] = [];
  unzipSync(bytes, {
    filter: (f) => {
      entries.push({ name: f.name, size: f.size });
      return false;
    },
  });
  return entries;
};

/**
 * Checks a zip package before any parser sees it: entry count from the central directory, then
 * every entry inflated as a stream with the bytes counted, stopping at the first limit crossed.
 * Works in Node and in the browser (fflate), and never throws for bad input.
 */
export const inspectZip = (bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipVerdict => {
  let entries: { name: string; size: number }[];
  try {
    entries = listEntries(bytes);
  } catch (e) {
    return { ok: false, reason: "corrupt", detail: (e as Error).message };
  }
  if (entries.length > limits.maxEntries) return { ok: false, reason: "too-many-entries", detail: `${entries.length} > ${limits.maxEntries}` };
  const compressed = new Map(entries.map((e) => [e.name, e.size]));
  let total = 0;
  let verdict: ZipVerdict | null = null;
  const seen: string[] = [];
  const unzip = new Unzip((file) => {
    let inflated = 0;
    seen.push(file.name);
    file.ondata = (err, chunk) => {
      if (verdict) return;
      if (err) {
        verdict = { ok: false, reason: "corrupt", detail: `${file.name}: ${err.message}` };
        return;
      }
      inflated += chunk.length;
      total += chunk.length;
      if (total > limits.maxTotalBytes) verdict = { ok: false, reason: "too-large", detail: `> ${limits.maxTotalBytes} bytes` };
      else if (inflated > RATIO_FLOOR && inflated / Math.max(1, compressed.get(file.name) ?? file.size ?? 1) > limits.maxRatio)
        verdict = { ok: false, reason: "ratio", detail: `${file.name}: > ${limits.maxRatio}:1` };
      if (verdict) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Feed in slices so a limit stops the work early instead of after the whole package.
    const step = 1 << 20;
    for (let i = 0; i < bytes.length && !verdict; i += step) unzip.push(bytes.subarray(i, Math.min(bytes.length, i + step)), i + step >= bytes.length);
  } catch (e) {
    if (!verdict) return { ok: false, reason: "corrupt", detail: (e as Error).message };
  }
  if (verdict) return verdict;
  return { ok: true, entries: entries.map((e) => e.name), totalBytes: total };
};
