import { problem } from "../../make-issue";
import type { MeasureRow } from "../../measure-row";
import { NONE, type RowFinding, rowRule } from "../rule";

/** A required column the table has, left empty in this row (a cell already flagged says why itself). */
export const REQUIRED = rowRule({
  id: "required",
  codes: ["cell/required"],
  needs: [],
  check: (r, ctx) => {
    // A plain loop: this runs for every row of a merge, a million times for a large one.
    let found: RowFinding<"cell/required">[] | undefined;
    for (const spec of ctx.index.plan.columns) {
      if (!ctx.required.has(spec.key) || !ctx.columns.has(spec.key) || ctx.flagged.has(spec.key)) continue;
      const v = r[spec.key as keyof MeasureRow];
      if (v === null || (Array.isArray(v) && v.length === 0))
        (found ??= []).push({ problem: problem("cell/required", { label: spec.label }), field: spec.key });
    }
    return found ?? NONE;
  },
});
