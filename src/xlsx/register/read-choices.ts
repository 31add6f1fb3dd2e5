import { textOrNull, type CellValue, type DecisionRow, type Grid, type PlanConfig } from "../../core";
import { FORMER_LABEL, sheetLabels } from "../consolidated/labels";
import { CHOICE_HEADER } from "./decision-choice";
import { sheetTable, type SheetTable } from "./sheet-table";

/** Where a sheet keeps the decision's column and value, by the kind chosen; the measure is under the ID column. */
interface ChoiceSheet {
  readonly sheet: string;
  readonly column: string;
  /** The column holding the value a kind decides on (the other file, the office's value, the code). */
  readonly valueFor: (kind: string) => string | null;
}

const baseName = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1) || path;

/** The three lists that offer the drop-down, and how a choice there reads as a decision. */
const CHOICE_SHEETS: readonly ChoiceSheet[] = [
  {
    // A conflict: choosing means the differing file speaks, or its value is set.
    sheet: "Konflikte",
    column: "Feld",
    valueFor: (kind) =>
      kind === "Quelle wählen" ? "Quelle (abweichend)" : kind === "Wert setzen" ? "Wert (abweichend)" : null,
  },
  {
    sheet: "Prüfbericht",
    column: "Feld",
    valueFor: (kind) => (kind === "Befund akzeptieren" ? "Code" : null),
  },
  {
    sheet: "Abweichungen vom Masterplan",
    column: "Spalte",
    valueFor: (kind) => (kind === "Terminverschiebung annehmen" || kind === "Wert setzen" ? "Wert des Amtes" : null),
  },
];

const choicesOn = (t: SheetTable, s: ChoiceSheet, idLabels: readonly string[]): DecisionRow[] => {
  const kindCol = t.columns.get(CHOICE_HEADER.kind);
  if (kindCol === undefined) return [];
  const col = (label: string | null) => (label === null ? undefined : t.columns.get(label));
  // The plan's label of the ID column, or the fixed one of a workbook written before the sheets took it.
  const idCol = idLabels.map((l) => t.columns.get(l)).find((c) => c !== undefined);
  const at = (row: number, c: number | undefined) => t.address(row, c ?? kindCol);
  return t.rows.flatMap((row) => {
    const kind = textOrNull(t.value(row, kindCol));
    if (kind === null) return [];
    const valueCol = col(s.valueFor(kind));
    const raw: CellValue = valueCol === undefined ? null : t.value(row, valueCol);
    const value = s.sheet === "Konflikte" && kind === "Quelle wählen" && typeof raw === "string" ? baseName(raw) : raw;
    const text = (c: number | undefined) => (c === undefined ? null : textOrNull(t.value(row, c)));
    const reasonCol = col(CHOICE_HEADER.reason);
    return [
      {
        sheet: t.sheet,
        row,
        cells: {
          measureId: at(row, idCol),
          column: at(row, col(s.column)),
          kind: at(row, kindCol),
          value: at(row, valueCol),
          reason: at(row, reasonCol),
          on: at(row, kindCol),
        },
        measureId: text(idCol),
        column: text(col(s.column)),
        kind,
        value,
        reason: text(reasonCol),
        by: null,
        on: null,
        basis: null,
        origin: s.sheet,
      },
    ];
  });
};

/**
 * The choices the coordinator made in the "Entscheidung" drop-downs of Konflikte, Prüfbericht and
 * Abweichungen, as decision rows: the next merge applies them and lists them on Entscheidungen.
 */
export const readChoices = (grids: readonly Grid[], plan: PlanConfig): DecisionRow[] => {
  const idLabels = [sheetLabels(plan).measureId, FORMER_LABEL.measureId];
  return CHOICE_SHEETS.flatMap((s) => {
    const g = grids.find((x) => x.sheet === s.sheet);
    return g ? choicesOn(sheetTable(g), s, idLabels) : [];
  });
};
