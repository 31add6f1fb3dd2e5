import ExcelJS from "exceljs";
import type { ColumnKey, IssueCode, PlanConfig } from "../core";
import { TABLE_SHEET } from "../xlsx/template";
import { toExampleFile, type ExampleFile } from "./example-sheet";

/** A mistake planted in a returned template, at the cell Excel shows, with the code that must find it. */
export interface PlantedFinding {
  readonly file: string;
  readonly cell: string;
  readonly code: IssueCode;
}

const HEADER_SEARCH = 20;

const headerOf = (ws: ExcelJS.Worksheet, plan: PlanConfig): { row: number; columns: Map<ColumnKey, number> } => {
  for (let row = 1; row <= HEADER_SEARCH; row++) {
    const columns = new Map<ColumnKey, number>();
    ws.getRow(row).eachCell((cell, col) => {
      const spec = plan.columns.find((c) => c.label === cell.value);
      if (spec) columns.set(spec.key, col);
    });
    if (columns.has("measureId")) return { row, columns };
  }
  throw new Error("Vorlage ohne Kopfzeile");
};

const dayOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * An office's template as the office returns it: every measure with a status from the plan's scale,
 * a progress inside that status's range, a Sachstand and the Stand of the round's Stichtag. The
 * `office`-th file of a round plants a mistake or two (an unknown status, 120 %, a Stand after the
 * Stichtag), so that the merge has something to find.
 */
export const fillReturn = async (
  template: Uint8Array,
  fileName: string,
  plan: PlanConfig,
  cutoff: string,
  office: number,
): Promise<{ file: ExampleFile; planted: PlantedFinding[] }> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(TABLE_SHEET);
  if (!ws) throw new Error(`${fileName}: kein Blatt ${TABLE_SHEET}`);
  const { row: header, columns } = headerOf(ws, plan);
  const statuses = plan.statuses.filter((s) => s.category !== "dropped");
  const planted: PlantedFinding[] = [];
  const put = (row: number, key: ColumnKey, value: ExcelJS.CellValue) => {
    const col = columns.get(key);
    if (col === undefined) return null;
    const cell = ws.getCell(row, col);
    cell.value = value;
    return cell.address;
  };
  for (let row = header + 1, n = 0; ws.getCell(row, columns.get("measureId")!).value; row++, n++) {
    const status = statuses[(n + office) % statuses.length]!;
    const percent = Math.round((status.progress.min + status.progress.max) / 2);
    put(row, "status", status.value);
    put(row, "progress", percent / 100);
    put(row, "note", `Sachstand zum Stichtag: ${status.label}.`);
    put(row, "actualValue", String(percent));
    put(row, "asOf", dayOf(cutoff));
    const plant = (code: IssueCode, key: ColumnKey, value: ExcelJS.CellValue) => {
      const cell = put(row, key, value);
      if (cell) planted.push({ file: fileName, cell, code });
    };
    if (office === 0 && n === 0) plant("cell/enum", "status", "fast fertig");
    if (office === 0 && n === 1) plant("cell/progress-range", "progress", 1.2);
  }
  return { file: await toExampleFile(fileName, wb), planted };
};
