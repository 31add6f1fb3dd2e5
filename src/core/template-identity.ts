import type { ColumnKey } from "./columns/catalogue";
import type { MeasureRow } from "./measure-row";

/** Reporting values as written into a template, by key: text, or a number for progress in percent. */
export type ReportedValue = string | number;

export interface PrefilledRow {
  readonly measureId: string;
  readonly values: ReadonlyMap<ColumnKey, ReportedValue>;
}

/** What a template says about itself (the xlsx layer reads and writes it as a hidden sheet). */
export interface TemplateIdentity {
  readonly version: number;
  readonly planId: string;
  readonly round: string;
  readonly office: string;
  /** ISO date the template was made. */
  readonly created: string;
  /** The round's Stichtag and deadline (ISO) as the template was made for them; null when not known. */
  readonly cutoff: string | null;
  readonly deadline: string | null;
  /** Rows whose reporting columns were pre-filled from the previous round, with what was written. */
  readonly prefilled: readonly PrefilledRow[];
}

/** One row's reporting value in the form a template stores: booleans as ja/nein, dates as ISO text. */
export const reportedValue = (row: MeasureRow, key: ColumnKey): ReportedValue | null => {
  if (!(key in row)) return null;
  const v = row[key as keyof MeasureRow];
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return v ? "ja" : "nein";
  if (Array.isArray(v)) return v.length ? v.join("; ") : null;
  return v;
};
