import type { CellValue, RawCell } from "../core";

/** ISO text of an exceljs Date, read in UTC: exceljs builds dates from serials as UTC instants. */
const isoFromDate = (d: Date): string | null => {
  if (Number.isNaN(d.getTime())) return null;
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  const date = `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
  const h = d.getUTCHours(), m = d.getUTCMinutes(), s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? date : `${date}T${p(h)}:${p(m)}:${p(s)}`;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

const richText = (v: unknown): string | null =>
  isObject(v) && Array.isArray(v["richText"]) ? (v["richText"] as unknown[]).map((r) => (isObject(r) && typeof r["text"] === "string" ? r["text"] : "")).join("") : null;

/**
 * One exceljs value (any of its shapes) to the core's plain value. A formula contributes only its
 * cached result — the formula text is never carried; a hyperlink only its visible text.
 */
export const plainValue = (v: unknown): { value: CellValue; formula: boolean } => {
  if (v === null || v === undefined) return { value: null, formula: false };
  if (typeof v === "string" || typeof v === "boolean") return { value: v, formula: false };
  if (typeof v === "number") return { value: Number.isFinite(v) ? v : null, formula: false };
  if (v instanceof Date) {
    const iso = isoFromDate(v);
    return { value: iso === null ? null : { date: iso }, formula: false };
  }
  if (!isObject(v)) return { value: null, formula: false };
  if ("formula" in v || "sharedFormula" in v) return { value: plainValue(v["result"]).value, formula: true };
  if (typeof v["error"] === "string") return { value: { error: v["error"] }, formula: false };
  const rich = richText(v);
  if (rich !== null) return { value: rich, formula: false };
  if ("hyperlink" in v || "text" in v) {
    const text = v["text"];
    return { value: typeof text === "string" ? text : (richText(text) ?? null), formula: false };
  }
  return { value: null, formula: false };
};

/** A RawCell with the cell's number format, or null for an empty cell. */
export const rawCell = (value: unknown, numFmt: string | undefined): RawCell | null => {
  const { value: plain, formula } = plainValue(value);
  if (plain === null && !formula) return null;
  return { value: plain, ...(numFmt ? { format: numFmt } : {}), ...(formula ? { formula: true } : {}) };
};
