/** What the first bytes say a file really is, whatever its name claims. */
export type SniffedKind = "zip" | "ole2" | "text" | "empty" | "unknown";

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  // An empty archive starts with its end record: still a zip, the guard then says what is missing.
  [0x50, 0x4b, 0x05, 0x06],
];
/** Excel wraps a password-protected .xlsx in an OLE2 compound file too, so this is not only old .xls. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Excel's "Unicode text" export is UTF-16 with a byte order mark; its zero bytes would look binary. */
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

const HEAD_BYTES = 4096;
const PRINTABLE_SHARE = 0.95;

/**
 * Mostly printable in the first KiBs: a CSV or text file renamed to .xlsx. Bytes ≥ 0x80 count as
 * printable because German CSVs come as UTF-8 or as Windows-1252 (ä = 0xE4), and both are text.
 */
const looksLikeText = (bytes: Uint8Array): boolean => {
  const head = bytes.subarray(0, HEAD_BYTES);
  let printable = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || (b >= 0x20 && b !== 0x7f)) printable++;
  }
  return printable / head.length >= PRINTABLE_SHARE;
};

export const sniffBytes = (bytes: Uint8Array): SniffedKind => {
  if (bytes.length === 0) return "empty";
  if (ZIP_SIGNATURES.some((sig) => startsWith(bytes, sig))) return "zip";
  if (startsWith(bytes, OLE2)) return "ole2";
  if (UTF16_BOMS.some((bom) => startsWith(bytes, bom)) || looksLikeText(bytes)) return "text";
  return "unknown";
};

/**
 * What a reader answers for a file that is no zip, in one wording for both readers. Text is listed
 * too, though the streaming reader first tries it as a flat OpenDocument spreadsheet (.fods).
 */
export const NOT_A_ZIP: Readonly<
  Record<
    Exclude<SniffedKind, "zip">,
    { readonly reason: "empty" | "ole2" | "text" | "not-a-workbook"; readonly detail: string }
  >
> = {
  empty: { reason: "empty", detail: "0 bytes" },
  ole2: { reason: "ole2", detail: "OLE2 compound file: an old .xls or a password-protected workbook" },
  text: { reason: "text", detail: "text, probably CSV" },
  unknown: { reason: "not-a-workbook", detail: "neither a zip nor a known spreadsheet format" },
};
