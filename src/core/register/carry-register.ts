import { germanDate } from "../german-date";
import type { Consolidation } from "../merge/consolidate";
import { nextHistory } from "./history";
import type { Register } from "./register";
import type { RegisterRound } from "./register-types";

/**
 * The round a merge adds to the register: the round being collected, or, when no template and no
 * --period names one, the run itself ("Stand 30.06.2024"), so its figures still enter the history.
 */
export const mergedRound = (round: RegisterRound | null, today: string): RegisterRound =>
  round ?? { name: `Stand ${germanDate(today)}`, cutoff: null, deadline: null, contact: null };

/** The consolidation with the register carried forward: earlier rounds kept, this round's added or replaced. */
export const carryRegister = (c: Consolidation, previous: Register | null, round: RegisterRound): Consolidation => ({
  ...c,
  register: { history: nextHistory(previous?.history ?? null, round, c) },
});
