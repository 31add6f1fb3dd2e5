import { DECISION_KINDS, isCellDate, isCellError, messageDe, type CellValue, type DecisionOutcome } from "../../core";
import { itemColumns, type ItemColumn } from "../consolidated/item-columns";
import type { ListSheet } from "../consolidated/list-sheet";
import { excelDate, moreRowsText, type OutValue } from "../consolidated/sheet-kit";
import type { SheetLabels } from "../consolidated/labels";
import { decisionHeader, DECISION_STATUS_DE, REGISTER_SHEET } from "./register-labels";

/** A value as the coordinator typed it, written back as such (a date stays a date, 0.8 stays 0.8). */
const asTyped = (v: CellValue): OutValue =>
  v === null ? null : isCellDate(v) ? excelDate(v.date) : isCellError(v) ? v.error : v;

/** The drop-down of the Art column, offered on every row the sheet may get. */
export const KIND_LIST = `"${DECISION_KINDS.join(",")}"`;

/**
 * Entscheidungen: every decision, as typed, with what this merge made of it — never dropped. The
 * merge's own columns (Status, Hinweis, Grundlage) are rewritten each time; "Grundlage" keeps the
 * office's value the decision rested on, so a later change of it is noticed.
 */
export const decisionsList = (outcomes: readonly DecisionOutcome[], labels: SheetLabels): ListSheet => {
  const header = decisionHeader(labels);
  const columns: ItemColumn<DecisionOutcome>[] = [
    { header: header.measureId, width: 12, cell: (o) => o.decision.measureId },
    { header: header.column, width: 18, cell: (o) => o.decision.column },
    { header: header.kind, width: 26, choices: KIND_LIST, cell: (o) => o.decision.kind },
    {
      header: header.value,
      width: 24,
      wrap: true,
      // An accepted postponement without a typed date keeps the date it accepted: the next round's
      // office may propose nothing any more, and the plan's end must not fall back silently.
      cell: (o) =>
        o.decision.value === null && o.kind === "Terminverschiebung annehmen" && o.status === "applied"
          ? o.shown
          : asTyped(o.decision.value),
    },
    { header: header.reason, width: 40, wrap: true, cell: (o) => o.decision.reason },
    { header: header.by, width: 18, cell: (o) => o.decision.by },
    {
      header: header.on,
      width: 12,
      format: "dd.mm.yyyy",
      cell: (o) => (o.decision.on ? excelDate(o.decision.on) : null),
    },
    { header: header.status, width: 18, cell: (o) => DECISION_STATUS_DE[o.status] },
    { header: header.note, width: 50, wrap: true, cell: (o) => (o.issue ? messageDe(o.issue) : null) },
    { header: header.basis, width: 20, cell: (o) => o.basis },
    { header: header.origin, width: 14, cell: (o) => o.decision.origin },
  ];
  return {
    sheet: REGISTER_SHEET.decisions,
    table: "Entscheidungen",
    ...itemColumns(columns, outcomes),
    // The coordinator types into the row under the header: a placeholder text there would be read as a decision.
    emptyText: null,
    overflowText: moreRowsText("Entscheidungen"),
  };
};
