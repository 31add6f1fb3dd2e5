/**
 * Names Windows refuses for a file whatever the extension: "con", "con.xlsx" and "con.txt.xlsx"
 * alike (the part before the first dot counts, trailing spaces ignored), superscript digits too.
 */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_BASE = 100;

/**
 * Characters that must not be in a file name: those Windows and macOS forbid (→ "-"); control
 * characters (C0, C1); bidirectional controls, which can make "gpj.xlsx" read as "xlsx.jpg";
 * zero-width spaces and the byte-order mark; and halves of surrogate pairs.
 */
const FORBIDDEN = /[<>:"/\\|?*]/g;
const DROPPED =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const graphemes = new Intl.Segmenter("de", { granularity: "grapheme" });

/** At most `max` UTF-16 units, cut between user-perceived characters (never inside an emoji or a letter with accents). */
const cutAtGrapheme = (text: string, max: number): string => {
  if (text.length <= max) return text;
  let out = "";
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
};

/**
 * A file name any city file server accepts, from text such as an office name: forbidden characters
 * become "-", control and bidi characters go, no leading "~$" (Excel's lock files, which the merge
 * ignores) or dot, no trailing dot or space, reserved device names get "_", and the length stays
 * well under path limits, cut on a character boundary. `suffix` (" (Rückmeldung)") is kept whole.
 */
export const safeFileBase = (text: string, suffix = ""): string => {
  let base = text
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(DROPPED, "")
    .replace(FORBIDDEN, "-")
    .trim()
    .replace(/^(?:[.\s]|~\$)+/, "");
  base = cutAtGrapheme(base, MAX_BASE - suffix.length).replace(/[.\s]+$/, "");
  if (base === "") base = "Datei";
  const dot = base.indexOf(".");
  const stem = dot < 0 ? base : base.slice(0, dot);
  if (RESERVED.test(stem.trimEnd())) base = `${stem.trimEnd()}_${dot < 0 ? "" : base.slice(dot)}`;
  return `${base}${suffix}`;
};

/** How file systems compare names: case-insensitive (Windows, macOS) and normalisation-insensitive (macOS). */
const fold = (name: string): string => name.normalize("NFC").toUpperCase().toLowerCase();

/**
 * File names for several texts, made unique the way file systems compare them (case-insensitive
 * on Windows and macOS): a repeated name gets " (2)", " (3)" …
 */
export const uniqueFileNames = (bases: readonly string[], extension: string): string[] => {
  const taken = new Set<string>();
  return bases.map((b) => {
    let name = `${b}${extension}`;
    for (let n = 2; taken.has(fold(name)); n++) name = `${b} (${n})${extension}`;
    taken.add(fold(name));
    return name;
  });
};
