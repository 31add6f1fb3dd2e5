import { z } from "zod";

/**
 * The lists of a plan a drop-down can offer. Structural, not PlanConfig: the plan's schema names
 * its columns by ColumnKey, which is derived from this catalogue.
 */
export interface PlanLists {
  readonly fields: readonly { readonly name: string }[];
  readonly offices: readonly { readonly name: string }[];
  readonly statuses: readonly { readonly value: string }[];
  readonly budget: readonly { readonly value: string }[];
  readonly coverageStates: readonly { readonly value: string }[];
  readonly linkedPlans: readonly { readonly value: string }[];
}

/** How a column's cells are read and normalised. */
export const ColumnType = z.enum(["id", "text", "enum", "date", "progress", "boolean", "list", "timeframe"]);
export type ColumnType = z.infer<typeof ColumnType>;

/**
 * One canonical column: everything the code knows about it. The plan configuration gives it its
 * German label, synonyms and width; a column the code does not know stays an office's extra column.
 */
export interface ColumnEntry {
  readonly type: ColumnType;
  /** Filled by the coordinator from the master plan; locked in templates. */
  readonly master: boolean;
  /** The master plan's value wins in the merge; an office's other value is a deviation to decide on. */
  readonly guarded?: true;
  /** Excel number format for the cells ("@" keeps typed IDs as text, so Excel cannot make a date of them). */
  readonly format?: string;
  /** Long text: wrapped, with rows as high as their text. */
  readonly wrap?: true;
  /** The drop-down list a plan offers for this column, or null for free entry. */
  readonly choices?: (plan: PlanLists) => readonly string[] | null;
}

/** Keeps an entry's literal type (its `type` above all), so the measure row's value types derive from it. */
export const columnEntry = <const E extends ColumnEntry>(entry: E): E => entry;
