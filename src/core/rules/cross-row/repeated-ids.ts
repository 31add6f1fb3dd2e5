import type { Issue } from "../../issue";
import { makeIssue } from "../../make-issue";
import type { MeasureRow } from "../../measure-row";
import { type CrossRowContext, crossRowRule, type PlacedRow } from "../rule";

/** A stable text form of a row's canonical values (keys in schema order) to spot identical rows. */
const fingerprint = (r: MeasureRow): string => JSON.stringify(Object.values(r));

/**
 * Duplicate measure IDs within one table, and rows that repeat another row entirely. Identical rows
 * share their ID (it is part of the row), so a row is only fingerprinted when its ID was seen before
 * (or it has none): most rows never build the text form.
 */
export const REPEATED_IDS = crossRowRule({
  id: "repeated-ids",
  codes: ["row/identical", "row/duplicate-id"],
  check: (rows: readonly PlacedRow[], ctx: CrossRowContext) => {
    const issues: (Issue & { code: "row/identical" | "row/duplicate-id" })[] = [];
    // Per ID (null IDs together), the earlier rows that were not themselves repeats, with their print.
    const groups = new Map<string | null, { p: PlacedRow; print?: string }[]>();
    for (const p of rows) {
      const at = { sheet: p.sheet, row: p.physicalRow, column: p.idColumn };
      const id = p.row.measureId;
      const group = groups.get(id);
      if (!group) {
        groups.set(id, [{ p }]);
        continue;
      }
      const print = fingerprint(p.row);
      const twin = group.find((g) => (g.print ??= fingerprint(g.p.row)) === print);
      if (twin) {
        issues.push(
          makeIssue("row/identical", at, { field: "measureId", value: id, params: { first: twin.p.physicalRow } }),
        );
        continue;
      }
      group.push({ p, print });
      if (id !== null)
        issues.push(
          makeIssue("row/duplicate-id", at, {
            field: "measureId",
            value: id,
            params: { first: group[0]!.p.physicalRow, label: ctx.index.ids.label },
          }),
        );
    }
    return issues;
  },
});
