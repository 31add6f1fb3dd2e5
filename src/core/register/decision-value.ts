import type { CellValue } from "../cell";
import type { ColumnKey } from "../columns/catalogue";
import type { MeasureRow } from "../measure-row";
import type { PlanConfig } from "../plan-config";
import { validateGrid } from "../validate-table";

/**
 * A value the coordinator typed for a column, read exactly as an office's cell in that column would
 * be (synonyms, "80 %", German dates): a one-row table through the same validation. null when the
 * reading has an error for the cell, or yields nothing.
 */
export const readDecidedValue = (
  plan: PlanConfig,
  key: ColumnKey,
  value: CellValue,
  format: string | undefined,
  today: string,
): Partial<MeasureRow> | null => {
  const label = plan.columns.find((c) => c.key === key)?.label;
  const idLabel = plan.columns.find((c) => c.key === "measureId")?.label;
  if (label === undefined || idLabel === undefined) return null;
  const report = validateGrid(
    {
      sheet: "Entscheidung",
      top: 1,
      left: 1,
      rows: [
        [{ value: idLabel }, { value: label }],
        [{ value: "1.1.1" }, { value, ...(format ? { format } : {}) }],
      ],
    },
    plan,
    { today, required: ["measureId"] },
  );
  const record = report.records[0];
  if (!record || report.issues.some((i) => i.field === key && i.severity === "error")) return null;
  // A timeframe column sets start, end and ongoing together.
  const fields: readonly (keyof MeasureRow)[] =
    key === "timeframe" ? ["start", "end", "ongoing"] : key in record.row ? [key as keyof MeasureRow] : [];
  if (fields.length === 0 || fields.every((f) => record.row[f] === null)) return null;
  return Object.fromEntries(fields.map((f) => [f, record.row[f]])) as Partial<MeasureRow>;
};
