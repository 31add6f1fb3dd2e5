import { germanDate } from "../../german-date";
import { problem } from "../../make-issue";
import { dateKey, NONE, rowRule } from "../rule";

export const END_AFTER_START = rowRule({
  id: "end-after-start",
  codes: ["cell/end-before-start"],
  needs: [],
  check: (r, ctx) =>
    r.start !== null && r.end !== null && r.end < r.start
      ? [
          {
            problem: problem("cell/end-before-start", { start: germanDate(r.start) }),
            field: dateKey(ctx, "end"),
            value: germanDate(r.end),
          },
        ]
      : NONE,
});
