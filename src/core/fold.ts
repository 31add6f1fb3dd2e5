/**
 * Folding for matching what people type against configured names: case, whitespace, punctuation,
 * umlauts and ß do not matter ("Maßnahmen-Nr." ≡ "massnahmen nr", "Fortschritt in %" ≡ "fortschritt in").
 */
import { isSpaceCode } from "./space-code";
import { memoByText } from "./text-memo";

const UMLAUTS: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", ẞ: "ss" };

const foldSlow = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (c) => UMLAUTS[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}%]+/gu, "");

/**
 * Pure ASCII (IDs such as "3.2.1", most headers and offices) folds in one pass: NFKD and the umlaut
 * map change nothing there, and in ASCII \p{L} and \p{N} are the letters and digits. Null for any
 * other text, which takes the Unicode passes. The ID cell of every row is folded to tell it from a
 * header word, and IDs are distinct, so this is the path most folds take.
 */
const foldAscii = (text: string): string | null => {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return null;
    if (keptByFold(c)) out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 0x20) : text[i];
  }
  return out;
};

/**
 * The ASCII characters a fold keeps, one for one (upper case lowered): letters, digits and "%".
 * One test for both foldAscii and foldsLongerThan, whose bound holds only while they agree.
 */
const keptByFold = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x25;

/** Folded short texts, remembered (a tenth of a read worker's time at city scale before). */
export const foldKey = memoByText((text) => foldAscii(text) ?? foldSlow(text), 20_000, 120);

/**
 * True when `text` folds to more than `max` characters: foldKey keeps every ASCII letter, digit and
 * "%" as one character, so counting them bounds the folded length from below. It lets a caller skip
 * folding long texts (a Sachstand paragraph) that cannot equal a short name, with the same answer.
 */
export const foldsLongerThan = (text: string, max: number): boolean => {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    if (keptByFold(text.charCodeAt(i)) && ++kept > max) return true;
  }
  return false;
};

/** Whitespace a user cannot see or tell apart: non-breaking, figure, narrow spaces, zero-width marks. */
const ODD_SPACE = /[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g;
// Zero-width space, word joiner and BOM only: ZWJ/ZWNJ (U+200C/D) carry meaning in Arabic, Persian,
// Indic scripts and emoji sequences, so they are never removed.
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;

/** Anything cleanText would change: odd or zero-width spaces, blanks at a line's start or end. */
// (A line ends before \n, \r, U+2028 or U+2029, as `$` with the m flag sees it.)
const NEEDS_CLEANING = /[\u200b\u2060\ufeff\u00a0\u2007\u202f\u2000-\u200a\u3000]|^\s|\s$|[ \t][\n\r\u2028\u2029]/;

/** The characters NEEDS_CLEANING can find away from a text's ends: odd and zero-width spaces, line ends. */
const SUSPECT = /[\n\r\u00a0\u2000-\u200b\u2028\u2029\u202f\u2060\u3000\ufeff]/;

/**
 * NEEDS_CLEANING's answer, cheaper for the clean texts nearly every cell holds: its `^\s` and `\s$`
 * look at one character each, and its other branches cannot match a text without a SUSPECT
 * character, which a single character class finds faster than the four branches tried at every position.
 */
export const needsCleaning = (text: string): boolean =>
  text.length > 0 &&
  (isSpaceCode(text.charCodeAt(0)) ||
    isSpaceCode(text.charCodeAt(text.length - 1)) ||
    (SUSPECT.test(text) && NEEDS_CLEANING.test(text)));

/** Text as it should be stored: odd spaces made plain, ends trimmed. Inner line breaks are kept. */
// Most cells are already clean: one test spares them the five passes below (this runs on every cell).
export const cleanText = (text: string): string => (needsCleaning(text) ? cleanSlow(text) : text);

const cleanSlow = (text: string): string =>
  text
    .replace(ZERO_WIDTH, "")
    .replace(ODD_SPACE, " ")
    .replace(/[ \t]+$/gm, "")
    .replace(/^[ \t]+/gm, (m, off: number) => (off === 0 ? "" : m))
    .trim();
