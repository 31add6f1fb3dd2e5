import {
  withAddedIssues,
  withTemplateChecks,
  fileIssue,
  fileResultFromReport,
  unreadableInput,
  validateWorkbook,
  type ColumnKey,
  type FileResult,
  type MergeInput,
  type PlanConfig,
  type TableReport,
} from "../core";
import { SHEET } from "./consolidated/labels";
import { readWorkbookGrids, type ReadOptions } from "./read-workbook";
import { DEFAULT_GRID_CAPS } from "./sheet-grid";
import { IDENTITY_SHEET, readIdentity } from "./template/identity";

export interface CheckedWorkbook extends MergeInput {
  /** The full table report (fixes, header) for callers that act on it; null when unreadable. */
  readonly report: TableReport | null;
  /** Sheet names, to recognise our own outputs among inputs. */
  readonly sheets: readonly string[];
  readonly hasMacros: boolean;
  readonly lossyParts: readonly string[];
}

/** Sheets only the consolidated workbook has: such a file among the inputs is our own earlier output. */
const OWN_OUTPUT_SHEETS = [SHEET.overview, SHEET.issues, SHEET.sources];

/**
 * Reads and validates one workbook from bytes: the same path for the CLI (in a worker), the
 * browser page and tests. Never throws on bad input: an unreadable file is a result.
 */
export const checkWorkbookBytes = async (
  file: string,
  sha256: string,
  bytes: Uint8Array,
  plan: PlanConfig,
  today: string,
  options: ReadOptions & { required?: readonly ColumnKey[] } = {},
): Promise<CheckedWorkbook> => {
  const { required, ...readOptions } = options;
  const read = await readWorkbookGrids(bytes, readOptions);
  if (!read.ok)
    return {
      ...unreadableInput(file, sha256, read.reason, read.detail),
      report: null,
      sheets: [],
      hasMacros: false,
      lossyParts: [],
      template: null,
    };
  const sheets = read.sheets.map((s) => s.name);
  // A template's identity sheet is never the measure table; what it says adds the template checks.
  const identityGrid = read.grids.find((g) => g.sheet === IDENTITY_SHEET);
  const identity = identityGrid ? readIdentity(identityGrid) : null;
  const own = OWN_OUTPUT_SHEETS.every((s) => sheets.includes(s));
  // Our own consolidated workbook has several lists with an ID column; only its measures sheet
  // counts (its other lists are no measure tables of an office, and would only add noise).
  const tables = read.grids.filter((g) => g !== identityGrid && (!own || g.sheet === SHEET.measures));
  const validated = validateWorkbook(tables, plan, { today, ...(required ? { required } : {}) });
  const report = identity ? withTemplateChecks(validated, identity, plan) : validated;
  // The table's sheet cut at the reader's caps: say so, as an error, rather than merge part of it.
  // Every sheet read as a measure table counts, not only the one that names the file's table.
  const tableSheets = new Set([report.sheet, ...report.records.map((r) => r.source.sheet)]);
  const cuts = read.sheets.filter((s) => tableSheets.has(s.name) && s.truncated);
  const caps = { ...DEFAULT_GRID_CAPS, ...readOptions };
  const truncated = cuts.map((cut) =>
    fileIssue("file/truncated", {
      sheet: cut.name,
      lastRow: cut.lastRow,
      lastColumn: cut.lastColumn,
      maxRows: caps.maxRows,
      maxColumns: caps.maxColumns,
    }),
  );
  const checked: TableReport = truncated.length > 0 ? withAddedIssues(report, truncated) : report;
  const base = fileResultFromReport(file, sha256, checked);
  // Our own output is not merged, so findings about its sheets (read as if an office had written
  // them) would only mislead: the one thing to say is what the file is.
  const result: FileResult = own
    ? {
        ...base,
        rows: 0,
        status: "ok",
        issues: [
          fileIssue("file/own-output", { what: "ein konsolidierter Umsetzungsstand (Ausgabe des Zusammenführens)" }),
        ],
      }
    : base;
  return {
    result,
    records: own ? [] : checked.records,
    template: identity && {
      planId: identity.planId,
      round: identity.round,
      office: identity.office,
      version: identity.version,
      created: identity.created,
      cutoff: identity.cutoff,
      deadline: identity.deadline,
    },
    report: checked,
    sheets,
    hasMacros: read.flags.hasMacros,
    lossyParts: read.flags.lossyParts,
  };
};
