import type { ListSheet } from "../consolidated/list-sheet";
import { KIND_LIST } from "./decisions-sheet";

/** The two columns a coordinator fills on Konflikte, Prüfbericht and Abweichungen to decide on a row. */
export const CHOICE_HEADER = { kind: "Entscheidung", reason: "Begründung (Entscheidung)" } as const;

/**
 * A list with a drop-down "Entscheidung" and a reason column at its end: what the coordinator picks
 * there, the next merge turns into a row of Entscheidungen (read-choices.ts). Empty here: a choice
 * is made once, then lives on Entscheidungen.
 */
export const withDecisionChoice = (list: ListSheet | null): ListSheet | null =>
  list === null
    ? null
    : {
        ...list,
        columns: [
          ...list.columns,
          { header: CHOICE_HEADER.kind, width: 26, choices: KIND_LIST },
          { header: CHOICE_HEADER.reason, width: 36, wrap: true },
        ],
        row: (i) => [...list.row(i), null, null],
      };
