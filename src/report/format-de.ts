/** Numbers, shares and dates as a German reader expects them in a council report. */
import { countDe, germanDate } from "../core";

const NBSP = "\u00a0";

/** A date or "–" when there is none. */
export const dateOrDash = (iso: string | null): string => (iso === null ? "–" : germanDate(iso));

/** 0.4166 → "42 %" (share of 1). */
export const share = (v: number | null): string => (v === null ? "–" : `${Math.round(v * 100)}${NBSP}%`);

/** 41.66 → "42 %" (percent already). */
export const percent = (v: number | null): string => (v === null ? "–" : `${Math.round(v)}${NBSP}%`);

export const integer = countDe;

/** "1 Maßnahme" / "3 Maßnahmen". */
export const counted = (n: number, one: string, many: string): string => `${integer(n)}${NBSP}${n === 1 ? one : many}`;

/** 12500 → "12.500,00 €". */
export const euro = (n: number): string =>
  n.toLocaleString("de-DE", { style: "currency", currency: "EUR" }).replace(/\s/g, NBSP);
