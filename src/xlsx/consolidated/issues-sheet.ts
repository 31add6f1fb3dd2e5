import {
  COLUMN_TYPES,
  countDe,
  findingsByFile,
  messageDe,
  type Consolidation,
  type Issue,
  type MergeInput,
  plainIssueOf,
  type PlanConfig,
} from "../../core";
import type { ListSheet } from "./list-sheet";
import { lazyItemColumns, type ItemColumn } from "./item-columns";
import { SEVERITY_DE } from "./sheet-kit";
import { SHEET, sheetLabels } from "./labels";

/** A finding and its file, made for the one row it is written to. */
type FileIssue = Issue & { readonly file: string };

/**
 * The measure ID of an office row, by file, sheet and row: one file's rows at a time, as the
 * Prüfbericht goes through the files in turn. The map of every row of every file was ~30 MB held
 * through a million-row merge's writing.
 */
const measuresByPosition = (c: Consolidation): ((file: string, sheet: string, row: number) => string | null) => {
  const inputsOf = new Map<string, MergeInput[]>();
  for (const i of c.inputs) {
    const same = inputsOf.get(i.result.file);
    if (same === undefined) inputsOf.set(i.result.file, [i]);
    else same.push(i);
  }
  let file: string | null = null;
  let bySheet = new Map<string, Map<number, string>>();
  return (wanted, sheet, row) => {
    if (wanted !== file) {
      file = wanted;
      bySheet = new Map();
      for (const i of inputsOf.get(wanted) ?? [])
        for (const r of i.records) {
          const id = r.row.measureId;
          if (id === null) continue;
          const source = r.source;
          let byRow = bySheet.get(source.sheet);
          if (byRow === undefined) bySheet.set(source.sheet, (byRow = new Map()));
          byRow.set(source.row, id);
        }
    }
    return bySheet.get(sheet)?.get(row) ?? null;
  };
};

/** Prüfbericht: every issue with file and cell, sorted by file then position — the list sent back to an office. */
export const issuesList = (c: Consolidation, plan: PlanConfig): ListSheet => {
  const label = new Map(plan.columns.map((col) => [col.key, col.label]));
  const findings = findingsByFile(c.inputs);
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
      cell: (i) => (i.sheet === null || i.row === null ? null : measureAt(i.file, i.sheet, i.row)),
    },
  ];
  return {
    sheet: SHEET.issues,
    table: "Pruefbericht",
    ...lazyItemColumns(columns, findings.count + decisionIssues.length, (n) =>
      n < findings.count
        ? Object.assign(plainIssueOf(findings.issue(n)), { file: findings.file(n) })
        : decisionIssues[n - findings.count]!,
    ),
    emptyText: "Keine Befunde: alle Dateien sind in Ordnung.",
    // A sheet holds at most 1,048,576 rows: beyond that the JSON report carries the full list.
    overflowText: (n) => `… weitere ${countDe(n)} Befunde nur im JSON-Prüfbericht (--report-json)`,
  };
};
