import { cellText, isBlankValue, type Grid } from "./cell";
import { progressScale, type ProgressScale } from "./normalise/progress-scale";
import type { ColumnKey } from "./columns/catalogue";
import type { Fix } from "./fix";
import { findHeaderRow, headerKeyOf, headerScorer, matchHeader } from "./header-detect";
import { SEVERITY_RANK, type Issue, type IssueCode, type Severity } from "./issue";
import { fileIssue, makeIssue, sheetIssue } from "./make-issue";
import type { ExtraValue, MeasureRecord } from "./measure-row";
import { normaliseRow } from "./normalise-row";
import type { PlanConfig } from "./plan-config";
import { fillMergedDown } from "./fill-merged";
import { LIST_SHEET } from "./layout";
import { planIndex, type PlanIndex } from "./plan-index";
import { isBlankRow, isTotalsRow } from "./row-kind";
import { activeRules, runCrossRowRules, runRowRules } from "./rules/engine";
import type { PlacedRow, RowContext } from "./rules/rule";
import { moneyIssues } from "./money/money-issues";
import { withAddedIssues, type TableReport } from "./table-report";

export interface ValidateOptions {
  /** ISO date; the core has no clock, so "overdue" depends only on what the caller passes. */
  readonly today: string;
  /** Overrides the plan's required columns, e.g. for a master plan that has no status yet. */
  readonly required?: readonly ColumnKey[];
}

/** The row's cell in the ID column holds something that names no column: a value, so a data row. */
const hasDataInIdCell = (grid: Grid, offset: number, idOffset: number | null, index: PlanIndex): boolean => {
  const cell = idOffset === null ? null : grid.rows[offset]?.[idOffset];
  if (cell === null || cell === undefined || isBlankValue(cell.value)) return false;
  return headerKeyOf(cellText(cell.value), index) === undefined;
};

/** The ID an Excel date or number in the ID cell reconstructs to, if any. */
const idProposalOf = (issues: readonly Issue[]): string | undefined => {
  for (const i of issues) if (i.code === "cell/id-not-text") return i.params.proposal;
  return undefined;
};

/** Notes on a value that was read: the value stands, so the rules still judge it. */
const READ_NOTES: ReadonlySet<IssueCode> = new Set([
  "cell/normalised",
  "cell/two-digit-year",
  "cell/ambiguous-synonym",
]);

/** A row none of whose cells has a finding yet: most rows, so they share one empty set. */
const NO_FIELDS: ReadonlySet<ColumnKey> = new Set();

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const labelOf = (plan: PlanConfig, key: ColumnKey): string => plan.columns.find((c) => c.key === key)?.label ?? key;
/** Two columns every plan has, as a message names them to say what a header looks like. */
const knownLabels = (plan: PlanConfig): string[] => [labelOf(plan, "measureId"), labelOf(plan, "status")];

const report = (
  sheet: string | null,
  header: TableReport["header"],
  issues: Issue[],
  records: MeasureRecord[],
  fixes: Fix[],
): TableReport => withAddedIssues({ sheet, header, issues: [], records, fixes }, issues);

type HeaderRow = ReturnType<typeof findHeaderRow>;

interface PlanKeys {
  readonly required: ReadonlySet<ColumnKey>;
  readonly fillMerged: ReadonlySet<ColumnKey>;
}
const keysByPlan = new WeakMap<PlanConfig, PlanKeys>();
/**
 * The plan's required and merged-down columns, once per plan: worked out in each grid's validation,
 * they made V8 throw away its optimised validation when a column spec of another shape came by.
 */
const planKeys = (plan: PlanConfig): PlanKeys => {
  let keys = keysByPlan.get(plan);
  if (keys === undefined) {
    const of = (pick: (c: PlanConfig["columns"][number]) => boolean) =>
      new Set(plan.columns.filter(pick).map((c) => c.key));
    keys = { required: of((c) => c.required), fillMerged: of((c) => c.fillMerged === true) };
    keysByPlan.set(plan, keys);
  }
  return keys;
};

