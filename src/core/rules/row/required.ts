import type { MeasureRow } from "../../measure-row";
import { problem } from "../../make-issue";
import { rowRule } from "../rule";

/** A required column the table has, left empty in this row (a cell already flagged says why itself). */
export const REQUIRED = rowRule({
  id: "required",
  codes: ["cell/required"],
  needs: [],
  check: (r, ctx) =>
    ctx.index.plan.columns.flatMap((spec) => {
      if (!ctx.required.has(spec.key) || !ctx.columns.has(spec.key) || ctx.flagged.has(spec.key)) return [];
      const v = r[spec.key as keyof MeasureRow];
      return v === null || (Array.isArray(v) && v.length === 0)
        ? [{ problem: problem("cell/required", { label: spec.label }), field: spec.key }]
        : [];
    }),
});
