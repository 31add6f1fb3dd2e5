import { COLUMN_TYPES, type ColumnKey } from "./column-keys";
import type { Severity } from "./issue";
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

/** Columns that come from the master plan; the rest are what an office reports. */
export const MASTER_KEYS: ReadonlySet<ColumnKey> = new Set([
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
  "linkedPlan",
  "indicator",
]);

const FORMAT: Readonly<Partial<Record<ColumnKey, string>>> = {
  measureId: "@",
  progress: "0%",
  start: "dd.mm.yyyy",
  end: "dd.mm.yyyy",
  asOf: "dd.mm.yyyy",
};
const WRAP: ReadonlySet<ColumnKey> = new Set([
  "goal",
  "measure",
  "note",
  "problems",
  "nextSteps",
  "coverageProposal",
  "indicator",
]);

export const choiceList = (plan: PlanConfig, key: ColumnKey): readonly string[] | null => {
  switch (key) {
    case "field":
      return plan.fields.map((f) => f.name);
    case "leadOffice":
      return plan.offices.map((o) => o.name);
    case "status":
      return plan.statuses.map((s) => s.value);
    case "budget":
      return plan.budget.map((b) => b.value);
    case "coverageState":
      return plan.coverageStates.length ? plan.coverageStates.map((c) => c.value) : null;
    case "linkedPlan":
      return plan.linkedPlans.length ? plan.linkedPlans.map((c) => c.value) : null;
    case "newVoluntaryService":
      return ["ja", "nein"];
    default:
      return null;
  }
};

/** The plan's columns in configuration order, with what each needs to be structured in Excel. */
export const canonicalLayout = (plan: PlanConfig): LayoutColumn[] =>
  plan.columns.map((c) => ({
    key: c.key,
    label: c.label,
    width: c.width ?? (COLUMN_TYPES[c.key] === "text" ? 30 : 14),
    format: FORMAT[c.key] ?? null,
    list: choiceList(plan, c.key),
    master: MASTER_KEYS.has(c.key),
    wrap: WRAP.has(c.key),
  }));
