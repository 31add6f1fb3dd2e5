import { germanDate } from "../../german-date";
import { problem } from "../../make-issue";
import { isOverdue } from "../../merge/measure-state";
import { dateKey, NONE, rowRule } from "../rule";

export const OVERDUE = rowRule({
  id: "overdue",
  codes: ["cell/overdue"],
  needs: ["status"],
  check: (r, ctx) => {
    if (r.end === null || !isOverdue(r, ctx.index, ctx.today)) return NONE;
    const status = r.status === null ? undefined : ctx.index.statusByValue.get(r.status);
    return [
      {
        problem: problem("cell/overdue", { end: germanDate(r.end), status: status?.label ?? "–" }),
        field: dateKey(ctx, "end"),
        value: germanDate(r.end),
        fallback: "status",
      },
    ];
  },
});
