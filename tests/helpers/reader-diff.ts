import * as XLSX from "@e965/xlsx";
import {
  cellAddress,
  isCellDate,
  isCellError,
  isDateFormat,
  serialToIso,
  type CellValue,
  type Grid,
} from "../../src/core";
import type { ReadResult } from "../../src/xlsx";

/** One cell where two readers disagree, as a user would name it. */
export interface CellDifference {
  readonly sheet: string;
  readonly cell: string;
  readonly ours: string;
  readonly theirs: string;
}

/**
 * Sheet name → (address → value), only cells holding a value. An empty text counts as no value:
 * readers differ in whether `<c t="str"><v></v></c>` is a cell, and to the core both are blank.
 */
export type CellMap = Map<string, Map<string, CellValue>>;

export const cellsOfGrids = (grids: readonly Grid[]): CellMap => {
  const out: CellMap = new Map();
  for (const g of grids) {
    const cells = new Map<string, CellValue>();
    g.rows.forEach((row, r) =>
      row.forEach((c, i) => {
        if (c !== null && c.value !== null && c.value !== "") cells.set(cellAddress(g.top + r, g.left + i), c.value);
      }),
    );
    out.set(g.sheet, cells);
  }
  return out;
};

const sheetJsValue = (c: XLSX.CellObject, date1904: boolean): CellValue | undefined => {
  switch (c.t) {
    case "s":
      return typeof c.v === "string" ? c.v : String(c.v ?? "");
    case "b":
      return c.v === true;
    case "e":
      return { error: c.w ?? String(c.v) };
    case "n": {
      const n = c.v as number;
      const format = typeof c.z === "string" ? c.z : undefined;
      if (format !== undefined && isDateFormat(format)) {
        const iso = serialToIso(n, date1904);
        return iso === null ? n : { date: iso };
      }
      return n;
    }
    case "d": {
      const d = c.v instanceof Date ? c.v : new Date(String(c.v));
      return Number.isNaN(d.getTime())
        ? null
        : {
            date: d
              .toISOString()
              .slice(0, 19)
              .replace(/T00:00:00$/, ""),
          };
    }
    default:
      return undefined;
  }
};

/**
 * SheetJS 0.20.3's reading of the same bytes, as cell maps (worksheets only), or the error it
 * threw. Raw values (no formatting), dates kept as serials and judged by the same format rule as ours.
 */
export const sheetJsCells = (bytes: Uint8Array): CellMap | string => {
  let wb: XLSX.WorkBook;
  // SheetJS prints notes on formats it cannot carry over (ODS week-of-year); they are not findings.
  const quiet = console.error;
  console.error = () => {};
  try {
    wb = XLSX.read(bytes, {
      type: "array",
      cellNF: true,
      cellDates: false,
      cellFormula: false,
      dense: false,
      WTF: false,
    });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    console.error = quiet;
  }
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const out: CellMap = new Map();
  wb.SheetNames.forEach((name) => {
    const ws = wb.Sheets[name];
    const type: string | undefined = ws?.["!type"];
    if (!ws || type === "chart" || type === "macro" || type === "dialog") return;
    const cells = new Map<string, CellValue>();
    for (const [addr, c] of Object.entries(ws)) {
      if (addr.startsWith("!")) continue;
      const v = sheetJsValue(c as XLSX.CellObject, date1904);
      if (v !== undefined && v !== null && v !== "") cells.set(addr, v);
    }
    out.set(name, cells);
  });
  return out;
};

export const cellsOfRead = (r: ReadResult): CellMap | string =>
  r.ok ? cellsOfGrids(r.grids) : `${r.reason}: ${r.detail}`;

const show = (v: CellValue | undefined): string =>
  v === undefined
    ? "(none)"
    : isCellDate(v)
      ? `date ${v.date}`
      : isCellError(v)
        ? `error ${v.error}`
        : JSON.stringify(v);

const same = (a: CellValue | undefined, b: CellValue | undefined): boolean => {
  if (typeof a === "number" && typeof b === "number")
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (a !== undefined && b !== undefined && a !== null && b !== null && isCellDate(a) && isCellDate(b))
    return a.date === b.date;
  if (a !== undefined && b !== undefined && a !== null && b !== null && isCellError(a) && isCellError(b))
    return a.error === b.error;
  return a === b;
};

/** Every cell where the two maps differ (sheets the other reader lacks count as wholly different). */
export const diffCells = (ours: CellMap, theirs: CellMap): CellDifference[] => {
  const out: CellDifference[] = [];
  for (const sheet of new Set([...ours.keys(), ...theirs.keys()])) {
    const a = ours.get(sheet) ?? new Map<string, CellValue>();
    const b = theirs.get(sheet) ?? new Map<string, CellValue>();
    for (const cell of new Set([...a.keys(), ...b.keys()]))
      if (!same(a.get(cell), b.get(cell)))
        out.push({ sheet, cell, ours: show(a.get(cell)), theirs: show(b.get(cell)) });
  }
  return out;
};

/** Hidden rows and columns per sheet, as sorted 1-based numbers. */
export type HiddenMap = Map<string, { readonly rows: number[]; readonly columns: number[] }>;

export const hiddenOfRead = (r: ReadResult & { ok: true }): HiddenMap => {
  const numbers = (spans: readonly { first: number; last: number }[]) =>
    spans.flatMap((s) => Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i));
  return new Map(
    r.sheets.map((s) => [s.name, { rows: numbers(s.hiddenRows), columns: numbers(s.hiddenColumns) }] as const),
  );
};

/**
 * SheetJS 0.20.3's hidden rows and columns (`!rows`/`!cols`, read only with cellStyles), up to
 * the given caps; worksheets only. SheetJS reads them from .xlsx, not from OpenDocument.
 */
export const sheetJsHidden = (bytes: Uint8Array, maxRows: number, maxColumns: number): HiddenMap => {
  // cellFormula off as in sheetJsCells: SheetJS throws shifting some shared formulas and drops the sheet.
  const wb = XLSX.read(bytes, { type: "array", cellStyles: true, cellFormula: false });
  const hidden = (lines: readonly ({ hidden?: boolean } | undefined)[] | undefined, cap: number) =>
    (lines ?? []).flatMap((line, i) => (line?.hidden === true && i < cap ? [i + 1] : []));
  const out: HiddenMap = new Map();
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    const type: string | undefined = ws?.["!type"];
    if (!ws || type === "chart" || type === "macro" || type === "dialog") continue;
    out.set(name, { rows: hidden(ws["!rows"], maxRows), columns: hidden(ws["!cols"], maxColumns) });
  }
  return out;
};
