import {
  measuresOf,
  NO_REPORT,
  validateGrid,
  type MeasureRecord,
  type PlanConfig,
  type PreviousMeasure,
  type Register,
} from "../../core";
import { MEASURE_HEADER, SHEET } from "../consolidated/labels";
import { EXCEL_MAX_ROWS } from "../consolidated/layout";
import { readWorkbookGrids, type ReadOptions } from "../read-workbook";
import { readRegister } from "./read-register";

export type PreviousRead =
  | {
      readonly ok: true;
      readonly measures: readonly PreviousMeasure[];
      /** The plan register it carries (history, rounds, decisions); null for a workbook from before it. */
      readonly register: Register | null;
    }
  | { readonly ok: false; readonly message: string };

/**
 * An earlier consolidated workbook read as the plan register (`merge --previous`, or the browser
 * page's register file): its measures to compare with, and what it carries forward. A broken
 * register or one of another plan is refused with the German sentence that says where and why.
 */
export const readPreviousWorkbook = async (
  bytes: Uint8Array,
  name: string,
  plan: PlanConfig,
  today: string,
  options: ReadOptions = {},
): Promise<PreviousRead> => {
  // An earlier consolidated workbook may hold up to Excel's row limit: read all of it.
  const grids = await readWorkbookGrids(bytes, { ...options, maxRows: EXCEL_MAX_ROWS });
  const sheet = grids.ok ? grids.grids.find((g) => g.sheet === SHEET.measures) : undefined;
  if (!sheet)
    return {
      ok: false,
      message: `Vorheriger Stand ${name}: kein Blatt „Maßnahmen“ (ist das ein konsolidierter Umsetzungsstand?).`,
    };
  const register = readRegister(grids.ok ? grids.grids : [], name, plan);
  if (!register.ok) return { ok: false, message: register.message };
  const report = validateGrid(sheet, plan, { today, required: ["measureId"] });
  // A measure nobody reported last time has a row ("keine Meldung") but no status to compare with.
  const unreported = (r: MeasureRecord) =>
    r.extras.some((e) => e.header === MEASURE_HEADER.reporting && e.value === NO_REPORT);
  const measures: PreviousMeasure[] = measuresOf(
    report.records.filter((r) => !unreported(r)),
    ["status", "progress", "note", "measure"],
  );
  return { ok: true, measures, register: register.register };
};
