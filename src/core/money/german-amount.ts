import type { CellValue } from "../cell";

/** Currency words and every kind of space a clerk or Excel puts around an amount. */
const DECORATION = /€|\bEUR\b|\bEuro\b|[\s\u00a0\u202f]/gi;
/** 12.500 or 12.500,50: German thousands dots, a decimal comma. */
const GERMAN_THOUSANDS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
/** 12500 or 12500,50. */
const GERMAN_PLAIN = /^\d+(,\d+)?$/;
/** 12500.5 or 12500.50: a dot with one or two digits after it can only be a decimal point. */
const DOT_DECIMAL = /^\d+\.\d{1,2}$/;

/**
 * An amount in euros as a number: a number cell as is, text as German writes it („12.500,00 €“,
 * „12500 EUR“, „12.500“). null for an empty cell or a dash; undefined for what is no amount (text, a negative
 * sum, a date, an error), which the caller reports rather than guesses.
 */
export const readAmount = (value: CellValue): number | null | undefined => {
  if (value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.replace(DECORATION, "");
  // A dash is how tables say "nothing": no amount, not a wrong one.
  if (text === "" || text === "-" || text === "–") return null;
  if (GERMAN_THOUSANDS.test(text) || GERMAN_PLAIN.test(text)) return Number(text.replace(/\./g, "").replace(",", "."));
  if (DOT_DECIMAL.test(text)) return Number(text);
  return undefined;
};

/** A budget year: a whole number of four digits, typed as number or text. */
export const readYear = (value: CellValue): number | null | undefined => {
  if (value === null) return null;
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : Number.NaN;
  if (typeof value === "string" && value.trim() === "") return null;
  return Number.isInteger(n) && n >= 1900 && n <= 2199 ? n : undefined;
};
