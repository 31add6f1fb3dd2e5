import { cellText, isBlankValue, type RawCell } from "./cell";
import { foldKey } from "./fold";

const TOTALS = /^(summe|gesamt|insgesamt|total|anzahl|durchschnitt|mittelwert|ergebnis)/;
const MAYBE_TOTALS = /^[^\p{L}\p{N}]*[sgitadmeSGITADME]/u;

export const isBlankRow = (cells: readonly (RawCell | null)[]): boolean =>
  cells.every((c) => c === null || isBlankValue(c.value));

/**
 * A totals/summary line under the data ("Summe", "Gesamt: 42", or only formulas with no ID)
 * is recognised so it is not read as a measure.
 */
export const isTotalsRow = (cells: readonly (RawCell | null)[], idOffset: number | null): boolean => {
  const id = idOffset === null ? null : cells[idOffset];
  const filled = cells.filter((c): c is RawCell => c !== null && !isBlankValue(c.value));
  if (filled.length === 0) return false;
  const first = filled[0]!;
  // Every totals word starts with one of these letters: other rows (an ID, a name) skip the folding.
  if (typeof first.value === "string" && MAYBE_TOTALS.test(first.value) && TOTALS.test(foldKey(first.value))) return true;
  const idBlank = id === null || id === undefined || isBlankValue(id.value);
  return idBlank && filled.every((c) => c.formula === true) && filled.some((c) => typeof c.value === "number" || cellText(c.value) !== "");
};
