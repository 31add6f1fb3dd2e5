import type { ColumnKey } from "../columns/catalogue";
import { germanDate } from "../german-date";
import type { MeasureRow } from "../measure-row";

/** A row's value in a column as a coordinator reads it: German dates, percent, lists joined. */
export const valueText = (row: Partial<MeasureRow>, key: ColumnKey): string | null => {
  if (!(key in row)) return null;
  const v = row[key as keyof MeasureRow];
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.length ? v.join("; ") : null;
  if (typeof v === "boolean") return v ? "ja" : "nein";
  if (key === "progress") return `${v} %`;
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return germanDate(v);
  return String(v);
};
