import { germanDate } from "../german-date";
import type { DecisionOutcome } from "./decision";

/** One line a coordinator reads: what was decided, by whom, when and why. */
export const decisionText = (o: DecisionOutcome): string => {
  const d = o.decision;
  const what = `${o.kind ?? d.kind}${d.column ? ` (${d.column})` : ""}${o.shown ? `: ${o.shown}` : ""}`;
  const who = [d.by, d.on ? germanDate(d.on) : null].filter(Boolean).join(", ");
  return `${what}${who ? ` – ${who}` : ""}${d.reason ? ` – ${d.reason}` : ""}`;
};
