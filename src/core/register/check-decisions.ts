import { isCellDate, textOrNull } from "../cell";
import type { ColumnKey } from "../columns/catalogue";
import { foldKey } from "../fold";
import { IssueCode } from "../issue";
import type { DecisionProblem } from "../issues/decision-issues";
import { makeIssue } from "../make-issue";
import type { MeasureRow } from "../measure-row";
import { parseDateText } from "../normalise/date";
import type { PlanConfig } from "../plan-config";
import { planIndex } from "../plan-index";
import { DECISION_KINDS, type DecisionKind, type DecisionOutcome, type DecisionRow } from "./decision";
import { readDecidedValue } from "./decision-value";

/** A decision row that can be applied: its kind, column and value read. */
export interface CheckedDecision {
  readonly decision: DecisionRow;
  readonly kind: DecisionKind;
  readonly measureId: string;
  readonly key: ColumnKey | null;
  /** Wert setzen: the decided values; Terminverschiebung: { end }; else empty. */
  readonly values: Partial<MeasureRow>;
  /** Quelle wählen: the file; Befund akzeptieren: the issue code. */
  readonly text: string | null;
}

type Problem = DecisionProblem;

const CELL_OF: Readonly<Record<Problem, keyof DecisionRow["cells"]>> = {
  "unknown-id": "measureId",
  "unknown-column": "column",
  "unknown-kind": "kind",
  "no-reason": "reason",
  "no-column": "column",
  "no-value": "value",
  "bad-value": "value",
  "bad-date": "value",
  "unknown-code": "value",
  "bad-on": "on",
};

const KIND_BY_KEY = new Map(DECISION_KINDS.map((k) => [foldKey(k), k]));

const columnNumber = (address: string): number => {
  let n = 0;
  for (const ch of address.replace(/\d+$/, "")) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};

/** decision/invalid at the cell that is wrong, with the value seen there; `idLabel` is the plan's name of the ID column. */
export const invalidDecision = (
  d: DecisionRow,
  problem: Problem,
  value: string | null,
  idLabel: string,
): DecisionOutcome => {
  const address = d.cells[CELL_OF[problem]];
  const issue = makeIssue(
    "decision/invalid",
    { sheet: d.sheet, row: d.row, column: columnNumber(address) },
    { value, params: { problem, idLabel } },
  );
  return {
    decision: d,
    kind: null,
    key: null,
    status: "invalid",
    issue,
    basis: d.basis,
    shown: null,
  };
};

/**
 * Reads each decision row against the plan and the measures known (master, reported, history):
 * a row that cannot be applied becomes an outcome "invalid" with decision/invalid at its cell;
 * the others are returned to be applied. Nothing is dropped.
 */
export const checkDecisions = (
  rows: readonly DecisionRow[],
  plan: PlanConfig,
  knownIds: ReadonlySet<string>,
  today: string,
): { valid: CheckedDecision[]; invalid: DecisionOutcome[] } => {
  const byLabel = new Map<string, ColumnKey>();
  for (const c of plan.columns) {
    byLabel.set(foldKey(c.label), c.key);
    byLabel.set(foldKey(c.key), c.key);
  }
  const idLabel = planIndex(plan).ids.label;
  const valid: CheckedDecision[] = [];
  const invalid: DecisionOutcome[] = [];
  for (const d of rows) {
    const fail = (problem: Problem, value: string | null) => invalid.push(invalidDecision(d, problem, value, idLabel));
    const kind = d.kind === null ? undefined : KIND_BY_KEY.get(foldKey(d.kind));
    if (kind === undefined) {
      fail("unknown-kind", d.kind);
      continue;
    }
    if (d.measureId === null || !knownIds.has(d.measureId)) {
      fail("unknown-id", d.measureId);
      continue;
    }
    const key = d.column === null ? null : (byLabel.get(foldKey(d.column)) ?? undefined);
    if (key === undefined) {
      fail("unknown-column", d.column);
      continue;
    }
    if (d.reason === null) {
      fail("no-reason", null);
      continue;
    }
    if (d.on === undefined) {
      fail("bad-on", null);
      continue;
    }
    const text = textOrNull(d.value);
    const base = { decision: d, kind, measureId: d.measureId, key, values: {}, text };
    switch (kind) {
      case "Wert setzen": {
        if (key === null) fail("no-column", null);
        else if (text === null) fail("no-value", null);
        else {
          const values = readDecidedValue(plan, key, d.value, d.valueFormat, today);
          if (values === null) fail("bad-value", text);
          else valid.push({ ...base, values });
        }
        break;
      }
      case "Terminverschiebung annehmen": {
        // Empty: the end date the office proposes becomes the plan's.
        if (text === null) valid.push({ ...base, key: "end" });
        else {
          const end = isCellDate(d.value) ? d.value.date.slice(0, 10) : parseDateText(text, "end");
          if (end === null) fail("bad-date", text);
          else valid.push({ ...base, key: "end", values: { end } });
        }
        break;
      }
      case "Quelle wählen":
        if (text === null) fail("no-value", null);
        else valid.push(base);
        break;
      case "Befund akzeptieren":
        if (text === null) fail("no-value", null);
        else if (!IssueCode.safeParse(text).success) fail("unknown-code", text);
        else valid.push(base);
        break;
      case "Kommentar":
        valid.push(base);
        break;
    }
  }
  return { valid, invalid };
};
