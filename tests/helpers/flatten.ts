import type { Issue } from "../../src/core";

/** Issues as [cell or row, code] tuples in the positions a user sees in Excel (frictionless' flatten). */
export const flat = (issues: readonly Issue[]): [string, string][] =>
  issues.map((i) => [i.cell ?? (i.row !== null ? `row ${i.row}` : "file"), i.code]);

export const withoutInfo = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.severity !== "info");

/** Findings without the readings (`cell/normalised`): for tests about rules, not about how values were read. */
export const withoutReadings = (issues: readonly Issue[]): Issue[] =>
  issues.filter((i) => i.code !== "cell/normalised");
