/** What the first bytes say a file really is, whatever its name claims. */
export type Sniffed = "zip" | "ole2" | "text" | "empty" | "unknown";

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: an old .xls, or an .xlsx encrypted with a password (Excel wraps those in OLE2). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Mostly printable text in the first KiB (UTF-8, with or without BOM): a CSV or text renamed to .xlsx. */
const looksLikeText = (bytes: Uint8Array): boolean => {
  const head = bytes.subarray(0, 1024);
  let printable = 0;
  for (const b of head) if (b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b !== 0x7f)) printable++;
  return head.length > 0 && !head.includes(0) && printable / head.length > 0.95;
};

export const sniffBytes = (bytes: Uint8Array): Sniffed => {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return "zip";
  if (startsWith(bytes, OLE2)) return "ole2";
  if (looksLikeText(bytes)) return "text";
  return "unknown";
};
