/** Entity and escape decoding for the XML scanner; kept apart so the scanner's hot loop stays small. */

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

const codePoint = (n: number): string =>
  Number.isInteger(n) && n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : "\ufffd";

/**
 * The five predefined entities and character references. Anything else is left as written: a
 * DOCTYPE, the only place more entities could be declared, is refused before text is decoded.
 */
export const decodeEntities = (s: string): string => {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 0x23)
      return codePoint(ref.charCodeAt(1) === 0x78 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? whole;
  });
};

/**
 * OOXML writes characters XML cannot hold (control characters, mostly a carriage return) as
 * `_xHHHH_`; Excel shows the character, and `_x005F_` escapes a literal underscore sequence.
 */
export const decodeOoxmlEscapes = (s: string): string =>
  s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
