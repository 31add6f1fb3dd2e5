/**
 * A pure function of a text, remembered for short texts: the same statuses, offices, IDs and
 * timeframes come in every row of every file, and each answer costs several regular-expression
 * passes. Long texts rarely repeat and are computed afresh; the memory is bounded and starts over
 * when full, so a hostile file of distinct texts costs time, never unbounded memory.
 */
export const memoByText = <T>(compute: (text: string) => T, limit: number, longest: number) => {
  const seen = new Map<string, T>();
  return (text: string): T => {
    if (text.length > longest) return compute(text);
    let value = seen.get(text);
    if (value === undefined) {
      value = compute(text);
      if (seen.size >= limit) seen.clear();
      seen.set(text, value);
    }
    return value;
  };
};
