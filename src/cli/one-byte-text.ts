/** Any character beyond Latin-1: such a text needs two bytes per character whatever we do. */
const BEYOND_LATIN1 = /[^\0-\xff]/;

/**
 * The same text, stored one byte per character where it can be. V8 keeps a string in the width of
 * the text it was cut from: a Sachstand read from a sheet part that holds one „ or – anywhere
 * arrives two bytes per character though it is all Latin-1, and a worker's reply copies it so.
 * In a large merge that was a quarter of the main thread's heap (47 MB of two-byte texts per
 * 100,000 rows). A string made from Latin-1 bytes is one byte per character.
 */
export const oneByteText = (s: string): string =>
  BEYOND_LATIN1.test(s) ? s : Buffer.from(s, "latin1").toString("latin1");
