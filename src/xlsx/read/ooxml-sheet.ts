import { isDateFormat, isoToSerial, memoBounded, serialToIso, type CellValue, type RawCell } from "../../core";
import type { GridCaps, SheetGrid } from "../sheet-grid";
import type { ZipEntry } from "../zip-guard";
import { GridBuilder } from "./grid-builder";
import type { CellFormats } from "./ooxml-styles";
import type { XmlAttributes, XmlHandler } from "./xml-scanner";
import { decodeOoxmlEscapes } from "./xml-text";
import type { ZipParts } from "./zip-parts";

export interface SheetContext {
  readonly strings: readonly string[];
  readonly formats: CellFormats;
  readonly date1904: boolean;
  readonly caps: GridCaps;
}

/** "AB12" → column 28, row 12 (0 where a part is missing); lower case is accepted as Excel does. */
export const parseCellRef = (ref: string): { col: number; row: number } => {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) {
      if (ref.charCodeAt(i) === 0x24) continue; // "$A$1" in a few writers' merge refs
      return { col: 0, row: 0 };
    }
    row = row * 10 + d;
  }
  return { col, row };
};

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?/;

/** A `t="d"` cell (ISO 8601 text): a date as the core holds it, or its serial under a non-date format. */
const isoCell = (text: string, format: string | undefined, date1904: boolean): CellValue => {
  const m = ISO_DATE.exec(text.trim());
  const serial = m ? isoToSerial(m[2] ? `${m[1]}T${m[2]}` : m[1]!, date1904) : null;
  if (serial === null) return text;
  if (format !== undefined && !isDateFormat(format)) return serial;
  const iso = serialToIso(serial, date1904);
  return iso === null ? serial : { date: iso };
};

/**
 * The handler for one worksheet part: `<row>`/`<c>` inside `<sheetData>` (with or without `r`),
 * the value from `<v>` or an inline `<is>`, `<f>` marking a formula whose cached value is read, and
 * `<mergeCell>`; everything else (the dimension, which can lie, views, columns …) is passed over.
 */
/**
 * A cell as Excel, LibreOffice, openpyxl and exceljs write most of them: `r`, then `s` and `t` in
 * either order, and no value or a `<v>` of plain text. Values without `&` and text without `&` or
 * CR read as written, so the match means what the events would; anything else (a formula, an
 * inline string, another attribute, a prefix, white space between the tags) takes the events.
 */
