import { foldKey } from "../fold";
import type { Issue } from "../issue";
import type { DecisionCheckReason } from "../issues/decision-issues";
import { makeIssue } from "../make-issue";
import { compareCandidates } from "../merge/choose-rows";
import type { Consolidation } from "../merge/consolidate";
import type { MasterMeasure, MergeInput, SourcedRecord } from "../merge/merge-types";
import type { MeasureRecord } from "../measure-row";
import { plainIssueOf } from "../packed-issues";
import { plainRecordOf, plainRowOf } from "../packed-records";
import type { CheckedDecision } from "./check-decisions";
import type { DecisionOutcome } from "./decision";
import { valueText } from "./value-text";

const baseName = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1) || path;

/** The rows every file gave for a measure, best first, as the merge would choose among them. */
export const candidatesOf = (inputs: readonly MergeInput[], id: string): SourcedRecord[] =>
  inputs
    .flatMap((i) =>
      i.records
        .filter((r) => r.row.measureId === id)
        .map((record) => ({ file: i.result.file, fileOffice: i.result.office, record })),
    )
    .sort(compareCandidates);

const applied = (d: CheckedDecision, basis: string | null, shown: string | null): DecisionOutcome => ({
  decision: d.decision,
  kind: d.kind,
  key: d.key,
  status: "applied",
  issue: null,
  basis,
  shown,
});

/** decision/check at the row's ID cell: the decision stays, someone must look at it again. */
export const toCheck = (
  d: CheckedDecision,
  reason: DecisionCheckReason,
  basis: string | null,
  shown: string | null,
  seen: { before?: string | null; now?: string | null } = {},
): DecisionOutcome => {
  const issue = makeIssue(
    "decision/check",
    { sheet: d.decision.sheet, row: d.decision.row, column: null },
    {
      value: d.measureId,
      params: {
        reason,
        ...(seen.before !== undefined ? { before: seen.before ?? "" } : {}),
        ...(seen.now !== undefined ? { now: seen.now ?? "" } : {}),
      },
    },
  );
  return {
    decision: d.decision,
    kind: d.kind,
    key: d.key,
    status: "check",
    issue: {
      ...issue,
      cell: d.decision.cells.measureId,
      column: d.decision.cells.measureId.replace(/\d+$/, ""),
    },
    basis,
    shown,
  };
};

/** What a merge changes before it consolidates: master end dates, preferred files, set values. */
export interface PreparedDecisions {
  readonly master: readonly MasterMeasure[] | undefined;
  readonly inputs: readonly MergeInput[];
  readonly preferred: ReadonlyMap<string, string>;
  readonly outcomes: readonly DecisionOutcome[];
  /** Decisions still to judge after consolidating (accepted findings, comments). */
  readonly later: readonly CheckedDecision[];
}

const withValues = (inputs: readonly MergeInput[], sets: readonly CheckedDecision[]): MergeInput[] =>
  inputs.map((i) => {
    const touched = i.records.some((r) => sets.some((d) => d.measureId === r.row.measureId));
    if (!touched) return i;
    const records: MeasureRecord[] = i.records.map((r) => {
      const mine = sets.filter((d) => d.measureId === r.row.measureId);
      return mine.length === 0
        ? r
        : { ...plainRecordOf(r), row: Object.assign(plainRowOf(r.row), ...mine.map((d) => d.values)) };
    });
    return { ...i, records };
  });

/**
 * Applies the decisions that shape the merge itself: an accepted postponement changes the master's
 * end date, a chosen file speaks for its measure, a set value replaces the office's (in every file,
 * so no conflict remains about it). A decision whose basis changed is not applied and is flagged.
 */
