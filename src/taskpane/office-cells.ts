import { isDateFormat, serialToIso, type CellValue, type Grid, type RawCell } from "../core";

/** What Office.js returns for one block of cells (range.values / numberFormat / valueTypes). */
export interface OfficeBlock {
  readonly sheet: string;
  /** 1-based physical row and column of values[0][0]. */
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  /** "Empty" | "String" | "Double" | "Boolean" | "Error" | "Integer" (Excel.RangeValueType). */
  readonly valueTypes: readonly (readonly string[])[];
  /** Cells holding a formula, as "row:column" (1-based), from getSpecialCells. */
  readonly formulaCells: ReadonlySet<string>;
}

/** "General" means no format, exactly as exceljs reports a cell without numFmt. */
const formatOf = (f: unknown): string | undefined =>
  typeof f === "string" && f !== "" && f !== "General" ? f : undefined;

/**
 * One Office.js cell to the core's plain cell — the same RawCell the exceljs adapter gives for the
 * same cell: date-formatted serials become dates, error cells (strings in `values`) errors.
 */
export const cellFromOffice = (
  value: unknown,
  format: unknown,
  type: string,
  formula: boolean,
  date1904: boolean,
): RawCell | null => {
  const fmt = formatOf(format);
  let v: CellValue;
  if (type === "Empty" || value === "" || value === null || value === undefined) v = null;
  else if (type === "Error") v = { error: String(value) };
  else if (typeof value === "number") {
    const iso = isDateFormat(fmt) ? serialToIso(value, date1904) : null;
    v = iso === null ? (Number.isFinite(value) ? value : null) : { date: iso };
  } else if (typeof value === "boolean" || typeof value === "string") v = value;
  else v = null;
  if (v === null && !formula) return null;
  return { value: v, ...(fmt !== undefined ? { format: fmt } : {}), ...(formula ? { formula: true } : {}) };
};

/** Joins row blocks (read in chunks) of one sheet into a Grid, trimming nothing: positions stay physical. */
export const gridFromOffice = (blocks: readonly OfficeBlock[], date1904: boolean): Grid => {
  const first = blocks[0];
  if (!first) return { sheet: "", top: 1, left: 1, rows: [] };
  const rows: (RawCell | null)[][] = [];
  for (const b of blocks) {
    b.values.forEach((row, r) => {
      rows.push(
        row.map((value, c) =>
          cellFromOffice(
            value,
            b.numberFormat[r]?.[c],
            b.valueTypes[r]?.[c] ?? "Empty",
            b.formulaCells.has(`${b.top + r}:${b.left + c}`),
            date1904,
          ),
        ),
      );
    });
  }
  return { sheet: first.sheet, top: first.top, left: first.left, rows, ...(date1904 ? { date1904 } : {}) };
};
