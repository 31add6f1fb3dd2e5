import { z } from "zod";
import { ColumnType, columnEntry } from "./column-entry";

const dates = "dd.mm.yyyy";
const listOrNull = (values: readonly string[]): readonly string[] | null => (values.length ? values : null);

/**
 * The canonical columns, in the order a measure row holds them. Types, master keys, the canonical
 * layout (formats, wrap, drop-downs), the measure row's schema and its empty row derive from here:
 * a new column is one entry (and its label and synonyms in the plan configuration).
 */
export const COLUMNS = {
  measureId: columnEntry({ type: "id", master: true, format: "@" }),
  field: columnEntry({ type: "enum", master: true, guarded: true, choices: (p) => p.fields.map((f) => f.name) }),
  goal: columnEntry({ type: "text", master: true, guarded: true, wrap: true }),
  measure: columnEntry({ type: "text", master: true, guarded: true, wrap: true }),
  leadOffice: columnEntry({ type: "enum", master: true, guarded: true, choices: (p) => p.offices.map((o) => o.name) }),
  partners: columnEntry({ type: "list", master: true, guarded: true }),
  timeframe: columnEntry({ type: "timeframe", master: true }),
  start: columnEntry({ type: "date", master: true, guarded: true, format: dates }),
  end: columnEntry({ type: "date", master: true, guarded: true, format: dates }),
  budget: columnEntry({ type: "enum", master: true, guarded: true, choices: (p) => p.budget.map((b) => b.value) }),
  newVoluntaryService: columnEntry({ type: "boolean", master: true, guarded: true, choices: () => ["ja", "nein"] }),
  coverageProposal: columnEntry({ type: "text", master: false, wrap: true }),
  coverageState: columnEntry({
    type: "enum",
    master: false,
    choices: (p) => listOrNull(p.coverageStates.map((c) => c.value)),
  }),
  committee: columnEntry({ type: "text", master: false }),
  proposalNo: columnEntry({ type: "text", master: false }),
  status: columnEntry({ type: "enum", master: false, choices: (p) => p.statuses.map((s) => s.value) }),
  progress: columnEntry({ type: "progress", master: false, format: "0%" }),
  note: columnEntry({ type: "text", master: false, wrap: true }),
  problems: columnEntry({ type: "text", master: false, wrap: true }),
  nextSteps: columnEntry({ type: "text", master: false, wrap: true }),
  targetGroup: columnEntry({ type: "text", master: true, wrap: true }),
  indicator: columnEntry({ type: "text", master: true, wrap: true }),
  targetValue: columnEntry({ type: "text", master: true }),
  actualValue: columnEntry({ type: "text", master: false }),
  linkedPlan: columnEntry({
    type: "enum",
    master: true,
    choices: (p) => listOrNull(p.linkedPlans.map((c) => c.value)),
  }),
  linkedMeasure: columnEntry({ type: "text", master: true }),
  asOf: columnEntry({ type: "date", master: false, format: dates }),
} as const;

export type ColumnKey = keyof typeof COLUMNS;
export const ColumnKey = z.enum(Object.keys(COLUMNS) as [ColumnKey, ...ColumnKey[]]);

export { ColumnType };

/** The keys of one type, e.g. every drop-down column. */
export type KeysOfType<T extends ColumnType> = {
  [K in ColumnKey]: (typeof COLUMNS)[K]["type"] extends T ? K : never;
}[ColumnKey];

const keys = Object.keys(COLUMNS) as ColumnKey[];

/** The value type each key has, fixed by code (a configuration cannot turn a date into text). */
export const COLUMN_TYPES = Object.fromEntries(keys.map((k) => [k, COLUMNS[k].type])) as Readonly<
  Record<ColumnKey, ColumnType>
>;

/** Columns that come from the master plan; the rest are what an office reports. */
export const MASTER_KEYS: ReadonlySet<ColumnKey> = new Set(keys.filter((k) => COLUMNS[k].master));

/** The columns the master plan owns in the merge: an office's differing value is a proposal, never a fact. */
export const GUARDED_KEYS = keys.filter(
  (k): k is KeysOfType<"text" | "enum" | "date" | "list" | "boolean"> & GuardedKey => "guarded" in COLUMNS[k],
);
export type GuardedKey = {
  [K in ColumnKey]: (typeof COLUMNS)[K] extends { readonly guarded: true } ? K : never;
}[ColumnKey];
