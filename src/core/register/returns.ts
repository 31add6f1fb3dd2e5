import { compareText } from "../compare";
import type { FileResult } from "../file-result";
import type { Consolidation } from "../merge/consolidate";
import type { MergeInput } from "../merge/merge-types";
import { sameRound } from "./rounds";
import type { RegisterRound } from "./register-types";

/** One office's returns in one round, as the Rücklauf sheet keeps them. */
export interface ReturnRow {
  readonly round: string;
  readonly office: string;
  /** ISO date the office's template was made, when a returned file names it. */
  readonly templateCreated: string | null;
  /** Every version received (SHA-256), oldest first: a re-merge with a new file counts one more. */
  readonly versions: readonly string[];
  readonly newestFile: string | null;
  /** ISO date the newest version arrived (the file's modification date). */
  readonly newestReceived: string | null;
  readonly deadline: string | null;
  /** Errors left in the newest version (accepted findings do not count). */
  readonly errors: number | null;
  /** Typed by the coordinator (ISO date): when the Rückmeldung went out. */
  readonly feedbackWritten: string | null;
  /** ISO date a corrected version (a second or later one) arrived; null while there is none. */
  readonly correctedReceived: string | null;
  /** Earlier versions' files, named so the coordinator sees they were not merged again. */
  readonly olderFiles: readonly string[];
}

export type Punctuality = "on-time" | "late" | "none";

/** On time when the newest version arrived on or before the deadline; "none" while nothing came. */
export const punctuality = (r: ReturnRow): Punctuality =>
  r.newestReceived === null
    ? "none"
    : r.deadline === null || r.newestReceived.slice(0, 10) <= r.deadline
      ? "on-time"
      : "late";

/** What the shell knows about a file that the core cannot: when it arrived (its modification date). */
export type ReceivedDates = ReadonlyMap<string, string>;

const baseName = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1) || path;

/**
 * Files of this round that an office has since replaced: an earlier version the register already
 * counted, next to a newer file of the same office. They are listed in Rücklauf, not merged again.
 */
export const supersededFiles = (
  inputs: readonly MergeInput[],
  previous: readonly ReturnRow[],
  round: RegisterRound,
): Set<string> => {
  const out = new Set<string>();
  const byOffice = new Map<string, FileResult[]>();
  for (const i of inputs)
    if (i.result.office !== null && i.result.status !== "unreadable")
      byOffice.set(i.result.office, [...(byOffice.get(i.result.office) ?? []), i.result]);
  for (const [office, files] of byOffice) {
    if (files.length < 2) continue;
    const known = new Set(
      previous.filter((r) => sameRound(r.round, round.name) && r.office === office).flatMap((r) => r.versions),
    );
    const fresh = files.filter((f) => !known.has(f.sha256));
    if (fresh.length === 0) continue;
    for (const f of files) if (known.has(f.sha256)) out.add(f.file);
  }
  return out;
};

/**
 * Rücklauf after this merge: the earlier rounds' rows as they were, and this round's row per office
 * (every lead office of the master plan, and every office that sent a file), its versions counted
 * across merges of the round.
 */
export const nextReturns = (
  previous: readonly ReturnRow[],
  round: RegisterRound,
  c: Consolidation,
  superseded: readonly FileResult[],
  received: ReceivedDates,
  templates: ReadonlyMap<string, string>,
): ReturnRow[] => {
  const before = (office: string) =>
    previous.find((r) => sameRound(r.round, round.name) && r.office === office) ?? null;
  const files = [...c.inputs.map((i) => i.result), ...superseded].filter(
    (r) => r.office !== null && r.status !== "unreadable",
  );
  const offices = new Set<string>([
    ...files.map((f) => f.office!),
    ...previous.filter((r) => sameRound(r.round, round.name)).map((r) => r.office),
    ...(c.withMaster ? c.entries.map((e) => e.row.leadOffice).filter((o): o is string => o !== null) : []),
  ]);
  const rows = [...offices].sort(compareText).map((office): ReturnRow => {
    const old = before(office);
    const mine = files
      .filter((f) => f.office === office)
      .sort(
        (a, b) => compareText(received.get(a.file) ?? "", received.get(b.file) ?? "") || compareText(a.file, b.file),
      );
    const versions = [...(old?.versions ?? [])];
    for (const f of mine) if (!versions.includes(f.sha256)) versions.push(f.sha256);
    const merged = mine.filter((f) => !superseded.includes(f));
    const newest = merged[merged.length - 1] ?? null;
    const newestDate = newest ? (received.get(newest.file) ?? null) : (old?.newestReceived ?? null);
    const olderFiles = [
      ...new Set([
        ...(old?.olderFiles ?? []),
        ...(old?.newestFile && old.newestFile !== (newest ? baseName(newest.file) : null) ? [old.newestFile] : []),
        ...mine.filter((f) => f !== newest).map((f) => baseName(f.file)),
      ]),
    ];
    return {
      round: round.name,
      office,
      templateCreated: templates.get(office) ?? old?.templateCreated ?? null,
      versions,
      newestFile: newest ? baseName(newest.file) : (old?.newestFile ?? null),
      newestReceived: newestDate,
      deadline: round.deadline,
      errors: newest
        ? newest.issues.filter((i) => i.severity === "error" && i.accepted !== true).length
        : (old?.errors ?? null),
      feedbackWritten: old?.feedbackWritten ?? null,
      correctedReceived: versions.length > 1 ? newestDate : null,
      olderFiles,
    };
  });
  return [...previous.filter((r) => !sameRound(r.round, round.name)), ...rows];
};
