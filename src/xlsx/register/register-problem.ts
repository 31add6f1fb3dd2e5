import { shownText, type CellValue } from "../../core";

/** Something wrong in a hand-edited register sheet, with the cell a coordinator finds it at. */
export interface RegisterProblem {
  readonly sheet: string;
  readonly cell: string | null;
  readonly message: string;
}

/** The value as the coordinator sees it in the cell, quoted, for a message. */
export const quoted = (v: CellValue): string => `„${shownText(v)}“`;

/** All problems as one German text: file, sheet and cell first, at most `limit` lines. */
export const problemsText = (file: string, problems: readonly RegisterProblem[], limit = 12): string => {
  const lines = problems
    .slice(0, limit)
    .map((p) => `  Blatt „${p.sheet}“${p.cell ? `, Zelle ${p.cell}` : ""}: ${p.message}`);
  const more = problems.length > limit ? [`  … und ${problems.length - limit} weitere`] : [];
  return [
    `Das Register ${file} kann nicht übernommen werden; es bleibt unverändert, nichts wurde geschrieben:`,
    ...lines,
    ...more,
  ].join("\n");
};
