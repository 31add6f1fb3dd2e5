import { z } from "zod";

const MoneyColumn = z.object({
  label: z.string().trim().min(1).describe("German header, e.g. „Mittel geplant (EUR)“"),
  synonyms: z.array(z.string().trim().min(1)).default([]),
});

/**
 * The optional money columns a plan may declare (issue 16: the Finanzausschuss asks for amounts).
 * They are not canonical columns: an office's file keeps them as its own columns, and the tool
 * reads, checks and sums them by header only where the plan configuration names them.
 */
export const MoneyColumns = z.object({
  planned: MoneyColumn.optional(),
  spent: MoneyColumn.optional(),
  year: MoneyColumn.optional(),
  costCentre: MoneyColumn.optional(),
});
export type MoneyColumns = z.infer<typeof MoneyColumns>;
export type MoneyKey = keyof MoneyColumns;
