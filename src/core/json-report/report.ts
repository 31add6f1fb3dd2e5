import { z } from "zod";
import { ISSUES } from "../issues/catalogue";
import { ReportFile } from "./report-file";
import { ReportIssue } from "./report-issue";

/** `validate --json`: the plan, the date judged against, and one entry per file. */
export const ValidateReport = z
  .object({
    version: z.literal(1),
    plan: z.string(),
    today: z.iso.date(),
    inputs: z.array(ReportFile),
  })
  .meta({ id: "ValidateReport" });
export type ValidateReport = z.infer<typeof ValidateReport>;

const count = z.number().int().min(0);

export const ReportTotals = z
  .object({
    files: count,
    rows: count,
    measures: count,
    errors: count,
    warnings: count,
    unreadable: count,
    conflicts: count,
    /** Measures in the master plan; null without --master. */
    planned: count.nullable(),
    /** Measures counted that were reported (with --master: of the master's), and those nobody reported. */
    reported: count,
    unreported: count,
    /** Lead offices of the master plan (null without --master), and those of them that sent a readable file. */
    officesExpected: count.nullable(),
    officesReplied: count,
    masterDeviations: count,
    /**
     * Measures that need a Deckungsvorschlag, and those of them whose Deckungsvorschlag column names
     * none; absent for a plan without that column (there is nothing to count, not zero).
     */
    coverageNeeded: count.optional(),
    coverageMissing: count.optional(),
    /** The coordinator's decisions from the register: applied, and flagged "Entscheidung prüfen" (issue 15). */
    decisionsApplied: count,
    decisionsToCheck: count,
  })
  .meta({ id: "ReportTotals" });

/** One decision of the register's Entscheidungen sheet and what became of it in this merge. */
export const ReportDecision = z
  .object({
    id: z.string().nullable(),
    column: z.string().nullable(),
    kind: z.string().nullable(),
    status: z.enum(["applied", "check", "invalid"]),
    message: z.string(),
  })
  .meta({ id: "ReportDecision" });

/** `merge --report-json`: the per-file part plus the merge's figures and lists. */
export const MergeReport = ValidateReport.extend({
  master: z.object({ file: z.string(), measures: count, issues: z.array(ReportIssue) }).nullable(),
  output: z.object({ file: z.string().nullable(), rows: count, written: z.boolean() }),
  totals: ReportTotals,
  /** Every measure that needs a Deckungsvorschlag; hasProposal only when the column names one. Absent as above. */
  coverage: z
    .array(
      z.object({
        id: z.string(),
        office: z.string().nullable(),
        needsProposal: z.literal(true),
        hasProposal: z.boolean(),
        state: z.string().nullable(),
      }),
    )
    .optional(),
  /** Every decision of the register, none dropped. */
  decisions: z.array(ReportDecision),
  /** Office values that differ from the master plan's columns; the master's value is kept. */
  deviations: z.array(
    z.object({
      id: z.string(),
      column: z.string(),
      master: z.string(),
      office: z.string(),
      file: z.string(),
      sheet: z.string(),
      cell: z.string().nullable(),
    }),
  ),
}).meta({ id: "MergeReport" });
export type MergeReport = z.infer<typeof MergeReport>;

/** Either report, as readers (`feedback`, other tools) take it: the merge's, or validate's. */
export const Report = z.union([MergeReport, ValidateReport]);
export type Report = z.infer<typeof Report>;

/**
 * The round a file's template named, as the report carries it: the value of its `file/from-template`
 * finding (the value seen in the template's identity sheet). Null for files not from a template.
 */
export const reportedTemplateRound = (file: Pick<ReportFile, "issues">): string | null =>
  file.issues.find((i) => i.code === "file/from-template")?.value ?? null;

/** Findings the office acts on: what the catalogue addresses to the office, not to the coordinator. */
export const forOffice = (issue: Pick<ReportIssue, "code">): boolean => ISSUES[issue.code].audience === "office";
