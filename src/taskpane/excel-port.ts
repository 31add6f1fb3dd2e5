// The "Excel port": the only module that calls Excel.run and context.sync (STYLE.md). Every
// operation queues its work and syncs a fixed number of times (per chunk of rows), never per cell.
// Enum values are written as their string literals: the Office.js API accepts them, and the fake
// Excel used in tests and the test page has no global `Excel` namespace.
import {
  columnLetter,
  isoToSerial,
  LIST_SHEET,
  SEVERITY_COLOR,
  type CellValue,
  type Fix,
  type Grid,
  type LayoutColumn,
  type Severity,
} from "../core";
import { addressGroups, cellsOfAddress } from "./cell-address";
import { rowChunks } from "./chunking";
import type { ExcelHost } from "./host";
import { gridFromOffice, type OfficeBlock } from "./office-cells";

/** Our conditional formats carry this formula, so "remove highlights" deletes exactly ours. */
export const HIGHLIGHT_FORMULA = '=ISTEXT("Aktionsplan-Monitor")';
const FIXES_PER_SYNC = 2_000;

export interface SheetSnapshot {
  readonly sheet: string;
  readonly grid: Grid;
  readonly tables: readonly string[];
  readonly syncs: number;
}

export interface HighlightCell {
  readonly cell: string;
  readonly severity: Severity;
}

export interface StructurePlan {
  /** Header row (1-based) and, per physical column, the canonical label to write (null: keep). */
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly lastRow: number;
  readonly renames: readonly { readonly column: number; readonly label: string }[];
  /** Canonical columns the table lacks, appended after the last column. */
  readonly append: readonly LayoutColumn[];
  /** Layout per physical column (after appending), for formats, lists and widths. */
  readonly columns: readonly { readonly column: number; readonly layout: LayoutColumn }[];
}

export type StructureOutcome =
  | { readonly ok: true; readonly backup: string | null }
  | { readonly ok: false; readonly reason: "protected" | "merged" | "table-conflict"; readonly detail: string };

const cellValueForExcel = (v: CellValue, date1904: boolean): string | number | boolean => {
  if (v === null) return "";
  if (typeof v === "object") return "date" in v ? (isoToSerial(v.date, date1904) ?? v.date) : v.error;
  return v;
};

