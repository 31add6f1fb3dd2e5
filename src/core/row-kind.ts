import { cellText, isBlankValue, type RawCell } from "./cell";
import { foldKey } from "./fold";

const TOTALS = /^(summe|gesamt|insgesamt|total|anzahl|durchschnitt|mittelwert|ergebnis)/;
const MAYBE_TOTALS = /^[^\p{L}\p{N}]*[sgitadmeSGITADME]/u;

export const isBlankRow = (cells: readonly (RawCell | null)[]): boolean =>
  cells.every((c) => c === null || isBlankValue(c.value));

const isTotalsWord = (v: RawCell["value"]): boolean =>
  typeof v === "string" && MAYBE_TOTALS.test(v) && TOTALS.test(foldKey(v));

/**
 * A totals/summary line under the data ("Summe", "Gesamt: 42", or only formulas with no ID)
 * is recognised so it is not read as a measure. A row with something in its ID cell other than a
 * totals word is a measure, whatever its other cells start with: "Gesamtkonzept …" or "Anzahl
 * der Beratungen erhöhen" are measures, and skipping them would lose them without an error.
 */
export const isTotalsRow = (cells: readonly (RawCell | null)[], idOffset: number | null): boolean => {
  const id = idOffset === null ? null : cells[idOffset];
  if (id !== null && id !== undefined && !isBlankValue(id.value) && !isTotalsWord(id.value)) return false;
  const filled = cells.filter((c): c is RawCell => c !== null && !isBlankValue(c.value));
  if (filled.length === 0) return false;
  const first = filled[0]!;
  // Every totals word starts with one of these letters: other rows (an ID, a name) skip the folding.
  if (isTotalsWord(first.value)) return true;
  const idBlank = id === null || id === undefined || isBlankValue(id.value);
  return (
    idBlank &&
    filled.every((c) => c.formula === true) &&
    filled.some((c) => typeof c.value === "number" || cellText(c.value) !== "")
  );
};