export const prepareDecisions = (
  decisions: readonly CheckedDecision[],
  inputs: readonly MergeInput[],
  master: readonly MasterMeasure[] | undefined,
): PreparedDecisions => {
  const outcomes: DecisionOutcome[] = [];
  const later: CheckedDecision[] = [];
  const preferred = new Map<string, string>();
  const sets: CheckedDecision[] = [];
  const masterIds = master ? new Set(master.map((m) => m.measureId)) : null;
  let newMaster = master;
  for (const d of decisions) {
    const shownValue = d.key !== null && Object.keys(d.values).length > 0 ? valueText(d.values, d.key) : d.text;
    if (masterIds && !masterIds.has(d.measureId)) {
      outcomes.push(toCheck(d, "left-plan", d.decision.basis, shownValue));
      continue;
    }
    const candidates = candidatesOf(inputs, d.measureId);
    switch (d.kind) {
      case "Quelle wählen": {
        const file = candidates.find((c) => foldKey(baseName(c.file)) === foldKey(baseName(d.text ?? "")));
        if (!file) outcomes.push(toCheck(d, "source-gone", d.decision.basis, d.text));
        else {
          preferred.set(d.measureId, file.file);
          const files = new Set(candidates.map((c) => c.file));
          outcomes.push(files.size < 2 ? toCheck(d, "conflict-gone", null, d.text) : applied(d, null, d.text));
        }
        break;
      }
      case "Wert setzen": {
        const office = candidates[0] ? valueText(candidates[0].record.row, d.key!) : null;
        const decided = shownValue;
        const basis = d.decision.basis ?? office;
        // The office now reports the decided value (a template pre-filled with it), or still what was decided on.
        if (office === decided || office === basis) {
          sets.push(d);
          outcomes.push(applied(d, basis, decided));
        } else outcomes.push(toCheck(d, "value-changed", basis, decided, { before: basis, now: office }));
        break;
      }
      case "Terminverschiebung annehmen": {
        const m = newMaster?.find((x) => x.measureId === d.measureId);
        const proposed = candidates.find((c) => c.record.row.end !== null && c.record.row.end !== m?.row.end)?.record
          .row.end;
        const end = d.values.end ?? proposed ?? null;
        if (end === null || end === undefined) {
          outcomes.push(toCheck(d, "no-proposal", d.decision.basis, null));
          break;
        }
        const shown = valueText({ end }, "end");
        if (newMaster)
          newMaster = newMaster.map((x) =>
            x.measureId === d.measureId ? { ...x, row: { ...plainRowOf(x.row), end } } : x,
          );
        else sets.push({ ...d, values: { end } });
        outcomes.push(applied(d, m?.row.end ? valueText(m.row, "end") : d.decision.basis, shown));
        break;
      }
      case "Befund akzeptieren":
      case "Kommentar":
        later.push(d);
        break;
    }
  }
  return { master: newMaster, inputs: withValues(inputs, sets), preferred, outcomes, later };
};

/** An issue accepted by a decision: still listed, marked, and out of every error count. */
const accept = (i: Issue): Issue => ({ ...plainIssueOf(i), accepted: true });

/**
 * After consolidating: accepted findings are marked (and the file's status follows what is left),
 * comments are noted. A finding no longer there, or a comment on a measure gone, is flagged.
 */
export const settleDecisions = (
  c: Consolidation,
  later: readonly CheckedDecision[],
): { c: Consolidation; outcomes: DecisionOutcome[] } => {
  const outcomes: DecisionOutcome[] = [];
  const accepts = later.filter((d) => d.kind === "Befund akzeptieren");
  const matches = (file: string, issue: Issue, d: CheckedDecision): boolean =>
    issue.code === d.text &&
    (d.key === null || issue.field === d.key) &&
    c.inputs.some(
      (i) =>
        i.result.file === file &&
        i.records.some(
          (r) => r.row.measureId === d.measureId && r.source.sheet === issue.sheet && r.source.row === issue.row,
        ),
    );
  const used = new Set<CheckedDecision>();
  const inputs = c.inputs.map((i) => {
    let changed = false;
    const issues = i.result.issues.map((issue) => {
      const d = accepts.find((a) => matches(i.result.file, issue, a));
      if (!d) return issue;
      used.add(d);
      changed = true;
      return accept(issue);
    });
    if (!changed) return i;
    const errorsLeft = issues.some((x) => x.severity === "error" && x.accepted !== true);
    const status = i.result.status === "invalid" && !errorsLeft ? "ok" : i.result.status;
    return { ...i, result: { ...i.result, issues, status } };
  });
  for (const d of later)
    if (d.kind === "Befund akzeptieren")
      outcomes.push(used.has(d) ? applied(d, null, d.text) : toCheck(d, "finding-gone", null, d.text));
    else outcomes.push(applied(d, null, d.text));
  return { c: { ...c, inputs }, outcomes };
};
