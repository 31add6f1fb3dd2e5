import { jsonSchemaOf, jsonSchemaText, type PublishedSchema } from "../published-schema";
import { Report } from "./report";

/** Where the published schema lives, as its `$id` names it. */
export const REPORT_SCHEMA_FILE = "schemas/report.schema.json";

/**
 * The report's contract for other tools (the city's BI, a council information system). Refinements
 * (a cell matching its column and row) are checked by the readers only.
 */
const REPORT_SCHEMA: PublishedSchema = {
  schema: Report,
  file: REPORT_SCHEMA_FILE,
  title: "Aktionsplan-Monitor: Prüfbericht (JSON, version 1)",
  description:
    "Written by `aktionsplan merge --report-json` (all fields) and `aktionsplan validate --json` (version, plan, today, inputs).",
};

export const reportJsonSchema = (): Record<string, unknown> => jsonSchemaOf(REPORT_SCHEMA);
export const reportJsonSchemaText = (): string => jsonSchemaText(REPORT_SCHEMA);
