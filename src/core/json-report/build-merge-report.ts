import type { Severity } from "../severity";
import type { Issue } from "../issue";
import { messageDe } from "../messages-de";
import { decisionText } from "../register/decision-text";
import type { Consolidation } from "../merge/consolidate";
import type { MergeReport } from "./report";
import { toReportFile } from "./report-file";
import { toReportIssue } from "./report-issue";

/** The master plan as the report names it: its file, its number of measures and its own findings. */
export interface MasterFacts {
  readonly file: string;
  readonly measures: number;
  readonly issues: readonly Issue[];
}

/**
 * The totals of a merge, from the consolidation itself: what the command prints when no
 * --report-json is asked for (rendering every finding's message for it cost a million-row merge
 * ~0.3 GB at its end, the run's peak).
 */
export const mergeTotals = (c: Consolidation): MergeReport["totals"] => {
  const results = c.inputs.map((i) => i.result);
  const decisions = c.register?.decisions ?? [];
  const decisionIssues = decisions.flatMap((d) => (d.issue ? [d.issue] : []));
  // Accepted findings stay listed but count nowhere; findings about decisions count like any other.
  // Counted in one pass, not filtered: a million findings would be copied into a list per severity.
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of decisionIssues) counts[i.severity]++;
  for (const r of results) for (const i of r.issues) if (i.accepted !== true) counts[i.severity]++;
  // A plan without a Deckungsvorschlag column has no such figures at all: absent, not zero.
  const coverage = c.coverage;
  return {
    files: results.length,
    rows: results.reduce((n, r) => n + r.rows, 0),
    measures: c.measures.length,
    errors: counts.error,
    warnings: counts.warning,
    unreadable: results.filter((r) => r.status === "unreadable").length,
    conflicts: c.conflicts.length,
    planned: c.replies.planned,
    reported: c.replies.reported,
    unreported: c.replies.unreported,
    officesExpected: c.replies.officesExpected,
    officesReplied: c.replies.officesReplied,
    masterDeviations: c.deviations.length,
    ...(coverage
      ? { coverageNeeded: coverage.length, coverageMissing: coverage.filter((x) => !x.hasProposal).length }
      : {}),
    decisionsApplied: decisions.filter((d) => d.status === "applied").length,
    decisionsToCheck: decisions.filter((d) => d.status === "check").length,
  };
};

/** The --report-json document of a merge, rendered from the consolidation (messages in German). */
export const buildMergeReport = (
  c: Consolidation,
  out: string,
  written: boolean,
  master: MasterFacts | null,
): MergeReport => {
  const inputs = c.inputs.map((i) => toReportFile(i.result));
  const decisions = c.register?.decisions ?? [];
  const rowsWritten = c.measures.length + c.withoutId.length;
  // A plan without a Deckungsvorschlag column has no such figures at all: absent, not zero.
  const coverage = c.coverage;
  return {
    version: 1,
    plan: c.plan.id,
    today: c.today,
    inputs,
    master: master && { file: master.file, measures: master.measures, issues: master.issues.map(toReportIssue) },
    output: { file: written ? out : null, rows: written ? rowsWritten : 0, written },
    totals: mergeTotals(c),
    decisions: decisions.map((d) => ({
      id: d.decision.measureId,
      column: d.decision.column,
      kind: d.kind ?? d.decision.kind,
      status: d.status,
      message: d.issue ? messageDe(d.issue) : decisionText(d),
    })),
    ...(coverage
      ? {
          coverage: coverage.map(({ entry, hasProposal }) => ({
            id: entry.measureId,
            office: entry.row.leadOffice,
            needsProposal: true as const,
            hasProposal,
            state: entry.row.coverageState,
          })),
        }
      : {}),
    deviations: c.deviations.map((d) => ({
      id: d.measureId,
      column: d.column,
      master: d.master,
      office: d.office,
      file: d.file,
      sheet: d.sheet,
      cell: d.cell,
    })),
  };
};

/** The validate --json document: the per-file part of the merge report. */
export const buildValidateReport = (
  plan: string,
  today: string,
  results: readonly Parameters<typeof toReportFile>[0][],
) => ({ version: 1 as const, plan, today, inputs: results.map(toReportFile) });
