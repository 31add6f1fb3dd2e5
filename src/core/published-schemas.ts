import { Report } from "./json-report/report";
import { jsonSchemaOf, type PublishedSchema } from "./published-schema";
import { FeedbackLog } from "./register/feedback-log";

/**
 * Every contract that leaves the process, one entry each: the zod schema its writers and readers
 * use, and the file (`npm run schemas` writes them all) that publishes it as JSON Schema.
 */
export const PUBLISHED_SCHEMAS = {
  // For other tools (the city's BI, a council information system). Refinements (a cell matching its
  // column and row) are checked by the readers only.
  report: {
    schema: Report,
    file: "schemas/report.schema.json",
    title: "Aktionsplan-Monitor: Prüfbericht (JSON, version 1)",
    description:
      "Written by `aktionsplan merge --report-json` (all fields) and `aktionsplan validate --json` (version, plan, today, inputs).",
  },
  // Between `feedback` and `merge --feedback-dir` (and any other tool).
  feedbackLog: {
    schema: FeedbackLog,
    file: "schemas/feedback-log.schema.json",
    title: "Aktionsplan-Monitor: Protokoll der Rückmeldungen (JSON)",
    description:
      "Written by `aktionsplan feedback` beside its letters (Rückmeldungen.json); read by `aktionsplan merge --feedback-dir` into Rücklauf.",
  },
} as const satisfies Readonly<Record<string, PublishedSchema>>;

export const REPORT_SCHEMA_FILE = PUBLISHED_SCHEMAS.report.file;
export const reportJsonSchema = (): Record<string, unknown> => jsonSchemaOf(PUBLISHED_SCHEMAS.report);
export const FEEDBACK_LOG_SCHEMA_FILE = PUBLISHED_SCHEMAS.feedbackLog.file;
export const feedbackLogJsonSchema = (): Record<string, unknown> => jsonSchemaOf(PUBLISHED_SCHEMAS.feedbackLog);
