import { germanDate } from "../../german-date";
import { problem } from "../../make-issue";
import type { ColumnKey } from "../../columns/catalogue";
import { dateKey, NONE, type RowFinding, rowRule, yearOf } from "../rule";

/** Start and end inside the plan's years: either bound, since a start in 9999 is as wrong as one in 1999. */
export const DATE_IN_PERIOD = rowRule({
  id: "date-in-period",
  codes: ["cell/date-outside-period"],
  needs: [],
  check: (r, ctx) => {
    const { first, last } = ctx.index.plan.period;
    const outside = (date: string | null, key: ColumnKey) =>
      date !== null && (yearOf(date) < first || yearOf(date) > last) && !ctx.flagged.has(key);
    const startKey = dateKey(ctx, "start");
    const endKey = dateKey(ctx, "end");
    if (!outside(r.start, startKey) && !outside(r.end, endKey)) return NONE;
    const found: RowFinding<"cell/date-outside-period">[] = [];
    for (const [date, key] of [
      [r.start, startKey],
      [r.end, endKey],
    ] as const)
      if (date !== null && outside(date, key))
        found.push({
          problem: problem("cell/date-outside-period", { first, last }),
          field: key,
          value: germanDate(date),
        });
    return found;
  },
});
