import type { OutValue } from "./sheet-kit";

/**
 * One list row as SpreadsheetML, written the way exceljs' streaming writer writes it (strings as
 * `t="str"` cells, no shared strings, dates as serial numbers of the 1900 system), so a sheet
 * whose rows come from here reads the same as one exceljs wrote row by row. exceljs builds a
 * row object, a cell object per value and an XML node tree per row; a long list spent most of
 * its write there.
 */

/** Characters exceljs escapes (or drops) in XML text and attributes. */
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
const XML_SPECIAL_ALL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Readonly<Record<string, string>> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "'": "&apos;",
  '"': "&quot;",
};

/** As exceljs' xmlEncode: the five entities, control characters other than tab and line ends dropped. */
export const xmlEscape = (text: string): string =>
  XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL_ALL, (ch) => ENTITY[ch] ?? "") : text;

/** Days since 1899-12-30 (Excel's 1900 system), with exceljs' arithmetic so the serial is the same number. */
export const excelSerial = (d: Date): number => 25569 + d.getTime() / (24 * 3600 * 1000);

/**
 * A cell: address, style id (0 = none) and value. A null without a style writes nothing, as in
 * exceljs. `plain`: the caller found that the text needs no escaping (isPlainText).
 */
export const cellXml = (ref: string, styleId: number, value: OutValue, plain = false): string => {
  const s = styleId ? ` s="${styleId}"` : "";
  if (value === null) return styleId ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "string") return `<c r="${ref}"${s} t="str"><v>${plain ? value : xmlEscape(value)}</v></c>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? "1" : "0"}</v></c>`;
  return `<c r="${ref}"${s}><v>${excelSerial(value)}</v></c>`;
};

/** The row's opening tag: height (points) when set, the span of its cells, exceljs' descent attribute. */
export const rowOpenXml = (row: number, height: number | null, lastColumn: number): string =>
  `<row r="${row}"${height ? ` ht="${height}" customHeight="1"` : ""} spans="1:${lastColumn}" x14ac:dyDescent="0.25">`;
