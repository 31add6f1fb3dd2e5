import { NO_REPORT, validateGrid, type MasterMeasure, type PlanConfig, type PreviousMeasure, type ReportIssue } from "../core";
import { checkWorkbookBytes, CONSOLIDATED_SHEET, MEASURE_HEADER, readWorkbookGrids } from "../xlsx";
import { EXCEL_MAX_ROWS, readInputBytes, sha256 } from "../xlsx/node";
import { CliError } from "./cli-error";
import { MAX_INPUT_BYTES } from "./gather-inputs";

const MASTER_SILENT = new Set(["cell/overdue", "cell/coverage-missing", "cell/coverage-unnamed", "cell/status-progress", "header/unknown"]);

/** The master plan's measures; its own issues are returned for the report, a broken file is a usage error. */
export const readMaster = async (path: string, plan: PlanConfig, today: string): Promise<{ measures: MasterMeasure[]; issues: ReportIssue[] }> => {
  const read = await readInputBytes(path, MAX_INPUT_BYTES);
  if (!read.ok) throw new CliError(`Masterplan ${path} kann nicht gelesen werden (${read.reason}).`);
  // A master plan has no status yet: only the plan's identifying columns are required.
  const checked = await checkWorkbookBytes(path, sha256(read.bytes), read.bytes, plan, today, { required: ["measureId", "field", "measure", "leadOffice"] });
  if (checked.result.status === "unreadable" || checked.report === null || checked.report.header === null)
    throw new CliError(`Masterplan ${path}: ${checked.result.issues[0]?.message ?? "keine Maßnahmentabelle gefunden"}`);
  const measures = checked.records
    .filter((r) => r.row.measureId !== null)
    .map((r) => ({ measureId: r.row.measureId!, field: r.row.field, measure: r.row.measure, leadOffice: r.row.leadOffice, budget: r.row.budget, row: r.row }));
  // A master plan has no reporting columns yet: rules about status, progress, overdue and
  // Deckungsvorschlag speak to the offices' returns, not to the plan.
  return { measures, issues: checked.result.issues.filter((i) => !MASTER_SILENT.has(i.code)) };
};

/** Status and progress per measure from an earlier consolidated workbook's "Maßnahmen" sheet. */
export const readPrevious = async (path: string, plan: PlanConfig, today: string): Promise<PreviousMeasure[]> => {
  const read = await readInputBytes(path, MAX_INPUT_BYTES);
  if (!read.ok) throw new CliError(`Vorheriger Stand ${path} kann nicht gelesen werden (${read.reason}).`);
  // An earlier consolidated workbook may hold up to Excel's row limit: read all of it.
  const grids = await readWorkbookGrids(read.bytes, { maxRows: EXCEL_MAX_ROWS });
  const sheet = grids.ok ? grids.grids.find((g) => g.sheet === CONSOLIDATED_SHEET.measures) : undefined;
  if (!sheet) throw new CliError(`Vorheriger Stand ${path}: kein Blatt „Maßnahmen“ (ist das ein konsolidierter Umsetzungsstand?).`);
  const report = validateGrid(sheet, plan, { today, required: ["measureId"] });
  // A measure nobody reported last time has a row ("keine Meldung") but no status to compare with.
  const unreported = (r: (typeof report.records)[number]) => r.extras.some((e) => e.header === MEASURE_HEADER.reporting && e.value === NO_REPORT);
  return report.records
    .filter((r) => r.row.measureId !== null && !unreported(r))
    .map((r) => ({ measureId: r.row.measureId!, status: r.row.status, progress: r.row.progress, note: r.row.note }));
};