export const createExcelPort = (host: ExcelHost) => {
  const date1904Of = async (context: Excel.RequestContext): Promise<boolean> => {
    if (!host.supports("1.16")) return false;
    const wb = context.workbook as unknown as { use1904DateSystem: boolean; load(p: string): void };
    wb.load("use1904DateSystem");
    return false || (await context.sync().then(() => wb.use1904DateSystem === true));
  };

  return {
    /** Reads the active sheet's used range in chunks: 1 (+1 for the date system) + one sync per chunk. */
    readActiveSheet: () =>
      host.run(async (context) => {
        let syncs = 0;
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        sheet.tables.load("items/name");
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        syncs++;
        const date1904 = await date1904Of(context);
        if (host.supports("1.16")) syncs++;
        if (used.isNullObject)
          return {
            sheet: sheet.name,
            grid: { sheet: sheet.name, top: 1, left: 1, rows: [] },
            tables: sheet.tables.items.map((t) => t.name),
            syncs,
          };
        const blocks: OfficeBlock[] = [];
        for (const chunk of rowChunks(used.rowCount, used.columnCount)) {
          const range = sheet.getRangeByIndexes(
            used.rowIndex + chunk.offset,
            used.columnIndex,
            chunk.rows,
            used.columnCount,
          );
          range.load("values,numberFormat,valueTypes");
          const formulas = range.getSpecialCellsOrNullObject("Formulas");
          formulas.load("address");
          await context.sync();
          syncs++;
          blocks.push({
            sheet: sheet.name,
            top: used.rowIndex + chunk.offset + 1,
            left: used.columnIndex + 1,
            values: range.values,
            numberFormat: range.numberFormat,
            valueTypes: range.valueTypes as unknown as string[][],
            formulaCells: new Set(formulas.isNullObject ? [] : cellsOfAddress(formulas.address)),
          });
        }
        return {
          sheet: sheet.name,
          grid: gridFromOffice(blocks, date1904),
          tables: sheet.tables.items.map((t) => t.name),
          syncs,
        } satisfies SheetSnapshot;
      }),

    select: (cell: string) =>
      host.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange(cell).select();
        await context.sync();
      }),

    /** Adds one conditional format per severity and address group: our fills never overwrite the office's own. */
    highlight: (cells: readonly HighlightCell[]) =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        for (const severity of ["info", "warning", "error"] as const) {
          const addresses = cells.filter((c) => c.severity === severity).map((c) => c.cell);
          for (const group of addressGroups(addresses)) {
            const cf = sheet.getRanges(group).conditionalFormats.add("Custom");
            cf.custom.rule.formula = HIGHLIGHT_FORMULA;
            cf.custom.format.fill.color = `#${SEVERITY_COLOR[severity]}`;
          }
        }
        await context.sync();
        return 1;
      }),

    /** Deletes exactly the conditional formats this add-in created (recognised by their formula). */
    clearHighlights: () =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        const used = sheet.getUsedRangeOrNullObject();
        await context.sync();
        if (used.isNullObject) return 0;
        const formats = used.conditionalFormats;
        formats.load("items/type,items/custom/rule/formula");
        await context.sync();
        const ours = formats.items.filter((f) => f.type === "Custom" && f.custom.rule.formula === HIGHLIGHT_FORMULA);
        ours.forEach((f) => f.delete());
        await context.sync();
        return ours.length;
      }),

    /** Writes the chosen fixes, with events off so our own writes do not trigger re-validation. */
    applyFixes: (fixes: readonly Fix[], date1904: boolean) =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        const events = host.supports("1.8");
        if (events) context.runtime.enableEvents = false;
        let syncs = 0;
        try {
          for (let i = 0; i < fixes.length; i += FIXES_PER_SYNC) {
            for (const fix of fixes.slice(i, i + FIXES_PER_SYNC)) {
              const range = sheet.getRange(fix.cell);
              // Text format first, so "3.2.1" is stored as text and not turned into a date again.
              if (fix.format) range.numberFormat = [[fix.format]];
              range.values = [[cellValueForExcel(fix.to, date1904)]];
            }
            await context.sync();
            syncs++;
          }
        } finally {
          if (events) {
            context.runtime.enableEvents = true;
            await context.sync();
            syncs++;
          }
        }
        return syncs;
      }),

    /** Structures the table in place: canonical headers, a table, drop-downs, formats, frozen header, widths. */
    structure: (
      plan: StructurePlan,
      lists: ReadonlyMap<string, readonly string[]>,
      options: { backup: boolean } = { backup: true },
    ): Promise<StructureOutcome> =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        sheet.protection.load("protected");
        sheet.tables.load("items/name");
        const area = sheet.getRangeByIndexes(
          plan.headerRow - 1,
          plan.firstColumn - 1,
          plan.lastRow - plan.headerRow + 1,
          plan.lastColumn - plan.firstColumn + 1 + plan.append.length,
        );
        const merged = host.supports("1.13") ? area.getMergedAreasOrNullObject() : null;
        merged?.load("address");
        const listSheet = context.workbook.worksheets.getItemOrNullObject(LIST_SHEET);
        await context.sync();
        if (sheet.protection.protected) return { ok: false, reason: "protected", detail: sheet.name };
        if (merged && !merged.isNullObject) return { ok: false, reason: "merged", detail: merged.address };
        let backup: string | null = null;
        if (options.backup && host.supports("1.10")) {
          const copy = sheet.copy("End");
          copy.load("name");
          await context.sync();
          backup = copy.name;
        }
        context.runtime.enableEvents = false;
        for (const r of plan.renames) sheet.getCell(plan.headerRow - 1, r.column - 1).values = [[r.label]];
        plan.append.forEach(
          (col, i) => (sheet.getCell(plan.headerRow - 1, plan.lastColumn + i).values = [[col.label]]),
        );
        const lists2 = listSheet.isNullObject ? context.workbook.worksheets.add(LIST_SHEET) : listSheet;
        [...lists.entries()].forEach(([, values], i) => {
          lists2.getRangeByIndexes(0, i, values.length, 1).values = values.map((v) => [v]);
        });
        lists2.visibility = "Hidden";
        const listIndex = new Map([...lists.keys()].map((k, i) => [k, i]));
        const dataRows = Math.max(1, plan.lastRow - plan.headerRow);
        for (const { column, layout } of plan.columns) {
          const data = sheet.getRangeByIndexes(plan.headerRow, column - 1, dataRows, 1);
          if (layout.format) data.numberFormat = [[layout.format]] as unknown as string[][];
          const li = listIndex.get(layout.key);
          const values = lists.get(layout.key);
          if (li !== undefined && values) {
            data.dataValidation.clear();
            data.dataValidation.rule = {
              list: {
                inCellDropDown: true,
                source: `='${LIST_SHEET}'!$${columnLetter(li + 1)}$1:$${columnLetter(li + 1)}$${values.length}`,
              },
            };
          }
          sheet.getRangeByIndexes(0, column - 1, 1, 1).format.columnWidth = layout.width * 7;
          if (layout.wrap) data.format.wrapText = true;
        }
        if (sheet.tables.items.length === 0) sheet.tables.add(area, true);
        sheet.freezePanes.freezeRows(plan.headerRow);
        context.runtime.enableEvents = true;
        await context.sync();
        return { ok: true, backup };
      }),

    /** A new sheet with the canonical header row, made active; `structure` then adds table, lists and formats. */
    addHeaderSheet: (labels: readonly string[], name: string) =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.add(name);
        sheet.getRangeByIndexes(0, 0, 1, labels.length).values = [[...labels]];
        sheet.activate();
        await context.sync();
        return name;
      }),

    /** Calls back whenever the active sheet changes (the UI debounces). Returns an unsubscribe. */
    onChanged: (callback: () => void) =>
      host.run(async (context) => {
        const handler = context.workbook.worksheets.getActiveWorksheet().onChanged.add(async () => callback());
        await context.sync();
        return () =>
          host.run(async (ctx) => {
            handler.remove();
            await ctx.sync();
          });
      }),
  };
};

export type ExcelPort = ReturnType<typeof createExcelPort>;
