/**
 * One shared empty list for the many places that would otherwise make a new one per row (rules that
 * find nothing, measures reported by one file, rows without partners or extras): at a million rows
 * each fresh empty array is tens of megabytes. Frozen, so a write to it fails loudly.
 */
export const NONE: readonly never[] = Object.freeze([]);
