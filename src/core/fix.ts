import type { CellValue } from "./cell";
import type { ColumnKey } from "./columns/catalogue";
import type { FixReason } from "./normalise/result";

/**
 * A proposed change to one cell, shown to the user before anything is written
 * (task pane "Korrigieren", the browser page's corrected copy).
 */
export interface Fix {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly cell: string;
  readonly field: ColumnKey;
  readonly from: CellValue;
  readonly to: CellValue;
  /** Number format to set with the new value (e.g. "0%", "dd.mm.yyyy", "@" for text). */
  readonly format?: string;
  readonly reason: FixReason;
}
