import { compareText } from "../compare";

/** A measure ID cut into its parts once, with each part's number (NaN for a part that is none). */
interface IdKey {
  readonly parts: readonly string[];
  readonly numbers: readonly number[];
}

const idKey = (id: string): IdKey => {
  const parts = id.split(".");
  return { parts, numbers: parts.map(Number) };
};

/** compareMeasureIds on keys cut beforehand: the same order, part for part. */
const compareKeys = (a: IdKey, b: IdKey): number => {
  const n = Math.max(a.parts.length, b.parts.length);
  for (let i = 0; i < n; i++) {
    const x = a.parts[i];
    const y = b.parts[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = a.numbers[i]!;
    const ny = b.numbers[i]!;
    const d = Number.isNaN(nx) || Number.isNaN(ny) ? compareText(x, y) : nx - ny;
    if (d !== 0) return d;
  }
  return 0;
};

/**
 * The items in compareMeasureIds' natural order of their IDs (stable, like Array.prototype.sort).
 * Each ID is split and read as numbers once, not in every comparison: sorting 100,000 IDs through
 * compareMeasureIds split each of them some forty times, a third of the consolidation's time.
 */
export const sortByMeasureId = <T>(items: readonly T[], idOf: (item: T) => string): T[] =>
  items
    .map((item) => ({ item, key: idKey(idOf(item)) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((k) => k.item);