const PLAIN_CELL =
  /<c r="([^"&<]*)"(?: s="([^"&<]*)")?(?: t="([^"&<]*)")?(?: s="([^"&<]*)")?(?:\/>|>(?:<v>([^<&\r]*)<\/v>)?<\/c>)/y;
const SLASH = 0x2f;

class SheetHandler implements XmlHandler {
  wantText = false;
  shortcut: RegExp | null = null;
  private inData = false;
  private inMerges = false;
  private row = 0;
  private col = 0;
  private cellRow = 0;
  private cellCol = 0;
  private type: string | undefined;
  private style = 0;
  private inCell = false;
  private formula = false;
  private v: string | null = null;
  private inline: string | null = null;
  private inInline = false;
  private phonetic = 0;
  private target: "v" | "t" | null = null;
  private readonly dateStyle: boolean[];

  constructor(
    private readonly ctx: SheetContext,
    readonly grid: GridBuilder,
  ) {
    this.dateStyle = ctx.formats.map((f) => isDateFormat(f));
  }

  open(name: string, a: XmlAttributes, selfClosing: boolean): void {
    if (this.inCell) {
      if (name === "v") {
        this.v = "";
        this.target = "v";
        this.wantText = !selfClosing;
      } else if (name === "f") this.formula = true;
      else if (name === "is") {
        this.inInline = true;
        this.inline = "";
      } else if (name === "rPh") this.phonetic++;
      else if (name === "t" && this.inInline && this.phonetic === 0) {
        this.target = "t";
        this.wantText = !selfClosing;
      }
      return;
    }
    if (name === "c" && this.inData) this.beginCell(a.get("r"), a.get("t"), a.get("s"), selfClosing);
    else if (name === "row" && this.inData) {
      const r = a.get("r");
      const n = r === undefined ? NaN : Number(r);
      this.row = Number.isInteger(n) && n > 0 ? n : this.row + 1;
      this.col = 0;
      if (isTrue(a.get("hidden"))) this.grid.hiddenRows.add(this.row, this.row);
    } else if (name === "col" && !this.inData) {
      if (isTrue(a.get("hidden"))) this.grid.hiddenColumns.add(Number(a.get("min")), Number(a.get("max")));
    } else if (name === "sheetData") {
      this.inData = !selfClosing;
      this.shortcut = this.inData ? PLAIN_CELL : null;
    } else if (name === "mergeCells") this.inMerges = !selfClosing;
    else if (name === "mergeCell" && this.inMerges) this.merge(a.get("ref"));
  }

  /** A plain cell matched whole by the scanner: what its open, text and close events would do. */
  element(m: RegExpExecArray): void {
    const whole = m[0];
    const selfClosing = whole.charCodeAt(whole.length - 2) === SLASH;
    // A duplicate `s` reads as its first, as XmlAttributes.get has it.
    this.beginCell(m[1], m[3], m[2] ?? m[4], selfClosing);
    if (selfClosing) return;
    this.v = m[5] ?? null;
    this.inCell = false;
    this.shortcut = PLAIN_CELL;
    this.finishCell();
  }

  private beginCell(ref: string | undefined, type: string | undefined, s: string | undefined, selfClosing: boolean) {
    if (ref !== undefined) {
      const p = parseCellRef(ref);
      this.cellCol = p.col > 0 ? p.col : this.col + 1;
      this.cellRow = p.row > 0 ? p.row : this.row;
    } else {
      this.cellCol = this.col + 1;
      this.cellRow = this.row;
    }
    this.col = this.cellCol;
    this.type = type;
    this.style = s === undefined ? 0 : Number(s) | 0;
    this.formula = false;
    this.v = null;
    this.inline = null;
    this.inInline = false;
    this.phonetic = 0;
    this.inCell = !selfClosing;
    // Inside a cell the shortcut is off: a nested `<c>` is not a cell there (see open).
    this.shortcut = selfClosing ? PLAIN_CELL : null;
  }

  close(name: string): void {
    if (this.inCell) {
      if (name === "c") {
        this.inCell = false;
        this.shortcut = PLAIN_CELL;
        this.finishCell();
      } else if (name === "v" || name === "t") {
        this.target = null;
        this.wantText = false;
      } else if (name === "is") this.inInline = false;
      else if (name === "rPh") this.phonetic--;
      return;
    }
    if (name === "sheetData") {
      this.inData = false;
      this.shortcut = null;
    } else if (name === "mergeCells") this.inMerges = false;
  }

  text(t: string): void {
    if (this.target === "v") this.v += t;
    else if (this.target === "t") this.inline += t;
  }

  private merge(ref: string | undefined): void {
    if (ref === undefined) return;
    const [from, to] = ref.split(":");
    const a = parseCellRef(from ?? "");
    const b = parseCellRef(to ?? from ?? "");
    if (a.row === 0 || a.col === 0 || b.row === 0 || b.col === 0) return;
    this.grid.addMerge({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }

  private finishCell(): void {
    if (this.cellRow <= 0) return;
    const value = this.value();
    if (value === null && !this.formula) return;
    const format = this.ctx.formats[this.style];
    let cell: RawCell;
    if (format === undefined) cell = this.formula ? { value, formula: true } : { value };
    else cell = this.formula ? { value, format, formula: true } : { value, format };
    this.grid.add(this.cellRow, this.cellCol, cell);
  }

  private value(): CellValue {
    const v = this.v;
    switch (this.type) {
      case "s": {
        // `<v/>` is no index (Number("") would be 0, the first string): the cell is blank.
        if (v === null || v.trim() === "") return null;
        const s = this.ctx.strings[Number(v)];
        return s === undefined ? null : s;
      }
      case "inlineStr":
        return this.inline !== null ? decodeOoxmlEscapes(this.inline) : v;
      case "str":
        return v === null ? this.inlineText() : decodeOoxmlEscapes(v);
      case "b":
        if (v === null) return null;
        return v.trim() === "1" || v.trim() === "true" ? true : v.trim() === "0" || v.trim() === "false" ? false : v;
      case "e":
        return v === null ? null : { error: v.trim() };
      case "d":
        return v === null ? null : isoCell(v, this.ctx.formats[this.style], this.ctx.date1904);
      default:
        return this.number(v);
    }
  }

  private inlineText(): string | null {
    return this.inline === null ? null : decodeOoxmlEscapes(this.inline);
  }

  private number(v: string | null): CellValue {
    if (v === null || v.length === 0) return this.inlineText();
    const n = Number(v);
    // NaN, INF or 1e309 (some writers emit them; Excel shows #NUM!): an error the core names, so
    // the cell is neither blank nor a text that a rule might read as a number (issue 19).
    if (!Number.isFinite(n) || v.trim().length === 0) return NON_FINITE.test(v.trim()) ? { error: "#NUM!" } : v;
    if (this.dateStyle[this.style] === true) {
      const iso = isoOfSerial(n, this.ctx.date1904);
      return iso === null ? n : { date: iso };
    }
    return n;
  }
}

/**
 * Date serials turned into ISO text before, per date system. A round's workbooks repeat the same
 * few dates (start, end, report date: 139 distinct among the city set's 20,061 date cells), and
 * each conversion builds a Date and pads three numbers. Bounded: starts over when full.
 */
const ISO_REMEMBERED = 4096;
const isoBySerial = [
  memoBounded((serial: number) => serialToIso(serial, false), ISO_REMEMBERED),
  memoBounded((serial: number) => serialToIso(serial, true), ISO_REMEMBERED),
] as const;
const isoOfSerial = (serial: number, date1904: boolean): string | null => isoBySerial[date1904 ? 1 : 0](serial);

/** xsd:boolean as Excel and exceljs read it. */
const isTrue = (v: string | undefined): boolean => v !== undefined && (v.trim() === "1" || v.trim() === "true");

const NON_FINITE = /^[+-]?(?:nan|inf(?:inity)?|\d+(?:\.\d*)?e[+-]?\d+)$/i;

/** One worksheet part → its grid, parsed while it is inflated. */
export const readSheetPart = (parts: ZipParts, entry: ZipEntry, name: string, ctx: SheetContext): SheetGrid => {
  const handler = new SheetHandler(ctx, new GridBuilder(ctx.caps));
  parts.parse(entry, handler);
  return handler.grid.build(name, ctx.date1904);
};
