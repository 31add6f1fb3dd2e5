import { z } from "zod";

/**
 * The canonical fields the code understands. A plan configuration gives each its German
 * header label and synonyms; it cannot invent new keys (unknown office columns are kept as extras).
 */
export const ColumnKey = z.enum([
  "measureId",
  "field",
  "goal",
  "measure",
  "leadOffice",
  "partners",
  "timeframe",
  "start",
  "end",
  "budget",
  "newVoluntaryService",
  "coverageProposal",
  "coverageState",
  "committee",
  "proposalNo",
  "status",
  "progress",
  "note",
  "problems",
  "nextSteps",
  "indicator",
  "linkedPlan",
  "asOf",
]);
export type ColumnKey = z.infer<typeof ColumnKey>;

/** How a column's cells are read and normalised. */
export const ColumnType = z.enum(["id", "text", "enum", "date", "progress", "boolean", "list", "timeframe"]);
export type ColumnType = z.infer<typeof ColumnType>;

/** The value type each key has, fixed by code (a configuration cannot turn a date into text). */
export const COLUMN_TYPES: Readonly<Record<ColumnKey, ColumnType>> = {
  measureId: "id",
  field: "enum",
  goal: "text",
  measure: "text",
  leadOffice: "enum",
  partners: "list",
  timeframe: "timeframe",
  start: "date",
  end: "date",
  budget: "enum",
  newVoluntaryService: "boolean",
  coverageProposal: "text",
  coverageState: "enum",
  committee: "text",
  proposalNo: "text",
  status: "enum",
  progress: "progress",
  note: "text",
  problems: "text",
  nextSteps: "text",
  indicator: "text",
  linkedPlan: "enum",
  asOf: "date",
};
