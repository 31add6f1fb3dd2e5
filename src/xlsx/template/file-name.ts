/** Names Windows refuses for a file whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_BASE = 100;

/**
 * A file name any city file server accepts, from text such as an office name: characters Windows
 * and macOS forbid become "-", control characters go, no trailing dot or space, reserved device
 * names get a suffix, and the length stays well under path limits.
 */
export const safeFileBase = (text: string): string => {
  let base = text
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/[<>:"/\\|?*]/g, "-")
    .trim()
    .replace(/^[.\s]+/, "");
  if (base.length > MAX_BASE) base = base.slice(0, MAX_BASE).trim();
  base = base.replace(/[.\s]+$/, "");
  if (base === "") base = "Datei";
  if (RESERVED.test(base)) base = `${base}_`;
  return base;
};

/**
 * File names for several texts, made unique the way file systems compare them (case-insensitive
 * on Windows and macOS): a repeated name gets " (2)", " (3)" …
 */
export const uniqueFileNames = (bases: readonly string[], extension: string): string[] => {
  const taken = new Set<string>();
  return bases.map((b) => {
    let name = `${b}${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${b} (${n})${extension}`;
    taken.add(name.toLowerCase());
    return name;
  });
};
