import {
  planIndex,
  isCellDate,
  textOrNull,
  validateGrid,
  type CellValue,
  type Grid,
  type PlanConfig,
  type ReportChange,
  type ReportInput,
  readMoney,
} from "../core";
import {
  changeHeader,
  CHANGE_KIND,
  FACT,
  FORMER_LABEL,
  MEASURE_HEADER,
  REPORTING_LABEL,
  SCOPE,
  SHEET,
  sheetLabels,
} from "./consolidated/labels";
import { EXCEL_MAX_ROWS } from "./consolidated/layout";
import { readWorkbookGrids } from "./read-workbook";
import { readRegister } from "./register/read-register";

export type ConsolidatedRead =
  | { readonly ok: true; readonly input: ReportInput }
  | { readonly ok: false; readonly message: string };

/** The grid's cell values by physical position (1-based), blanks as null. */
const valueAt = (g: Grid, row: number, column: number): CellValue =>
  g.rows[row - g.top]?.[column - g.left]?.value ?? null;

/** Übersicht: label in column A, value in column B (overview-sheet.ts writes them so). */
const facts = (g: Grid): Map<string, CellValue> => {
  const out = new Map<string, CellValue>();
  for (let r = g.top; r < g.top + g.rows.length; r++) {
    const label = textOrNull(valueAt(g, r, 1));
    if (label !== null && !out.has(label)) out.set(label, valueAt(g, r, 2));
  }
  return out;
};

const dateOf = (v: CellValue | undefined): string | null =>
  v !== undefined && v !== null && isCellDate(v) ? v.date.slice(0, 10) : null;

const count = (v: CellValue | undefined): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

const KINDS = new Set<string>(Object.values(CHANGE_KIND));
const percent = (v: CellValue): number | null => (typeof v === "number" ? Math.round(v * 10000) / 100 : null);

type ChangeColumn = keyof ReturnType<typeof changeHeader>;

/**
 * Änderungen: the table the merge writes with --previous (header in row 1), under the plan's labels
 * or, written by an earlier version, under the fixed ones.
 */
const changes = (g: Grid, plan: PlanConfig): ReportChange[] => {
  const header = new Map<string, number>();
  for (let c = g.left; c < g.left + (g.rows[0]?.length ?? 0); c++) {
    const h = textOrNull(valueAt(g, g.top, c));
    if (h !== null) header.set(h, c);
  }
  const spellings = [changeHeader(sheetLabels(plan)), changeHeader(FORMER_LABEL)];
  const col = (key: ChangeColumn) => spellings.map((s) => header.get(s[key])).find((c) => c !== undefined) ?? -1;
  const out: ReportChange[] = [];
  for (let r = g.top + 1; r < g.top + g.rows.length; r++) {
    const id = textOrNull(valueAt(g, r, col("measureId")));
    const kind = textOrNull(valueAt(g, r, col("kind")));
    if (id === null || kind === null || !KINDS.has(kind as ReportChange["kind"])) continue;
    out.push({
      measureId: id,
      kind: kind as ReportChange["kind"],
      statusBefore: textOrNull(valueAt(g, r, col("statusBefore"))),
      statusNow: textOrNull(valueAt(g, r, col("statusNow"))),
      progressBefore: percent(valueAt(g, r, col("progressBefore"))),
      progressNow: percent(valueAt(g, r, col("progressNow"))),
      measure: textOrNull(valueAt(g, r, col("measure"))),
      noteBefore: textOrNull(valueAt(g, r, col("noteBefore"))),
      noteNow: textOrNull(valueAt(g, r, col("noteNow"))),
    });
  }
  return out;
};

/** The measure IDs on "Abweichungen vom Masterplan", one per deviation (its first column; a note when empty). */
const deviationIds = (g: Grid | undefined, pattern: RegExp): string[] => {
  if (!g) return [];
  const out: string[] = [];
  for (let r = g.top + 1; r < g.top + g.rows.length; r++) {
    const id = textOrNull(valueAt(g, r, g.left));
    if (id !== null && pattern.test(id)) out.push(id);
  }
  return out;
};

/**
 * Reads a consolidated workbook written by `merge` back into what the progress report needs: the
 * measures (the "Maßnahmen" sheet, read by the same core as any office table), the run's facts
 * from "Übersicht" and the "Änderungen" list when there is one. Anything else is refused with a
 * German sentence: a report must never rest on a workbook that is not ours.
 */
