import type { ColumnKey } from "../columns/catalogue";
import type { Issue } from "../issue";
import { canonicalLayout } from "../layout";
import { fileIssue, makeIssue } from "../make-issue";
import type { MeasureRecord } from "../measure-row";
import { plainRecordOf } from "../packed-records";
import type { PlanConfig } from "../plan-config";
import { otherPlanTemplate } from "./old-templates";
import { SEVERITY_RANK, type Severity } from "../severity";
import { withAddedIssues, type TableReport } from "../table-report";
import { reportedValue, type PrefilledRow, type ReportedValue, type TemplateIdentity } from "../template-identity";

const same = (key: ColumnKey, a: ReportedValue | null, b: ReportedValue | null): boolean => {
  if (a === null || b === null) return a === b;
  // Progress travels as a fraction with a percent format and back; allow the float noise of that trip.
  if (key === "progress") return Math.abs(Number(a) - Number(b)) < 1e-6;
  return String(a) === String(b);
};

/**
 * A row is "not updated" when every reporting column holds exactly what the template pre-filled:
 * no new status, progress or Sachstand, nothing added, and no new date in "Stand". A cell the core
 * could not read counts as a change (its own finding says what is wrong with it).
 */
const unchanged = (record: MeasureRecord, prefilled: PrefilledRow, keys: readonly ColumnKey[]): boolean =>
  record.unparsed.every((u) => !keys.includes(u.field as ColumnKey)) &&
  keys.every((k) => same(k, reportedValue(record.row, k), prefilled.values.get(k) ?? null));

const worse = (a: Severity | null, b: Severity): Severity =>
  a === null || SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a;

/**
 * The checks a template's identity makes possible, added to the file's table report: which template
 * the file came from (a hint the merge reads to spot old rounds), a template of another plan, and
 * rows returned exactly as they were pre-filled from the last round ("nicht aktualisiert").
 */
export const withTemplateChecks = (report: TableReport, identity: TemplateIdentity, plan: PlanConfig): TableReport => {
  // The value seen is the round the identity sheet names, as for any other finding's cell.
  const added: Issue[] = [
    {
      ...fileIssue("file/from-template", { round: identity.round, office: identity.office, version: identity.version }),
      value: identity.round,
    },
  ];
  const otherPlan = otherPlanTemplate(identity, plan);
  if (otherPlan) added.push(otherPlan);
  const layout = canonicalLayout(plan);
  const keys = layout.filter((c) => !c.master).map((c) => c.key);
  const label = (k: ColumnKey) => layout.find((c) => c.key === k)?.label;
  const asOf = label("asOf");
  const statusColumn = report.header?.columns.find((c) => c.key === "status")?.column ?? null;
  const byId = new Map(identity.prefilled.filter((p) => p.values.size > 0).map((p) => [p.measureId, p]));
  const stale = new Set<number>();
  for (const r of report.records) {
    const prefilled = r.row.measureId === null ? undefined : byId.get(r.row.measureId);
    if (!prefilled || !unchanged(r, prefilled, keys)) continue;
    stale.add(r.source.row);
    const fields = [...prefilled.values.keys()].map((k) => label(k) ?? k);
    added.push(
      makeIssue(
        "row/not-updated",
        { sheet: r.source.sheet, row: r.source.row, column: statusColumn },
        { field: "status", value: r.row.status, params: { fields, ...(asOf ? { asOf } : {}) } },
      ),
    );
  }
  const records = report.records.map((r) =>
    stale.has(r.source.row) ? { ...plainRecordOf(r), worst: worse(r.worst, "warning") } : r,
  );
  return withAddedIssues({ ...report, records }, added);
};
