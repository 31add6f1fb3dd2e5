import { canonicalLayout, makeMeasureId, type ColumnKey, type PlanConfig } from "../core";
import { day } from "./example-sheet";

/** One measure of a plan's generated master: its ID and the value of each master column. */
export interface PlanMeasure {
  readonly id: string;
  readonly leadOffice: string;
  readonly values: Partial<Record<ColumnKey, string | Date>>;
}

const GOALS_PER_FIELD = 2;
const MEASURES_PER_GOAL = 2;

/**
 * Example measures made from any plan configuration: two goals of two measures per field of action,
 * IDs in the plan's own form, lead offices taken in turn, dates inside the plan's period. Plain
 * words, no plan's real text: enough to show the template, the merge and the report.
 */
export const planMeasures = (plan: PlanConfig): PlanMeasure[] => {
  const offices = plan.offices.filter((o) => o.kind !== "extern");
  const { first, last } = plan.period;
  const out: PlanMeasure[] = [];
  plan.fields.forEach((field, f) => {
    for (let g = 1; g <= GOALS_PER_FIELD; g++)
      for (let m = 1; m <= MEASURES_PER_GOAL; m++) {
        const n = out.length;
        const office = offices[n % offices.length]!;
        const partner = offices[(n + 1) % offices.length]!;
        const endYear = Math.min(last, first + 1 + ((f + m) % (last - first)));
        out.push({
          id: makeMeasureId(plan, field.code, g, m),
          leadOffice: office.name,
          values: {
            field: field.name,
            goal: `Ziel ${g} im Handlungsfeld „${field.name}“`,
            measure: `Maßnahme ${m} zu Ziel ${g}: ${field.name} (Beispiel)`,
            leadOffice: office.name,
            partners: partner.name,
            timeframe: `${first}–${endYear}`,
            start: day(first, 1, 1),
            end: day(endYear, 12, 31),
            budget: plan.budget[(n % 3) % Math.max(plan.budget.length, 1)]?.value ?? "",
            newVoluntaryService: "nein",
            targetGroup: "Einwohnerinnen und Einwohner",
            indicator: "Anzahl erreichter Personen",
            targetValue: String(50 * (m + g)),
          },
        });
      }
  });
  return out;
};

/** The master columns the plan has, in its layout order: the master plan's header. */
export const masterColumns = (plan: PlanConfig) => canonicalLayout(plan).filter((c) => c.master);