export const readConsolidated = async (
  bytes: Uint8Array,
  name: string,
  plan: PlanConfig,
): Promise<ConsolidatedRead> => {
  // Our own output may hold up to Excel's row limit: read all of it, not the office-file cap.
  const read = await readWorkbookGrids(bytes, { maxRows: EXCEL_MAX_ROWS });
  if (!read.ok) return { ok: false, message: `${name} ist keine lesbare Excel-Arbeitsmappe.` };
  const sheet = (n: string) => read.grids.find((g) => g.sheet === n);
  const measures = sheet(SHEET.measures);
  const overview = sheet(SHEET.overview);
  if (!measures || !overview)
    return {
      ok: false,
      message: `${name} ist kein konsolidierter Umsetzungsstand (die Blätter „Übersicht“ und „Maßnahmen“ fehlen). Bitte die Datei von „aktionsplan merge“ angeben.`,
    };
  // The register (Verlauf, Entscheidungen) feeds the report's history; a broken one is refused like any input.
  const register = readRegister(read.grids, name, plan);
  if (!register.ok) return { ok: false, message: register.message };
  const f = facts(overview);
  const stand = f.get(FACT.runDate);
  const runDate = stand !== undefined && stand !== null && isCellDate(stand) ? stand.date.slice(0, 10) : null;
  if (runDate === null)
    return { ok: false, message: `${name}: im Blatt „Übersicht“ fehlt das Datum „Stand (Datum des Laufs)“.` };
  // The run date is "today" for the rules, so overdue means what it meant in the workbook.
  const report = validateGrid(measures, plan, { today: runDate, required: ["measureId"] });
  // The merge lists its N measures first, then the rows whose ID it could not read, shown as typed
  // ("3.1" typed as a number, a date): those are no measure of the Übersicht's count, and re-read as
  // text some would pass as IDs, so only the first N rows are measures.
  const n = f.get(FACT.measures);
  const measureRows = report.records
    .filter((r) => r.row.measureId !== null)
    .slice(0, typeof n === "number" ? n : undefined);
  const changed = sheet(SHEET.changes);
  // With a master plan the merge lists every measure of the plan and says in "Meldung" how it stands.
  const reporting = (r: (typeof measureRows)[number]) =>
    r.extras.find((e) => e.header === MEASURE_HEADER.reporting)?.value ?? REPORTING_LABEL.reported;
  const withMaster = f.get(FACT.scope) === SCOPE.master;
  const scope = withMaster
    ? {
        planned: count(f.get(FACT.planned)),
        officesExpected: count(f.get(FACT.officesExpected)),
        officesReplied: count(f.get(FACT.officesReplied)),
        deviations: count(f.get(FACT.deviations)),
      }
    : null;
  return {
    ok: true,
    input: {
      plan,
      rows: measureRows.filter((r) => reporting(r) === REPORTING_LABEL.reported).map((r) => r.row),
      ...(scope
        ? {
            scope,
            unreported: measureRows.filter((r) => reporting(r) === REPORTING_LABEL.unreported).map((r) => r.row),
            notInMaster: measureRows.filter((r) => reporting(r) === REPORTING_LABEL.notInMaster).map((r) => r.row),
            deviationIds: deviationIds(sheet(SHEET.deviations), planIndex(plan).ids.pattern),
          }
        : {}),
      changes: changed ? changes(changed, plan) : null,
      register: register.register
        ? { history: register.register.history, decisions: register.register.decisions }
        : null,
      // The office's money columns travel as "Zusatz: …" columns: read with the merge's own reading.
      ...(plan.money
        ? {
            money: new Map(
              measureRows
                .filter((r) => reporting(r) === REPORTING_LABEL.reported)
                .map((r) => [r.row.measureId!, readMoney(plan, r.extras).values] as const),
            ),
          }
        : {}),
      facts: {
        runDate,
        source: name,
        files: count(f.get(FACT.files)),
        unreadable: count(f.get(FACT.unreadable)),
        rowsRead: count(f.get(FACT.rowsRead)),
        errors: count(f.get(FACT.errors)),
        warnings: count(f.get(FACT.warnings)),
        round: textOrNull(f.get(FACT.round) ?? null),
        cutoff: dateOf(f.get(FACT.cutoff)),
      },
    },
  };
};
