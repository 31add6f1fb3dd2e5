import { z } from "zod";
import { Report } from "./report";

/** Where the published schema lives, as its `$id` names it. */
export const REPORT_SCHEMA_FILE = "schemas/report.schema.json";

/**
 * The report's contract for other tools (the city's BI, a council information system), generated
 * from the same zod schema the writers and readers use, so it cannot drift from what is written.
 * Refinements (a cell matching its column and row) are checked by the readers; JSON Schema has
 * no way to say them and leaves them out.
 */
export const reportJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(Report, { target: "draft-2020-12", io: "output" }),
  $id: `https://aktionsplan-monitor.example/${REPORT_SCHEMA_FILE}`,
  title: "Aktionsplan-Monitor: Prüfbericht (JSON, version 1)",
  description:
    "Written by `aktionsplan merge --report-json` (all fields) and `aktionsplan validate --json` (version, plan, today, inputs).",
});

/** The schema file's text as checked in: two-space JSON with a final newline. */
export const reportJsonSchemaText = (): string => `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
