import { columnLetter } from "../../core";
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

/** What a cell's XML holds after its address, by the kind of value: the same for every cell of a style id. */
interface CellTails {
  readonly empty: string;
  readonly text: string;
  readonly number: string;
  readonly boolean: string;
}
const tailsById: CellTails[] = [];
const newTails = (styleId: number): CellTails => {
  const s = styleId ? ` s="${styleId}"` : "";
  return { empty: `"${s}/>`, text: `"${s} t="str"><v>`, number: `"${s}><v>`, boolean: `"${s} t="b"><v>` };
};
const tailsOf = (styleId: number): CellTails => (tailsById[styleId] ??= newTails(styleId));

/** A cell after its `<c r="A1` start; the start is given so a row can reuse its column's. */
const cellAfter = (start: string, styleId: number, value: OutValue, plain: boolean): string => {
  const tails = tailsOf(styleId);
  if (value === null) return styleId ? start + tails.empty : "";
  if (typeof value === "string") return `${start}${tails.text}${plain ? value : xmlEscape(value)}</v></c>`;
  if (typeof value === "number") return `${start}${tails.number}${value}</v></c>`;
  if (typeof value === "boolean") return `${start}${tails.boolean}${value ? "1" : "0"}</v></c>`;
  return `${start}${tails.number}${excelSerial(value)}</v></c>`;
};

/**
 * A cell: address, style id (0 = none) and value. A null without a style writes nothing, as in
 * exceljs. `plain`: the caller found that the text needs no escaping (isPlainText).
 */
export const cellXml = (ref: string, styleId: number, value: OutValue, plain = false): string =>
  cellAfter(`<c r="${ref}`, styleId, value, plain);

/** `<c r="` and a column's letters, by column (1-based): the part of an address every row repeats. */
const starts: string[] = [];

/**
 * The cells of row `row`, as cellXml writes them one by one, with what is the same in every row
 * (a column's address letters, a style id's attributes) made once, not again for each cell: the
 * city's Maßnahmen rows took 0.73–0.76 of the time to build and encode.
 */
export const rowCellsXml = (
  row: number,
  values: readonly OutValue[],
  styleIds: ArrayLike<number>,
  firstStyle: number,
  plain: readonly boolean[],
): string => {
  let cells = "";
  for (let i = 0; i < values.length; i++) {
    const start = (starts[i + 1] ??= `<c r="${columnLetter(i + 1)}`);
    cells += cellAfter(`${start}${row}`, styleIds[firstStyle + i] ?? 0, values[i] ?? null, plain[i] === true);
  }
  return cells;
};

/** The row's opening tag: height (points) when set, the span of its cells, exceljs' descent attribute. */
export const rowOpenXml = (row: number, height: number | null, lastColumn: number): string =>
  `<row r="${row}"${height ? ` ht="${height}" customHeight="1"` : ""} spans="1:${lastColumn}" x14ac:dyDescent="0.25">`;
