import { problem } from "../../make-issue";
import type { MeasureRow } from "../../measure-row";
import type { ColumnKey } from "../../columns/catalogue";
import type { ColumnSpec, PlanConfig } from "../../plan-config";
import { NONE, type RowContext, type RowFinding, rowRule } from "../rule";

interface RequiredHere {
  readonly required: ReadonlySet<ColumnKey>;
  readonly plan: PlanConfig;
  /** The plan's columns, in its order, that are required and in this header. */
  readonly specs: readonly ColumnSpec[];
}
const byHeader = new WeakMap<ReadonlyMap<ColumnKey, number>, RequiredHere>();
/** The required columns a header has: the same for all its rows, so worked out once per header. */
const requiredHere = (ctx: RowContext): readonly ColumnSpec[] => {
  let here = byHeader.get(ctx.columns);
  if (here === undefined || here.required !== ctx.required || here.plan !== ctx.index.plan) {
    const specs = ctx.index.plan.columns.filter((s) => ctx.required.has(s.key) && ctx.columns.has(s.key));
    byHeader.set(ctx.columns, (here = { required: ctx.required, plan: ctx.index.plan, specs }));
  }
  return here.specs;
};

/** A required column the table has, left empty in this row (a cell already flagged says why itself). */
export const REQUIRED = rowRule({
  id: "required",
  codes: ["cell/required"],
  needs: [],
  check: (r, ctx) => {
    // A plain loop: this runs for every row of a merge, a million times for a large one.
    let found: RowFinding<"cell/required">[] | undefined;
    const specs = requiredHere(ctx);
    for (let k = 0; k < specs.length; k++) {
      const spec = specs[k]!;
      if (ctx.flagged.has(spec.key)) continue;
      const v = r[spec.key as keyof MeasureRow];
      if (v === null || (Array.isArray(v) && v.length === 0))
        (found ??= []).push({ problem: problem("cell/required", { label: spec.label }), field: spec.key });
    }
    return found ?? NONE;
  },
});
