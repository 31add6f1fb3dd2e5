/** Numbers, shares and dates as a German reader expects them in a council report. */

const NBSP = "\u00a0";

export const germanDate = (iso: string | null): string => (iso === null ? "–" : `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`);

/** 0.4166 → "42 %" (share of 1). */
export const share = (v: number | null): string => (v === null ? "–" : `${Math.round(v * 100)}${NBSP}%`);

/** 41.66 → "42 %" (percent already). */
export const percent = (v: number | null): string => (v === null ? "–" : `${Math.round(v)}${NBSP}%`);

export const integer = (n: number): string => n.toLocaleString("de-DE");

/** "1 Maßnahme" / "3 Maßnahmen". */
export const counted = (n: number, one: string, many: string): string => `${integer(n)}${NBSP}${n === 1 ? one : many}`;