/** Validates the measure table on one grid: header detection, row normalisation, row and cross-row rules. */
export const validateGrid = (sheet: Grid, plan: PlanConfig, options: ValidateOptions): TableReport =>
  validateGridAt(sheet, plan, options, findHeaderRow(sheet, planIndex(plan)));

/** validateGrid with the header row already found (validateWorkbook finds it to choose the sheet). */
const validateGridAt = (sheet: Grid, plan: PlanConfig, options: ValidateOptions, found: HeaderRow): TableReport => {
  const index = planIndex(plan);
  const rules = activeRules(plan);
  const required = options.required ? new Set(options.required) : planKeys(plan).required;
  if (found === null)
    return report(sheet.sheet, null, [sheetIssue("file/no-table", sheet.sheet, { labels: knownLabels(plan) })], [], []);
  let header = matchHeader(sheet, found.offset, found.score, index, required);
  const { fillMerged: fillKeys } = planKeys(plan);
  const grid = fillMergedDown(
    sheet,
    new Set(header.columns.filter((c) => c.key !== null && fillKeys.has(c.key)).map((c) => c.column)),
    header.row,
  );
  const issues: Issue[] = [...header.issues];
  const records: MeasureRecord[] = [];
  const fixes: Fix[] = [];
  const placed: PlacedRow[] = [];
  let idColumn = header.columns.find((c) => c.key === "measureId")?.column ?? null;
  let idOffset = idColumn === null ? null : idColumn - grid.left;
  // Fractions or percent is decided per progress column, from all its values, under each header.
  const scaleUnder = (offset: number, h: typeof header): ProgressScale => {
    const column = h.columns.find((c) => c.key === "progress")?.column;
    if (column === undefined) return "unknown";
    const s = progressScale(grid, offset, column);
    if (s.mixed)
      issues.push(
        makeIssue(
          "column/progress-mixed",
          { sheet: grid.sheet, row: grid.top + offset, column },
          {
            field: "progress",
            value: cellText(grid.rows[offset]?.[column - grid.left]?.value ?? null),
            params: { cells: [...s.mixed], label: labelOf(plan, "progress") },
          },
        ),
      );
    return s.scale;
  };
  let scale = scaleUnder(found.offset, header);
  // A second table further down the sheet starts with its own header row: read it with that header
  // rather than as a measure, so its rows are neither lost nor misread.
  const secondHeader = Math.max(2, Math.ceil(found.score * 0.6));
  const headerScore = headerScorer(index);
  // One context for the row rules, its row's parts set per row: the rules read it only while they run.
  const ctx: Mutable<RowContext> = {
    sheet: grid.sheet,
    row: 0,
    columns: new Map(),
    flagged: NO_FIELDS,
    index,
    today: options.today,
    required,
  };
  for (let offset = found.offset + 1; offset < grid.rows.length; offset++) {
    const cells = grid.rows[offset] ?? [];
    if (isBlankRow(cells)) continue;
    const physicalRow = grid.top + offset;
    // A data row can consist of header words (a measure called "Maßnahme", status "Status"): only a
    // row whose ID cell is itself a header word (or empty) starts a second table. That one cell is
    // tested first: nearly every row has an ID, and scoring all its cells was a sixth of the time.
    const score = hasDataInIdCell(grid, offset, idOffset, index) ? 0 : headerScore(grid, offset);
    if (score >= secondHeader) {
      header = matchHeader(grid, offset, score, index, required);
      issues.push(...header.issues);
      scale = scaleUnder(offset, header);
      idColumn = header.columns.find((c) => c.key === "measureId")?.column ?? null;
      idOffset = idColumn === null ? null : idColumn - grid.left;
      continue;
    }
    if (isTotalsRow(cells, idOffset)) {
      issues.push(makeIssue("row/totals-skipped", { sheet: grid.sheet, row: physicalRow, column: null }));
      continue;
    }
    // Per row, only what must be new is allocated: this loop runs a million times for a large merge.
    const n = normaliseRow(grid, offset, header.columns, index, scale);
    ctx.row = physicalRow;
    ctx.columns = n.columns;
    ctx.flagged = NO_FIELDS;
    for (const i of n.issues) {
      if (i.field !== null && !READ_NOTES.has(i.code)) {
        if (ctx.flagged === NO_FIELDS) ctx.flagged = new Set<ColumnKey>();
        (ctx.flagged as Set<ColumnKey>).add(i.field as ColumnKey);
      }
      issues.push(i);
    }
    runRowRules(n.row, ctx, rules, issues);
    if (plan.money)
      for (const i of moneyIssues(plan, n.extras, { sheet: grid.sheet, row: physicalRow })) issues.push(i);
    for (const f of n.fixes) fixes.push(f);
    const idProposal = idProposalOf(n.issues);
    records.push({
      row: n.row,
      source: { sheet: grid.sheet, row: physicalRow },
      extras: n.extras as ExtraValue[],
      unparsed: n.unparsed as MeasureRecord["unparsed"],
      columns: n.letters,
      ...(idProposal ? { idProposal } : {}),
      worst: null,
    });
    placed.push({ row: n.row, sheet: grid.sheet, physicalRow, idColumn });
  }
  for (const i of runCrossRowRules(placed, { index }, rules)) issues.push(i);
  // Worst severity per row, after cross-row rules, so a duplicate shows on the row itself.
  const worstByRow = new Map<number, Severity>();
  for (const i of issues) {
    // A reading is listed, not judged: it leaves the row "ok".
    if (i.row === null || i.code === "cell/normalised") continue;
    const was = worstByRow.get(i.row);
    if (was === undefined || SEVERITY_RANK[i.severity] < SEVERITY_RANK[was]) worstByRow.set(i.row, i.severity);
  }
  // The records were made above and are nobody else's yet: set in place, not copied (a copy per row).
  for (const r of records) r.worst = worstByRow.get(r.source.row) ?? null;
  return report(grid.sheet, { row: header.row, columns: header.columns }, issues, records, fixes);
};

