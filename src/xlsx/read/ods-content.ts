import { isoToSerial, serialToIso, type CellValue, type RawCell } from "../../core";
import type { SheetState } from "../read-workbook";
import type { GridCaps, SheetGrid } from "../sheet-grid";
import { GridBuilder } from "./grid-builder";
import type { XmlAttributes, XmlHandler } from "./xml-scanner";

export interface OdsSheet {
  readonly name: string;
  readonly state: SheetState;
  readonly grid: SheetGrid;
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?/;
const DURATION = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/;

/** office:date-value → the date as the xlsx path gives it (time kept only when there is one). */
const dateValue = (text: string): CellValue => {
  const m = ISO.exec(text);
  const serial = m ? isoToSerial(m[2] ? `${m[1]}T${m[2]}` : m[1]!) : null;
  const iso = serial === null ? null : serialToIso(serial);
  return iso === null ? text : { date: iso };
};

/** office:time-value (an ISO duration, PT08H15M00S) → a fraction of a day, as Excel holds a time. */
const timeValue = (text: string): number | string => {
  const m = DURATION.exec(text);
  if (!m) return text;
  const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [number, number, number, number];
  return (d * 86_400 + h * 3_600 + min * 60 + s) / 86_400;
};

/** xsd:boolean, and any other number as LibreOffice shows it (non-zero is TRUE). */
const booleanValue = (v: string | undefined): boolean | null => {
  if (v === undefined) return null;
  if (v === "true" || v === "false") return v === "true";
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n !== 0 : null;
};

const count = (v: string | undefined): number => {
  const n = v === undefined ? 1 : Number(v);
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

/** table:visibility: "collapse" (hidden by hand) and "filter" (hidden by a filter) both hide a row or column. */
const isHidden = (v: string | undefined): boolean => v === "collapse" || v === "filter";

interface PendingCell {
  readonly col: number;
  readonly repeat: number;
  readonly cell: RawCell;
}

/**
 * content.xml of an OpenDocument spreadsheet (or a whole .fods) → one grid per table. Repeated rows
 * and columns advance the position and are expanded only where they hold a value (a sheet ends in
 * a row repeated a million times); covered cells (the rest of a merged range) contribute nothing;
 * a spanned cell becomes a merged range. Values come from the office:value-type attributes, never
 * from the displayed text, except for strings.
 */
export class OdsContentHandler implements XmlHandler {
  wantText = false;
  readonly sheets: OdsSheet[] = [];
  private readonly hiddenTableStyles = new Set<string>();
  private styleName: string | null = null;
  private styleIsTable = false;
  private tableDepth = 0;
  private table: { name: string; state: SheetState; grid: GridBuilder } | null = null;
  private row = 0;
  /** Columns declared so far by `<table:table-column>` (each may stand for many). */
  private columns = 0;
  private rowRepeat = 1;
  private col = 0;
  private rowCells: PendingCell[] = [];
  private cell: {
    type: string | undefined;
    a: Record<string, string | undefined>;
    repeat: number;
    covered: boolean;
  } | null = null;
  private buffer = "";
  private paragraphs = 0;
  private annotation = 0;

  constructor(private readonly caps: GridCaps) {}

  open(name: string, a: XmlAttributes): void {
    if (this.annotation > 0) {
      if (name === "annotation") this.annotation++;
      return;
    }
    if (this.cell !== null) {
      this.openInCell(name, a);
      return;
    }
    switch (name) {
      case "style":
        this.styleName = a.get("name") ?? null;
        this.styleIsTable = a.get("family") === "table";
        return;
      case "table-properties":
        if (this.styleIsTable && this.styleName !== null && a.get("display") === "false")
          this.hiddenTableStyles.add(this.styleName);
        return;
      case "table":
        this.tableDepth++;
        if (this.tableDepth === 1) {
          const style = a.get("style-name");
          this.table = {
            name: a.get("name") ?? `Tabelle${this.sheets.length + 1}`,
            state: style !== undefined && this.hiddenTableStyles.has(style) ? "hidden" : "visible",
            grid: new GridBuilder(this.caps),
          };
          this.row = 0;
          this.columns = 0;
        }
        return;
      case "table-column": {
        if (this.tableDepth !== 1 || this.table === null) return;
        const first = this.columns + 1;
        this.columns += count(a.get("number-columns-repeated"));
        if (isHidden(a.get("visibility"))) this.table.grid.hiddenColumns.add(first, this.columns);
        return;
      }
      case "table-row":
        if (this.tableDepth !== 1) return;
        this.rowRepeat = count(a.get("number-rows-repeated"));
        this.row++;
        this.col = 0;
        this.rowCells = [];
        if (isHidden(a.get("visibility"))) this.table?.grid.hiddenRows.add(this.row, this.row + this.rowRepeat - 1);
        return;
      case "table-cell":
      case "covered-table-cell":
        if (this.tableDepth !== 1) return;
        this.cell = {
          type: a.get("value-type"),
          a: {
            value: a.get("value"),
            date: a.get("date-value"),
            time: a.get("time-value"),
            boolean: a.get("boolean-value"),
            string: a.get("string-value"),
            formula: a.get("formula"),
            calc: a.getQualified("calcext:value-type"),
            spanCols: a.get("number-columns-spanned"),
            spanRows: a.get("number-rows-spanned"),
          },
          repeat: count(a.get("number-columns-repeated")),
          covered: name === "covered-table-cell",
        };
        this.buffer = "";
        this.paragraphs = 0;
        return;
      default:
        return;
    }
  }

  private openInCell(name: string, a: XmlAttributes): void {
    switch (name) {
      case "annotation":
        this.annotation = 1;
        this.wantText = false;
        return;
      case "p":
        if (this.paragraphs++ > 0) this.buffer += "\n";
        this.wantText = true;
        return;
      case "s":
        this.buffer += " ".repeat(Math.min(count(a.get("c")), 1000));
        return;
      case "tab":
        this.buffer += "\t";
        return;
      case "line-break":
        this.buffer += "\n";
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    if (this.annotation > 0) {
      if (name === "annotation") this.annotation--;
      return;
    }
    switch (name) {
      case "p":
        this.wantText = false;
        return;
      case "table-cell":
      case "covered-table-cell":
        if (this.cell !== null) this.finishCell();
        return;
      case "table-row":
        if (this.tableDepth === 1 && this.cell === null) this.finishRow();
        return;
      case "table":
        if (this.tableDepth === 1 && this.table !== null) {
          this.sheets.push({
            name: this.table.name,
            state: this.table.state,
            grid: this.table.grid.build(this.table.name, false),
          });
          this.table = null;
        }
        this.tableDepth = Math.max(0, this.tableDepth - 1);
        return;
      case "style":
        this.styleName = null;
        return;
      default:
        return;
    }
  }

  text(t: string): void {
    this.buffer += t;
  }

  private value(c: NonNullable<OdsContentHandler["cell"]>): { value: CellValue; format?: string } {
    if (c.a.calc === "error") return { value: { error: this.buffer } };
    switch (c.type) {
      case "float":
      case "currency":
      case "percentage": {
        const n = Number(c.a.value);
        if (c.a.value === undefined || !Number.isFinite(n)) return { value: this.buffer === "" ? null : this.buffer };
        return c.type === "percentage" ? { value: n, format: "0%" } : { value: n };
      }
      case "date":
        return { value: c.a.date === undefined ? null : dateValue(c.a.date) };
      case "time":
        return c.a.time === undefined ? { value: null } : { value: timeValue(c.a.time), format: "hh:mm:ss" };
      case "boolean":
        return { value: booleanValue(c.a.boolean) };
      case "string":
        return { value: c.a.string ?? this.buffer };
      default:
        return { value: this.buffer === "" ? null : this.buffer };
    }
  }

  private finishCell(): void {
    const c = this.cell!;
    this.cell = null;
    this.wantText = false;
    const col = this.col + 1;
    this.col += c.repeat;
    if (c.covered || this.table === null) return;
    const row = this.row;
    const spanCols = count(c.a.spanCols);
    const spanRows = count(c.a.spanRows);
    if (spanCols > 1 || spanRows > 1)
      this.table.grid.addMerge({ top: row, left: col, bottom: row + spanRows - 1, right: col + spanCols - 1 });
    const { value, format } = this.value(c);
    const formula = c.a.formula !== undefined;
    if (value === null && !formula) return;
    const cell: RawCell = { value, ...(format !== undefined ? { format } : {}), ...(formula ? { formula: true } : {}) };
    this.rowCells.push({ col, repeat: c.repeat, cell });
  }

  /** Places the row's cells, repeated as the row and each cell say, up to one past the caps. */
  private finishRow(): void {
    const grid = this.table?.grid;
    const first = this.row;
    this.row += this.rowRepeat - 1;
    if (!grid || this.rowCells.length === 0) return;
    const rows = spread(first, this.rowRepeat, this.caps.maxRows);
    for (const r of rows)
      for (const p of this.rowCells)
        for (const c of spread(p.col, p.repeat, this.caps.maxColumns)) grid.add(r, c, p.cell);
  }
}

/** Positions from..from+n-1, but only up to the cap and then the last one (enough to note the truncation). */
const spread = (from: number, n: number, cap: number): number[] => {
  const out: number[] = [];
  const last = from + n - 1;
  for (let i = from; i <= Math.min(last, cap); i++) out.push(i);
  if (last > cap) out.push(last);
  return out;
};
