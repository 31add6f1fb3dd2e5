import { isCellDate, textOrNull, type CellValue, type Grid, type ReturnRow } from "../../core";
import { RETURN_HEADER } from "./register-labels";
import { quoted, type RegisterProblem } from "./register-problem";
import { sheetTable } from "./sheet-table";

const list = (t: string | null): string[] =>
  t === null
    ? []
    : t
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean);

/**
 * Rücklauf as the last merge wrote it, with what the coordinator added by hand (the date a
 * Rückmeldung went out). A date column holding no date is a problem naming its cell.
 */
export const readReturns = (g: Grid, problems: RegisterProblem[]): ReturnRow[] => {
  const t = sheetTable(g);
  const col = (label: string) => t.columns.get(label);
  for (const label of [RETURN_HEADER.round, RETURN_HEADER.office, RETURN_HEADER.allVersions])
    if (col(label) === undefined) problems.push({ sheet: t.sheet, cell: "1", message: `Die Spalte „${label}“ fehlt.` });
  if (problems.some((p) => p.sheet === t.sheet)) return [];
  const value = (row: number, label: string): CellValue =>
    col(label) === undefined ? null : t.value(row, col(label)!);
  const text = (row: number, label: string) => textOrNull(value(row, label));
  const date = (row: number, label: string): string | null => {
    const v = value(row, label);
    if (textOrNull(v) === null) return null;
    if (isCellDate(v)) return v.date.slice(0, 10);
    problems.push({
      sheet: t.sheet,
      cell: t.address(row, col(label)!),
      message: `${quoted(v)} ist kein Datum (TT.MM.JJJJ).`,
    });
    return null;
  };
  return t.rows.flatMap((row): ReturnRow[] => {
    const round = text(row, RETURN_HEADER.round);
    const office = text(row, RETURN_HEADER.office);
    if (round === null || office === null) return [];
    const errors = value(row, RETURN_HEADER.errors);
    return [
      {
        round,
        office,
        templateCreated: date(row, RETURN_HEADER.templateCreated),
        versions: list(text(row, RETURN_HEADER.allVersions)),
        newestFile: text(row, RETURN_HEADER.newestFile),
        newestReceived: date(row, RETURN_HEADER.newestReceived),
        deadline: date(row, RETURN_HEADER.deadline),
        errors: typeof errors === "number" ? errors : null,
        feedbackWritten: date(row, RETURN_HEADER.feedbackWritten),
        correctedReceived: date(row, RETURN_HEADER.correctedReceived),
        olderFiles: list(text(row, RETURN_HEADER.olderFiles)),
      },
    ];
  });
};
