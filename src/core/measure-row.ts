import { z } from "zod";
import { ColumnKey } from "./column-keys";
import { Severity } from "./issue";

const Text = z.string().nullable();
const IsoDate = z.iso.date().nullable();

/** One measure as the core understands it after normalisation: canonical values or null. */
export const MeasureRow = z.object({
  measureId: Text,
  field: Text,
  goal: Text,
  measure: Text,
  leadOffice: Text,
  partners: z.array(z.string()),
  start: IsoDate,
  end: IsoDate,
  /** No planned end ("fortlaufend"). */
  ongoing: z.boolean(),
  budget: Text,
  newVoluntaryService: z.boolean().nullable(),
  coverageProposal: Text,
  coverageState: Text,
  committee: Text,
  proposalNo: Text,
  status: Text,
  progress: z.number().min(0).max(100).nullable(),
  note: Text,
  problems: Text,
  nextSteps: Text,
  indicator: Text,
  linkedPlan: Text,
  asOf: IsoDate,
});
export type MeasureRow = z.infer<typeof MeasureRow>;

/** A column the plan does not know, kept with its header so nothing an office typed is lost. */
export const ExtraValue = z.object({
  header: z.string(),
  column: z.string(),
  value: z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.object({ date: z.string() }),
    z.object({ error: z.string() }),
  ]),
});
export type ExtraValue = z.infer<typeof ExtraValue>;

export const MeasureRecord = z.object({
  row: MeasureRow,
  source: z.object({ sheet: z.string(), row: z.number().int().positive() }),
  extras: z.array(ExtraValue),
  /** Cells the core could not read (canonical value null), as typed, so outputs can still show them. */
  unparsed: z.array(z.object({ field: z.string(), text: z.string() })),
  /**
   * Column letter of each canonical field in the row's table, so that checks made after reading
   * (the master plan's columns) can name the cell. One object per header, shared by its rows.
   */
  columns: z.partialRecord(ColumnKey, z.string()).optional(),
  /** The ID reconstructed from a cell Excel turned into a date or number ("3.2.1" → 03.02.2001). */
  idProposal: z.string().optional(),
  /** The worst severity among the issues on this row, or null when it has none. */
  worst: Severity.nullable(),
});
export type MeasureRecord = z.infer<typeof MeasureRecord>;

export const emptyMeasureRow = (): MeasureRow => ({
  measureId: null,
  field: null,
  goal: null,
  measure: null,
  leadOffice: null,
  partners: [],
  start: null,
  end: null,
  ongoing: false,
  budget: null,
  newVoluntaryService: null,
  coverageProposal: null,
  coverageState: null,
  committee: null,
  proposalNo: null,
  status: null,
  progress: null,
  note: null,
  problems: null,
  nextSteps: null,
  indicator: null,
  linkedPlan: null,
  asOf: null,
});
