/**
 * Whether one UTF-16 code unit is what `\s` matches in a regular expression (ECMAScript's
 * WhiteSpace and LineTerminator). The hot paths use it to look at a text's first or last character
 * instead of running a pattern over the whole text: most cells hold clean text, and calling a
 * pattern on each cost more than the one comparison that rules them out.
 */
export const isSpaceCode = (c: number): boolean =>
  c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
