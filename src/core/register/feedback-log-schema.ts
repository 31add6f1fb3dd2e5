import { jsonSchemaOf, jsonSchemaText, type PublishedSchema } from "../published-schema";
import { FeedbackLog } from "./feedback-log";

/** Where the published schema of feedback's log lives, as its `$id` names it. */
export const FEEDBACK_LOG_SCHEMA_FILE = "schemas/feedback-log.schema.json";

/** The log's contract between `feedback` and `merge --feedback-dir` (and any other tool). */
const FEEDBACK_LOG_SCHEMA: PublishedSchema = {
  schema: FeedbackLog,
  file: FEEDBACK_LOG_SCHEMA_FILE,
  title: "Aktionsplan-Monitor: Protokoll der Rückmeldungen (JSON)",
  description:
    "Written by `aktionsplan feedback` beside its letters (Rückmeldungen.json); read by `aktionsplan merge --feedback-dir` into Rücklauf.",
};

export const feedbackLogJsonSchema = (): Record<string, unknown> => jsonSchemaOf(FEEDBACK_LOG_SCHEMA);
export const feedbackLogJsonSchemaText = (): string => jsonSchemaText(FEEDBACK_LOG_SCHEMA);
