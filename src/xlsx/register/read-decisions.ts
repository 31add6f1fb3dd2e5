import { isCellDate, parseDay, textOrNull, type DecisionRow, type Grid } from "../../core";
import { DECISION_HEADER } from "./register-labels";
import type { RegisterProblem } from "./register-problem";
import { sheetTable } from "./sheet-table";

const REQUIRED = [DECISION_HEADER.measureId, DECISION_HEADER.kind, DECISION_HEADER.reason] as const;

/**
 * Entscheidungen as the coordinator typed them. A sheet without its key columns cannot be read at
 * all (a problem: the register is refused); a row that is wrong in itself is read as it stands and
 * judged by the merge (decision/invalid at its cell), so the coordinator sees it and nothing is lost.
 */
export const readDecisions = (g: Grid, problems: RegisterProblem[]): DecisionRow[] => {
  const t = sheetTable(g);
  const missing = REQUIRED.filter((h) => !t.columns.has(h));
  if (missing.length > 0) {
    problems.push({
      sheet: t.sheet,
      cell: "1",
      message: `In der Kopfzeile fehlt ${missing.map((m) => `„${m}“`).join(", ")}; erwartet werden ${Object.values(DECISION_HEADER).slice(0, 7).join(", ")}.`,
    });
    return [];
  }
  // Columns the coordinator deleted read as empty; their address points at where they were expected.
  const colOf = (label: string) => t.columns.get(label) ?? 0;
  const last = Math.max(...t.headers.map((h) => h.column));
  const at = (row: number, label: string) => (colOf(label) ? t.address(row, colOf(label)) : t.address(row, last + 1));
  return t.rows.map((row): DecisionRow => {
    const text = (label: string) => (colOf(label) ? textOrNull(t.value(row, colOf(label))) : null);
    const on = colOf(DECISION_HEADER.on) ? t.value(row, colOf(DECISION_HEADER.on)) : null;
    const value = colOf(DECISION_HEADER.value) ? t.value(row, colOf(DECISION_HEADER.value)) : null;
    return {
      sheet: t.sheet,
      row,
      cells: {
        measureId: at(row, DECISION_HEADER.measureId),
        column: at(row, DECISION_HEADER.column),
        kind: at(row, DECISION_HEADER.kind),
        value: at(row, DECISION_HEADER.value),
        reason: at(row, DECISION_HEADER.reason),
        on: at(row, DECISION_HEADER.on),
      },
      measureId: text(DECISION_HEADER.measureId),
      column: text(DECISION_HEADER.column),
      kind: text(DECISION_HEADER.kind),
      value,
      ...(t.format(row, colOf(DECISION_HEADER.value))
        ? { valueFormat: t.format(row, colOf(DECISION_HEADER.value))! }
        : {}),
      reason: text(DECISION_HEADER.reason),
      by: text(DECISION_HEADER.by),
      on:
        textOrNull(on) === null
          ? null
          : isCellDate(on)
            ? on.date.slice(0, 10)
            : (parseDay(textOrNull(on)!) ?? undefined),
      basis: text(DECISION_HEADER.basis),
      origin: text(DECISION_HEADER.origin),
    };
  });
};
