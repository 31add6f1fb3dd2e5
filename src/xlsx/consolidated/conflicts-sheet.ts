import type { Consolidation, PlanConfig } from "../../core";
import type { ListSheet } from "./list-sheet";
import { moreRowsText, type OutColumn } from "./sheet-kit";
import { sheetLabels } from "./labels";

const columns = (idLabel: string): OutColumn[] => [
  { header: idLabel, width: 12 },
  { header: "Feld", width: 18 },
  { header: "Wert (übernommen)", width: 36, wrap: true },
  { header: "Quelle (übernommen)", width: 28 },
  { header: "Zeile (übernommen)", width: 9 },
  { header: "Wert (abweichend)", width: 36, wrap: true },
  { header: "Quelle (abweichend)", width: 28 },
  { header: "Zeile (abweichend)", width: 9 },
];

/** Konflikte: the same measure reported with different values by more than one file, side by side. */
export const conflictsList = (c: Consolidation, plan: PlanConfig): ListSheet => {
  const label = new Map<string, string>(plan.columns.map((col) => [col.key, col.label]));
  return {
    sheet: "Konflikte",
    table: "Konflikte",
    columns: columns(sheetLabels(plan).measureId),
    count: c.conflicts.length,
    row: (i) => {
      const x = c.conflicts[i]!;
      return [
        x.measureId,
        label.get(x.field) ?? x.field,
        x.chosen.value,
        x.chosen.file,
        x.chosen.row,
        x.other.value,
        x.other.file,
        x.other.row,
      ];
    },
    emptyText: "Keine Konflikte: keine Maßnahme wurde von mehreren Dateien unterschiedlich gemeldet.",
    overflowText: moreRowsText("Konflikte"),
  };
};
