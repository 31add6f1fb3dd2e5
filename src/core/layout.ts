import { COLUMN_TYPES, COLUMNS, type ColumnKey } from "./columns/catalogue";
import type { ColumnEntry } from "./columns/column-entry";
import type { Severity } from "./severity";
import type { PlanConfig } from "./plan-config";

/**
 * The canonical measure table: one definition of column order, German labels, formats and
 * drop-down lists, shared by the task pane ("Tabelle strukturieren", "Neue Vorlage"), the browser
 * page's corrected copy and the template command.
 */
export interface LayoutColumn {
  readonly key: ColumnKey;
  readonly label: string;
  readonly width: number;
  /** Excel number format; "@" keeps IDs as text so Excel cannot turn "3.2.1" into a date. */
  readonly format: string | null;
  /** Allowed values for a drop-down, or null for free entry. */
  readonly list: readonly string[] | null;
  /** Filled by the coordinator from the master plan; locked in templates. */
  readonly master: boolean;
  readonly wrap: boolean;
}

/** The hidden sheet holding the drop-down lists, in every workbook the tool structures or writes. */
export const LIST_SHEET = "AP_Listen";

/**
 * Fill colours per severity (RRGGBB, Excel's light red / yellow / blue), the same in the task pane's
 * highlights, the Rückmeldung and the consolidated workbook.
 */
export const SEVERITY_COLOR: Readonly<Record<Severity, string>> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};

/** A column's Excel number format, or null for General. */
export const formatOf = (key: ColumnKey): string | null => (COLUMNS[key] as ColumnEntry).format ?? null;
/** Whether a column holds long text, wrapped. */
export const wrapped = (key: ColumnKey): boolean => (COLUMNS[key] as ColumnEntry).wrap === true;

/** The plan's drop-down list for a column, or null for free entry. */
export const choiceList = (plan: PlanConfig, key: ColumnKey): readonly string[] | null => {
  const entry: ColumnEntry = COLUMNS[key];
  return entry.choices ? entry.choices(plan) : null;
};

/** The plan's columns in configuration order, with what each needs to be structured in Excel. */
export const canonicalLayout = (plan: PlanConfig): LayoutColumn[] =>
  plan.columns.map((c) => ({
    key: c.key,
    label: c.label,
    width: c.width ?? (COLUMN_TYPES[c.key] === "text" ? 30 : 14),
    format: formatOf(c.key),
    list: choiceList(plan, c.key),
    master: COLUMNS[c.key].master,
    wrap: wrapped(c.key),
  }));
