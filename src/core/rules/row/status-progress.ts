import { q } from "../../issues/quote";
import { problem } from "../../make-issue";
import { NONE, rowRule } from "../rule";

/** Progress outside the range the plan's status scale expects for the reported status. */
export const STATUS_PROGRESS = rowRule({
  id: "status-progress",
  codes: ["cell/status-progress"],
  needs: ["status", "progress"],
  check: (r, ctx) => {
    const status = r.status === null ? undefined : ctx.index.statusByValue.get(r.status);
    if (!status || r.progress === null || (r.progress >= status.progress.min && r.progress <= status.progress.max))
      return NONE;
    const { min, max } = status.progress;
    const column = (key: "status" | "progress") => ctx.index.plan.columns.find((c) => c.key === key);
    const statusColumn = column("status");
    const progressLabel = column("progress")?.label ?? "progress";
    const statusDative = statusColumn?.dative ?? `zu ${q(statusColumn?.label ?? "status")}`;
    return [
      {
        problem: problem("cell/status-progress", { status: status.label, min, max, progressLabel, statusDative }),
        field: "progress",
        value: `${r.progress} %`,
      },
    ];
  },
});
