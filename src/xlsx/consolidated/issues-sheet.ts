import {
  COLUMN_TYPES,
  findingsByFile,
  messageDe,
  type Consolidation,
  type Issue,
  plainIssueOf,
  type PlanConfig,
} from "../../core";
import type { ListSheet } from "./list-sheet";
import { lazyItemColumns, type ItemColumn } from "./item-columns";
import { countDe, SEVERITY_DE } from "./sheet-kit";
import { SHEET, sheetLabels } from "./labels";

/** A finding and its file, made for the one row it is written to. */
type FileIssue = Issue & { readonly file: string };

/**
 * The measure ID of each office row, by file, sheet and row. Maps within maps: a text key built
 * for every row and again for every finding was a tenth of preparing a long Prüfbericht.
 */
const measuresByPosition = (c: Consolidation): Map<string, Map<string, Map<number, string>>> => {
  const byFile = new Map<string, Map<string, Map<number, string>>>();
  for (const i of c.inputs) {
    let bySheet = byFile.get(i.result.file);
    if (bySheet === undefined) byFile.set(i.result.file, (bySheet = new Map()));
    for (const r of i.records) {
      if (r.row.measureId === null) continue;
      let byRow = bySheet.get(r.source.sheet);
      if (byRow === undefined) bySheet.set(r.source.sheet, (byRow = new Map()));
      byRow.set(r.source.row, r.row.measureId);
    }
  }
  return byFile;
};

/** Prüfbericht: every issue with file and cell, sorted by file then position — the list sent back to an office. */
export const issuesList = (c: Consolidation, plan: PlanConfig): ListSheet => {
  const label = new Map(plan.columns.map((col) => [col.key, col.label]));
  const { issues, files } = findingsByFile(c.inputs);
  // Findings about the register's own decision rows follow the files' findings, naming the register.
  const file = c.register?.file ?? "";
  const decisionIssues = (c.register?.decisions ?? []).flatMap((d) => (d.issue ? [{ ...d.issue, file }] : []));
  const measureAt = measuresByPosition(c);
  const columns: ItemColumn<FileIssue>[] = [
    { header: "Datei", width: 28, cell: (i) => i.file },
    { header: "Blatt", width: 14, cell: (i) => i.sheet },
    { header: "Zelle", width: 8, cell: (i) => i.cell },
    { header: "Zeile", width: 7, cell: (i) => i.row },
    { header: "Spalte", width: 7, cell: (i) => i.column },
    {
      header: "Feld",
      width: 18,
      cell: (i) => (i.field === null ? null : (label.get(i.field) ?? (i.field in COLUMN_TYPES ? i.field : null))),
    },
    { header: "Schwere", width: 10, cell: (i) => SEVERITY_DE[i.severity] },
    { header: "Code", width: 22, cell: (i) => i.code },
    { header: "Wert", width: 24, wrap: true, cell: (i) => i.value },
    { header: "Meldung", width: 70, wrap: true, cell: (i) => messageDe(i) },
    // A finding the coordinator accepted ("Befund akzeptieren"): listed, out of every error count.
    { header: "akzeptiert", width: 10, cell: (i) => (i.accepted === true ? "akzeptiert" : null) },
    // The measure of the row the finding is on, so a decision about it can name the measure.
    {
      header: sheetLabels(plan).measureId,
      width: 12,
      cell: (i) =>
        i.sheet === null || i.row === null ? null : (measureAt.get(i.file)?.get(i.sheet)?.get(i.row) ?? null),
    },
  ];
  return {
    sheet: SHEET.issues,
    table: "Pruefbericht",
    ...lazyItemColumns(columns, issues.length + decisionIssues.length, (n) =>
      n < issues.length
        ? Object.assign(plainIssueOf(issues[n]!), { file: files[n]! })
        : decisionIssues[n - issues.length]!,
    ),
    emptyText: "Keine Befunde: alle Dateien sind in Ordnung.",
    // A sheet holds at most 1,048,576 rows: beyond that the JSON report carries the full list.
    overflowText: (n) => `… weitere ${countDe(n)} Befunde nur im JSON-Prüfbericht (--report-json)`,
  };
};
