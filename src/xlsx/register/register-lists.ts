import type { Consolidation, PlanConfig } from "../../core";
import { sheetLabels } from "../consolidated/labels";
import type { ListSheet } from "../consolidated/list-sheet";
import { decisionsList } from "./decisions-sheet";
import { historyList } from "./history-sheet";
import { returnsList } from "./returns-sheet";
import { roundsList } from "./rounds-sheet";

/** The register's sheets, after the round's own lists; none when the merge carries no register. */
export const registerLists = (c: Consolidation, plan: PlanConfig): ListSheet[] =>
  c.register
    ? [
        decisionsList(c.register.decisions, sheetLabels(plan)),
        returnsList(c.register.returns),
        historyList(c.register.history, sheetLabels(plan)),
        roundsList(c.register.history.rounds),
      ]
    : [];
