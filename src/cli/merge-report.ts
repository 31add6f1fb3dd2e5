import { decisionText, type Consolidation, type DecisionStatus, type FileResult, type ReportIssue } from "../core";

/** The --report-json document (version 1; more fields than the agreed shape are allowed). */
export interface MergeReport {
  readonly version: 1;
  readonly plan: string;
  readonly today: string;
  readonly inputs: readonly FileResult[];
  readonly master: { readonly file: string; readonly measures: number; readonly issues: readonly ReportIssue[] } | null;
  readonly output: { readonly file: string | null; readonly rows: number; readonly written: boolean };
  readonly totals: {
    readonly files: number;
    readonly rows: number;
    readonly measures: number;
    readonly errors: number;
    readonly warnings: number;
    readonly unreadable: number;
    readonly conflicts: number;
    /** Measures in the master plan; null without --master. */
    readonly planned: number | null;
    /** Measures counted that were reported (with --master: of the master's), and those nobody reported. */
    readonly reported: number;
    readonly unreported: number;
    /** Lead offices of the master plan (null without --master), and those of them that sent a readable file. */
    readonly officesExpected: number | null;
    readonly officesReplied: number;
    readonly masterDeviations: number;
    /** Measures that need a Deckungsvorschlag, and those of them whose Deckungsvorschlag column names none. */
    readonly coverageNeeded: number;
    readonly coverageMissing: number;
    /** The coordinator's decisions from the register: applied, and flagged "Entscheidung prüfen". */
    readonly decisionsApplied: number;
    readonly decisionsToCheck: number;
  };
  /** Every decision of the register and what became of it (issue 15). */
  readonly decisions: readonly {
    readonly id: string | null;
    readonly column: string | null;
    readonly kind: string | null;
    readonly status: DecisionStatus;
    readonly message: string;
  }[];
  /** Every measure that needs a Deckungsvorschlag; hasProposal only when the column names one. */
  /** Office values that differ from the master plan's columns; the master's value is kept. */
  readonly deviations: readonly {
    readonly id: string;
    readonly column: string;
    readonly master: string;
    readonly office: string;
    readonly file: string;
    readonly sheet: string;
    readonly cell: string | null;
  }[];
  readonly coverage: readonly {
    readonly id: string;
    readonly office: string | null;
    readonly needsProposal: true;
    readonly hasProposal: boolean;
    readonly state: string | null;
  }[];
}

export const buildMergeReport = (
  c: Consolidation,
  out: string,
  written: boolean,
  master: MergeReport["master"],
): MergeReport => {
  const inputs = c.inputs.map((i) => i.result);
  const decisions = c.register?.decisions ?? [];
  const decisionIssues = decisions.flatMap((d) => (d.issue ? [d.issue] : []));
  // Accepted findings stay listed but count nowhere; decision findings count like any other.
  const count = (s: string) =>
    inputs.reduce((n, r) => n + r.issues.filter((i) => i.severity === s && i.accepted !== true).length, 0) +
    decisionIssues.filter((i) => i.severity === s).length;
  const rowsWritten = c.measures.length + c.withoutId.length;
  return {
    version: 1,
    plan: c.plan.id,
    today: c.today,
    inputs,
    master,
    output: { file: written ? out : null, rows: written ? rowsWritten : 0, written },
    totals: {
      files: inputs.length,
      rows: inputs.reduce((n, r) => n + r.rows, 0),
      measures: c.measures.length,
      errors: count("error"),
      warnings: count("warning"),
      unreadable: inputs.filter((r) => r.status === "unreadable").length,
      conflicts: c.conflicts.length,
      planned: c.replies.planned,
      reported: c.replies.reported,
      unreported: c.replies.unreported,
      officesExpected: c.replies.officesExpected,
      officesReplied: c.replies.officesReplied,
      masterDeviations: c.deviations.length,
      coverageNeeded: c.coverage.length,
      coverageMissing: c.coverage.filter((x) => !x.hasProposal).length,
      decisionsApplied: decisions.filter((d) => d.status === "applied").length,
      decisionsToCheck: decisions.filter((d) => d.status === "check").length,
    },
    decisions: decisions.map((d) => ({
      id: d.decision.measureId,
      column: d.decision.column,
      kind: d.kind ?? d.decision.kind,
      status: d.status,
      message: d.issue?.message ?? decisionText(d),
    })),
    coverage: c.coverage.map(({ entry, hasProposal }) => ({
      id: entry.measureId,
      office: entry.row.leadOffice,
      needsProposal: true as const,
      hasProposal,
      state: entry.row.coverageState,
    })),
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
