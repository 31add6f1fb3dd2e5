import type { Consolidation, PlanConfig } from "../../core";
import type { ListSheet } from "./list-sheet";
import { itemColumns, type ItemColumn } from "./item-columns";
import { moreRowsText } from "./sheet-kit";
import { sheetLabels } from "./labels";

type Conflict = Consolidation["conflicts"][number];

/** Konflikte: the same measure reported with different values by more than one file, side by side. */
export const conflictsList = (c: Consolidation, plan: PlanConfig): ListSheet => {
  const label = new Map<string, string>(plan.columns.map((col) => [col.key, col.label]));
  const columns: ItemColumn<Conflict>[] = [
    { header: sheetLabels(plan).measureId, width: 12, cell: (x) => x.measureId },
    { header: "Feld", width: 18, cell: (x) => label.get(x.field) ?? x.field },
    { header: "Wert (übernommen)", width: 36, wrap: true, cell: (x) => x.chosen.value },
    { header: "Quelle (übernommen)", width: 28, cell: (x) => x.chosen.file },
    { header: "Zeile (übernommen)", width: 9, cell: (x) => x.chosen.row },
    { header: "Wert (abweichend)", width: 36, wrap: true, cell: (x) => x.other.value },
    { header: "Quelle (abweichend)", width: 28, cell: (x) => x.other.file },
    { header: "Zeile (abweichend)", width: 9, cell: (x) => x.other.row },
  ];
  return {
    sheet: "Konflikte",
    table: "Konflikte",
    ...itemColumns(columns, c.conflicts),
    emptyText: "Keine Konflikte: keine Maßnahme wurde von mehreren Dateien unterschiedlich gemeldet.",
    overflowText: moreRowsText("Konflikte"),
  };
};
