import type { CellRange, Grid, RawCell } from "../../core";
import { HiddenLines } from "../hidden-lines";
import type { GridCaps, SheetGrid } from "../sheet-grid";
import { arrayOfObjects } from "./array-of-objects";

/**
 * Collects one sheet's cells as a forward-only reader meets them (in any order, duplicates: the
 * last wins) and turns them into the used-area Grid that sheet-grid.ts makes from exceljs: from
 * the first to the last cell holding a value, cut at the caps, with how far the sheet really went.
 */
export class GridBuilder {
  private readonly rowOf: number[] = [];
  private readonly colOf: number[] = [];
  private readonly cells: RawCell[] = arrayOfObjects();
  private readonly merges: CellRange[] = [];
  /** Furthest value beyond the caps: counted for the truncation note, never stored. */
  private beyondRow = 0;
  private beyondColumn = 0;
  readonly hiddenRows = new HiddenLines();
  readonly hiddenColumns = new HiddenLines();

  constructor(private readonly caps: GridCaps) {}

  add(r: number, c: number, cell: RawCell): void {
    if (r > this.caps.maxRows || c > this.caps.maxColumns) {
      this.beyondRow = Math.max(this.beyondRow, r);
      this.beyondColumn = Math.max(this.beyondColumn, c);
      return;
    }
    this.rowOf.push(r);
    this.colOf.push(c);
    this.cells.push(cell);
  }

  addMerge(range: CellRange): void {
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
  }

  /** Cells inside a merged range but not its top-left: Excel shows them blank, whatever the file holds. */
  private covered(): Set<number> | null {
    if (this.merges.length === 0 || this.cells.length === 0) return null;
    let minRow = Infinity;
    let maxRow = 0;
    for (const r of this.rowOf) {
      minRow = Math.min(minRow, r);
      maxRow = Math.max(maxRow, r);
    }
    const byRow = new Map<number, CellRange[]>();
    for (const m of this.merges)
      for (let r = Math.max(m.top, minRow); r <= Math.min(m.bottom, maxRow); r++) {
        const list = byRow.get(r);
        if (list) list.push(m);
        else byRow.set(r, [m]);
      }
    const out = new Set<number>();
    for (let i = 0; i < this.cells.length; i++) {
      const r = this.rowOf[i]!;
      const c = this.colOf[i]!;
      const ranges = byRow.get(r);
      if (ranges?.some((m) => c >= m.left && c <= m.right && (r !== m.top || c !== m.left))) out.add(i);
    }
    return out;
  }

  build(sheet: string, date1904: boolean): SheetGrid {
    const covered = this.covered();
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (let i = 0; i < this.cells.length; i++) {
      if (covered?.has(i)) continue;
      const r = this.rowOf[i]!;
      const c = this.colOf[i]!;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    const lastRow = Math.max(bottom, this.beyondRow);
    const lastColumn = Math.max(right, this.beyondColumn);
    const info = {
      truncated: this.beyondRow > 0,
      lastRow,
      lastColumn,
      hiddenRows: this.hiddenRows.within(this.caps.maxRows),
      hiddenColumns: this.hiddenColumns.within(this.caps.maxColumns),
    };
    const flag = date1904 ? { date1904 } : {};
    const merges = this.merges.filter((m) => m.top <= this.caps.maxRows && m.left <= this.caps.maxColumns);
    // Left out when empty, so a grid without merges is the same object the Office.js shell makes.
    const mergeField = merges.length > 0 ? { merges } : {};
    if (bottom === 0) return { grid: { sheet, top: 1, left: 1, rows: [], ...flag, ...mergeField }, ...info };
    const rows = Array.from({ length: bottom - top + 1 }, () => new Array<RawCell | null>(right - left + 1).fill(null));
    for (let i = 0; i < this.cells.length; i++)
      if (!covered?.has(i)) rows[this.rowOf[i]! - top]![this.colOf[i]! - left] = this.cells[i]!;
    const grid: Grid = { sheet, top, left, rows, ...flag, ...mergeField };
    return { grid, ...info };
  }
}
