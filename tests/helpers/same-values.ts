/**
 * Deep equality with Object.is at the leaves (so -0 stays -0 and NaN is NaN) and keys in the same
 * order, blind to prototypes: a structured clone under jest makes objects of another realm.
 */
export const same = (a: unknown, b: unknown): boolean => {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  return (
    ka.length === kb.length &&
    ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
};

/** The index of the first pair that differs, or -1: one expectation per item would make a large case slow to fail. */
export const firstDifference = <T>(held: readonly T[], read: readonly T[], view: (x: T) => unknown): number =>
  held.findIndex((h, i) => !same(view(h), view(read[i]!)));

/**
 * The items `held` equal `read`, item by item through `view` (the first difference shown), and as the
 * JSON every writer of JSON would write.
 */
export const expectSameItems = <T>(held: readonly T[], read: readonly T[], view: (x: T) => unknown): void => {
  expect(held.length).toBe(read.length);
  const differs = firstDifference(held, read, view);
  if (differs >= 0) expect(view(held[differs]!)).toEqual(view(read[differs]!));
  expect(differs).toBe(-1);
  expect(JSON.stringify(held) === JSON.stringify(read)).toBe(true);
};
