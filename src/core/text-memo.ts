/**
 * A pure function, remembered for up to `limit` keys: the same statuses, offices, IDs, timeframes
 * and dates come in every row of every file, and each answer costs several regular-expression
 * passes or a Date. The memory is bounded and starts over when full, so a hostile file of distinct
 * values costs time, never unbounded memory.
 */
export const memoBounded = <K, V>(compute: (key: K) => V, limit: number) => {
  const seen = new Map<K, V>();
  return (key: K): V => {
    let value = seen.get(key);
    if (value === undefined) {
      value = compute(key);
      if (seen.size >= limit) seen.clear();
      seen.set(key, value);
    }
    return value;
  };
};

/** The same for a function of a text; long texts rarely repeat and are computed afresh. */
export const memoByText = <T>(compute: (text: string) => T, limit: number, longest: number) => {
  const remembered = memoBounded(compute, limit);
  return (text: string): T => (text.length > longest ? compute(text) : remembered(text));
};
