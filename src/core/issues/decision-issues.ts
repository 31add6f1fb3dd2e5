import { z } from "zod";
import { issueEntry } from "./entry";
import { q } from "./quote";

/** Why a decision of the coordinator needs another look. */
export const DecisionCheckReason = z.enum([
  "conflict-gone",
  "source-gone",
  "value-changed",
  "left-plan",
  "finding-gone",
  "no-proposal",
]);
export type DecisionCheckReason = z.infer<typeof DecisionCheckReason>;

/** What is wrong with a decision row. */
export const DecisionProblem = z.enum([
  "unknown-id",
  "unknown-column",
  "unknown-kind",
  "no-reason",
  "no-column",
  "no-value",
  "bad-value",
  "bad-date",
  "unknown-code",
  "bad-on",
]);
export type DecisionProblem = z.infer<typeof DecisionProblem>;

const CHECK_DE: Readonly<Record<DecisionCheckReason, string>> = {
  "conflict-gone": "der Konflikt besteht nicht mehr, die Maßnahme meldet nur noch eine Datei",
  "source-gone": "die gewählte Datei liegt in dieser Runde nicht vor",
  "value-changed":
    "das Amt hat den Wert seit der Entscheidung geändert; die Meldung des Amtes gilt, bis neu entschieden ist",
  "left-plan": "die Maßnahme steht nicht mehr im Masterplan",
  "finding-gone": "der akzeptierte Befund tritt nicht mehr auf",
  "no-proposal": "das Amt schlägt kein anderes Ende vor; bitte das neue Ende in „Wert“ eintragen",
};

const PROBLEM_DE: Readonly<Record<Exclude<DecisionProblem, "unknown-id">, string>> = {
  "unknown-column": "diese Spalte kennt der Plan nicht",
  "unknown-kind":
    "die Art muss „Quelle wählen“, „Wert setzen“, „Befund akzeptieren“, „Terminverschiebung annehmen“ oder „Kommentar“ sein",
  "no-reason": "die Begründung fehlt",
  "no-column": "für „Wert setzen“ bitte die Spalte in „Feld“ angeben",
  "no-value": "der Wert fehlt",
  "bad-value": "der Wert ist für diese Spalte nicht zulässig",
  "bad-date": "das ist kein Datum (TT.MM.JJJJ)",
  "unknown-code": "das ist kein Prüfcode des Werkzeugs (z. B. cell/overdue)",
  "bad-on": "„Am“ ist kein Datum (TT.MM.JJJJ)",
};

/** Findings about the coordinator's decisions on the register's Entscheidungen sheet (issue 15). */
export const DECISION_ISSUES = {
  // The basis of a decision changed: kept, never dropped, but someone must look at it again.
  "decision/check": issueEntry({
    severity: "warning",
    audience: "coordinator",
    params: z.object({ reason: DecisionCheckReason, before: z.string().optional(), now: z.string().optional() }),
    example: { reason: "value-changed", before: "10 %", now: "40 %" },
    message: (p) =>
      `Entscheidung prüfen: ${CHECK_DE[p.reason]}${p.before !== undefined || p.now !== undefined ? ` (bei der Entscheidung ${q(p.before)}, jetzt ${q(p.now)})` : ""}.`,
  }),
  // A decision row that cannot be applied: the coordinator fixes the row.
  "decision/invalid": issueEntry({
    severity: "error",
    audience: "coordinator",
    // idLabel: the plan's name of the ID column.
    params: z.object({ problem: DecisionProblem, idLabel: z.string() }),
    example: { problem: "unknown-id", idLabel: "Kennung" },
    message: (p, seen) =>
      `Die Entscheidung in dieser Zeile kann nicht angewendet werden: ${
        p.problem === "unknown-id"
          ? `die ${p.idLabel} gibt es weder im Masterplan noch im Verlauf`
          : PROBLEM_DE[p.problem]
      }${seen.value ? ` (${seen.v})` : ""}.`,
  }),
};
