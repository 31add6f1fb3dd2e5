import { z } from "zod";
import { columnIndex } from "../../core";

/** Excel's limits: a position beyond them (a hand-edited report) would make an invalid workbook. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
const column = z
  .string()
  .regex(/^[A-Z]{1,3}$/, "Spaltenbuchstaben A bis XFD erwartet")
  .refine((c) => columnIndex(c) <= EXCEL_COLUMNS, "Spalte hinter XFD (Excel hat 16.384 Spalten)");

/** One finding as the merge's --report-json (or validate --json) writes it: positions and the German message. */
export const FeedbackIssue = z
  .object({
    code: z.string(),
    severity: z.enum(["error", "warning", "info"]),
    sheet: z.string().nullable(),
    cell: z.string().nullable(),
    row: z.number().int().positive().max(EXCEL_ROWS, "Zeile hinter 1.048.576 (Excel hat nicht mehr Zeilen)").nullable(),
    column: column.nullable(),
    field: z.string().nullable(),
    value: z.string().nullable(),
    message: z.string(),
  })
  // The cell must be the column and row it claims: the copy marks `cell`, the list links `row`.
  .refine((i) => i.cell === null || (i.column !== null && i.row !== null && i.cell === `${i.column}${i.row}`), {
    message: "cell passt nicht zu column und row",
    path: ["cell"],
  });
export type FeedbackIssue = z.infer<typeof FeedbackIssue>;

export const FeedbackFile = z.object({
  file: z.string(),
  sha256: z.string(),
  status: z.enum(["ok", "invalid", "unreadable"]),
  office: z.string().nullable(),
  sheet: z.string().nullable(),
  rows: z.number().int().min(0),
  issues: z.array(FeedbackIssue),
});
export type FeedbackFile = z.infer<typeof FeedbackFile>;

/** The parts of the report the feedback needs; other fields (totals, master, output) may be there too. */
export const FeedbackReport = z.object({
  version: z.literal(1),
  plan: z.string(),
  today: z.iso.date(),
  inputs: z.array(FeedbackFile),
});
export type FeedbackReport = z.infer<typeof FeedbackReport>;

export type ParsedReport =
  | { readonly ok: true; readonly report: FeedbackReport }
  | { readonly ok: false; readonly message: string };

/** The JSON text of a report, checked; a bad file says where it is wrong. */
export const parseFeedbackReport = (text: string): ParsedReport => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `kein gültiges JSON (${(e as Error).message})` };
  }
  const parsed = FeedbackReport.safeParse(json);
  if (parsed.success) return { ok: true, report: parsed.data };
  const first = parsed.error.issues[0];
  return {
    ok: false,
    message: `nicht die erwartete Form eines Prüfberichts (version 1): ${first ? `$.${first.path.join(".")}: ${first.message}` : ""}`,
  };
};
