import { cellText, type CellValue } from "../../core";

/** A cell value as a clerk reads it: dates German, percent as percent where the fix sets it. */
export const showValue = (v: CellValue, format?: string): string => {
  if (v !== null && typeof v === "object" && "date" in v) {
    const [y, m, d] = v.date.slice(0, 10).split("-");
    return `${d}.${m}.${y}`;
  }
  if (typeof v === "number" && format?.includes("%")) return `${Math.round(v * 10000) / 100} %`;
  if (typeof v === "boolean") return v ? "WAHR" : "FALSCH";
  return cellText(v);
};

export const SEVERITY_LABEL = { error: "Fehler", warning: "Warnungen", info: "Hinweise" } as const;
