import type { Consolidation } from "../../core";
import type { ListSheet } from "../consolidated/list-sheet";
import { historyList } from "./history-sheet";
import { roundsList } from "./rounds-sheet";

/** The register's sheets, after the round's own lists; none when the merge carries no register. */
export const registerLists = (c: Consolidation): ListSheet[] =>
  c.register ? [historyList(c.register.history), roundsList(c.register.history.rounds)] : [];
