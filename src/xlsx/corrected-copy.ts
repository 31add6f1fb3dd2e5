import ExcelJS from "exceljs";
import {
  canonicalLayout,
  cellText,
  LIST_SHEET,
  type CellValue,
  type Fix,
  type LayoutColumn,
  type MeasureRecord,
  type PlanConfig,
  type TableReport,
} from "../core";
import { cellFor } from "./consolidated/measures-sheet";
import { excelDate, safeText } from "./consolidated/sheet-kit";

export interface CopyOutcome {
  readonly bytes: Uint8Array;
  /** A corrected copy of the office's file, or a new canonical workbook when a rewrite would lose parts. */
  readonly kind: "corrected-copy" | "new-workbook";
  /** Why a new workbook was made instead (German), or null. */
  readonly reason: string | null;
  readonly fixesApplied: number;
}

const PART_DE: Readonly<Record<string, string>> = {
  "xl/charts/": "Diagramme",
  "xl/pivotTables/": "Pivot-Tabellen",
  "xl/drawings/": "Zeichnungen/Bilder",
  "xl/vbaProject.bin": "Makros",
  "xl/externalLinks/": "externe Verknüpfungen",
};

const toExcel = (v: CellValue): ExcelJS.CellValue => {
  if (v === null) return null;
  if (typeof v === "object") return "date" in v ? excelDate(v.date) : v.error;
  return v;
};

/** Drop-downs from a hidden list sheet, formats, a frozen header: the canonical structure. */
const structure = (
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  headerRow: number,
  lastRow: number,
  columns: readonly { column: number; layout: LayoutColumn }[],
): void => {
  const lists = wb.getWorksheet(LIST_SHEET) ?? wb.addWorksheet(LIST_SHEET, { state: "hidden" });
  let listColumn = 0;
  for (const { column, layout } of columns) {
    const rows = Math.max(lastRow, headerRow + 1);
    if (layout.list) {
      listColumn++;
      layout.list.forEach((v, i) => (lists.getCell(i + 1, listColumn).value = v));
      const letter = lists.getColumn(listColumn).letter;
      for (let r = headerRow + 1; r <= rows; r++)
        ws.getCell(r, column).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [`'${LIST_SHEET}'!$${letter}$1:$${letter}$${layout.list.length}`],
        };
    }
    if (layout.format) for (let r = headerRow + 1; r <= rows; r++) ws.getCell(r, column).numFmt = layout.format;
    ws.getColumn(column).width = Math.max(ws.getColumn(column).width ?? 0, layout.width);
  }
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
};

/** A new workbook with the measure table in the canonical layout, built from the normalised rows. */
export const canonicalWorkbook = async (
  records: readonly MeasureRecord[],
  plan: PlanConfig,
  sheetName = "Maßnahmen",
): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  const layout = canonicalLayout(plan);
  const extras = [...new Set(records.flatMap((r) => r.extras.map((e) => e.header)))];
  ws.addRow([...layout.map((c) => c.label), ...extras]);
  for (const r of records) {
    const values = layout.map((c) => cellFor(c.key, r.row) ?? r.unparsed.find((u) => u.field === c.key)?.text ?? null);
    const extraValues = extras.map((h) => {
      const e = r.extras.find((x) => x.header === h);
      return e === undefined ? null : typeof e.value === "object" && e.value !== null ? cellText(e.value) : e.value;
    });
    ws.addRow([...values, ...extraValues].map((v) => safeText(v)) as ExcelJS.CellValue[]);
  }
  ws.getRow(1).font = { bold: true };
  structure(
    wb,
    ws,
    1,
    records.length + 1,
    layout.map((l, i) => ({ column: i + 1, layout: l })),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
};

/**
 * The office's workbook with the chosen fixes applied, headers renamed to the canonical labels in
 * place, drop-downs and formats added. A file with parts exceljs cannot rewrite (charts, pivots,
 * macros) gets a new canonical workbook instead, and the reason says so: nothing is lost silently.
 * The input bytes are never modified; the caller names the copy.
 */
export const correctedCopy = async (
  bytes: Uint8Array,
  report: TableReport,
  plan: PlanConfig,
  lossyParts: readonly string[],
  fixes: readonly Fix[],
): Promise<CopyOutcome> => {
  if (lossyParts.length > 0) {
    const parts = [
      ...new Set(lossyParts.map((p) => Object.entries(PART_DE).find(([k]) => p.startsWith(k))?.[1] ?? p)),
    ].join(", ");
    return {
      bytes: await canonicalWorkbook(report.records, plan),
      kind: "new-workbook",
      reason: `Die Datei enthält ${parts}. Eine korrigierte Kopie würde diese Teile verlieren; deshalb enthält die neue Arbeitsmappe nur die Maßnahmentabelle in der Standardform (Korrekturen sind darin übernommen).`,
      fixesApplied: 0,
    };
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = report.sheet ? wb.getWorksheet(report.sheet) : undefined;
  if (!ws || !report.header)
    return {
      bytes: await canonicalWorkbook(report.records, plan),
      kind: "new-workbook",
      reason: "Die Maßnahmentabelle war im Original nicht eindeutig zu finden.",
      fixesApplied: 0,
    };
  for (const f of fixes) {
    const cell = ws.getCell(f.cell);
    if (f.format) cell.numFmt = f.format;
    cell.value = toExcel(f.to);
  }
  const layout = new Map(canonicalLayout(plan).map((c) => [c.key, c]));
  const columns = report.header.columns
    .filter((c) => c.key !== null)
    .map((c) => ({ column: c.column, layout: layout.get(c.key!)! }));
  for (const { column, layout: l } of columns) ws.getCell(report.header.row, column).value = l.label;
  const lastRow = Math.max(report.header.row + 1, ...report.records.map((r) => r.source.row));
  structure(wb, ws, report.header.row, lastRow, columns);
  return {
    bytes: new Uint8Array(await wb.xlsx.writeBuffer()),
    kind: "corrected-copy",
    reason: null,
    fixesApplied: fixes.length,
  };
};

/** "Sozialamt.xlsx" → "Sozialamt (korrigiert).xlsx": the copy never takes the original's name. */
export const copyName = (original: string, kind: CopyOutcome["kind"]): string => {
  const base = original.replace(/\.xls[xm]$/i, "");
  return kind === "corrected-copy" ? `${base} (korrigiert).xlsx` : `${base} (Standardtabelle).xlsx`;
};
