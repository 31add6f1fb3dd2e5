import { isCellDate, parseDay, textOrNull, type DecisionRow, type Grid, type PlanConfig } from "../../core";
import { FORMER_LABEL, sheetLabels } from "../consolidated/labels";
import { decisionHeader } from "./register-labels";
import type { RegisterProblem } from "./register-problem";
import { headerColumns, sheetTable } from "./sheet-table";

type DecisionColumn = keyof ReturnType<typeof decisionHeader>;
const REQUIRED: readonly DecisionColumn[] = ["measureId", "kind", "reason"];

/**
 * Entscheidungen as the coordinator typed them. A sheet without its key columns cannot be read at
 * all (a problem: the register is refused); a row that is wrong in itself is read as it stands and
 * judged by the merge (decision/invalid at its cell), so the coordinator sees it and nothing is lost.
 */
export const readDecisions = (g: Grid, plan: PlanConfig, problems: RegisterProblem[]): DecisionRow[] => {
  const t = sheetTable(g);
  const header = decisionHeader(sheetLabels(plan));
  const column = headerColumns(t, [header, decisionHeader(FORMER_LABEL)]);
  const missing = REQUIRED.filter((key) => column(key) === undefined);
  if (missing.length > 0) {
    problems.push({
      sheet: t.sheet,
      cell: "1",
      message: `In der Kopfzeile fehlt ${missing.map((m) => `„${header[m]}“`).join(", ")}; erwartet werden ${Object.values(header).slice(0, 7).join(", ")}.`,
    });
    return [];
  }
  // Columns the coordinator deleted read as empty; their address points at where they were expected.
  const colOf = (key: DecisionColumn) => column(key) ?? 0;
  const last = Math.max(...t.headers.map((h) => h.column));
  const at = (row: number, key: DecisionColumn) => (colOf(key) ? t.address(row, colOf(key)) : t.address(row, last + 1));
  return t.rows.map((row): DecisionRow => {
    const text = (key: DecisionColumn) => (colOf(key) ? textOrNull(t.value(row, colOf(key))) : null);
    const on = colOf("on") ? t.value(row, colOf("on")) : null;
    const value = colOf("value") ? t.value(row, colOf("value")) : null;
    return {
      sheet: t.sheet,
      row,
      cells: {
        measureId: at(row, "measureId"),
        column: at(row, "column"),
        kind: at(row, "kind"),
        value: at(row, "value"),
        reason: at(row, "reason"),
        on: at(row, "on"),
      },
      measureId: text("measureId"),
      column: text("column"),
      kind: text("kind"),
      value,
      ...(t.format(row, colOf("value")) ? { valueFormat: t.format(row, colOf("value"))! } : {}),
      reason: text("reason"),
      by: text("by"),
      on:
        textOrNull(on) === null
          ? null
          : isCellDate(on)
            ? on.date.slice(0, 10)
            : (parseDay(textOrNull(on)!) ?? undefined),
      basis: text("basis"),
      origin: text("origin"),
    };
  });
};