/**
 * Validates a workbook's sheets. The sheet whose header names the most canonical columns holds the
 * measure table (first such sheet on a tie) and names the file's table; every other sheet whose
 * header has a measure-ID column is a measure table too (offices split by field of action or
 * year) and is read with its own provenance, so nothing is dropped. A sheet whose header names
 * canonical columns but no ID column cannot be mapped to measures: a warning names it. No table
 * at all is reported, never read as "no measures".
 */
export const validateWorkbook = (grids: readonly Grid[], plan: PlanConfig, options: ValidateOptions): TableReport => {
  if (grids.length === 0) return report(null, null, [fileIssue("file/no-worksheets")], [], []);
  const index = planIndex(plan);
  const found: { grid: Grid; header: HeaderRow; hasId: boolean }[] = [];
  let best: { grid: Grid; header: NonNullable<HeaderRow> } | null = null;
  for (const grid of grids) {
    // The drop-down lists of templates and corrected copies carry column labels, but no measures.
    if (grid.sheet === LIST_SHEET) continue;
    const header = findHeaderRow(grid, index);
    if (header === null) continue;
    const hasId = (grid.rows[header.offset] ?? []).some(
      (c) => c !== null && typeof c.value === "string" && headerKeyOf(c.value, index) === "measureId",
    );
    found.push({ grid, header, hasId });
    if (best === null || header.score > best.header.score) best = { grid, header };
  }
  if (best === null)
    return report(
      null,
      null,
      [fileIssue("file/no-table", { sheets: grids.map((g) => g.sheet), labels: knownLabels(plan) })],
      [],
      [],
    );
  const primary = validateGridAt(best.grid, plan, options, best.header);
  const others = found.filter((f) => f.grid !== best.grid);
  if (others.length === 0) return primary;
  const issues: Issue[] = [...primary.issues];
  const records: MeasureRecord[] = [...primary.records];
  const fixes: Fix[] = [...primary.fixes];
  for (const f of others) {
    if (!f.hasId) {
      issues.push(sheetIssue("file/sheet-not-read", f.grid.sheet, { label: labelOf(plan, "measureId") }));
      continue;
    }
    const r = validateGridAt(f.grid, plan, options, f.header);
    issues.push(...r.issues);
    records.push(...r.records);
    fixes.push(...r.fixes);
  }
  return report(primary.sheet, primary.header, issues, records, fixes);
};
