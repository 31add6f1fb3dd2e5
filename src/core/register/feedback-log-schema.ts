import { z } from "zod";
import { FeedbackLog } from "./feedback-log";

/** Where the published schema of feedback's log lives, as its `$id` names it. */
export const FEEDBACK_LOG_SCHEMA_FILE = "schemas/feedback-log.schema.json";

/** The log's contract between `feedback` and `merge --feedback-dir` (and any other tool), from the zod schema both use. */
export const feedbackLogJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(FeedbackLog, { target: "draft-2020-12", io: "output" }),
  $id: `https://aktionsplan-monitor.example/${FEEDBACK_LOG_SCHEMA_FILE}`,
  title: "Aktionsplan-Monitor: Protokoll der Rückmeldungen (JSON)",
  description:
    "Written by `aktionsplan feedback` beside its letters (Rückmeldungen.json); read by `aktionsplan merge --feedback-dir` into Rücklauf.",
});

/** The schema file's text as checked in: two-space JSON with a final newline. */
export const feedbackLogJsonSchemaText = (): string => `${JSON.stringify(feedbackLogJsonSchema(), null, 2)}\n`;
