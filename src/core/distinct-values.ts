/**
 * One file's distinct values, each at its index: what the packed records and findings of a worker's
 * reply point into (packed-records.ts, packed-issues.ts).
 */
export class DistinctValues {
  readonly values: unknown[];
  private readonly byValue = new Map<unknown, number>();
  private readonly byContent = new Map<string, number>();

  /** `first` takes index 0, found by no lookup: a marker its packer gives a meaning of its own. */
  constructor(first?: unknown) {
    this.values = first === undefined ? [] : [first];
  }

  /** A text, number, boolean or null by value, an object by identity. */
  of(v: unknown): number {
    // The map holds -0 and 0 as one key; -0 keeps an entry of its own, so that nothing read changes.
    if (Object.is(v, -0)) return this.add(v);
    const have = this.byValue.get(v);
    if (have !== undefined) return have;
    const n = this.add(v);
    this.byValue.set(v, n);
    return n;
  }

  /** An entry found by what it says (`key`), made by `make` the first time: lists and objects that repeat. */
  ofContent(key: string, make: () => unknown): number {
    const have = this.byContent.get(key);
    if (have !== undefined) return have;
    const n = this.add(make());
    this.byContent.set(key, n);
    return n;
  }

  /** An entry of its own. */
  add(v: unknown): number {
    return this.values.push(v) - 1;
  }
}

/** Indexes the packers write; half the bytes while every index fits 16 bits (any office's table). */
export type IndexArray = Uint16Array | Uint32Array;

/** The indexes in 16 bits when `largest` (the longest list they point into) allows, else in 32. */
export const indexArray = (indexes: Uint32Array | readonly number[], largest: number): IndexArray =>
  largest <= 0xffff ? Uint16Array.from(indexes) : indexes instanceof Uint32Array ? indexes : Uint32Array.from(indexes);
