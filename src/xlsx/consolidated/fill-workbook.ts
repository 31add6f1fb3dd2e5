import type ExcelJS from "exceljs";
import { germanDate, type Consolidation, type PlanConfig } from "../../core";
import { conflictsList } from "./conflicts-sheet";
import { issuesList } from "./issues-sheet";
import { resolveLayout, type ConsolidatedLayout, type ResolvedLayout } from "./layout";
import { changesList, coverageList, deviationsList, missingList, overdueList } from "./list-sheets";
import { writeListSheet, type ListSheet } from "./list-sheet";
import { measuresList } from "./measures-sheet";
import { writeOverviewSheet } from "./overview-sheet";
import { sourcesList } from "./sources-sheet";
import { withDecisionColumn } from "../register/decided-measures";
import { withDecisionChoice } from "../register/decision-choice";
import { registerLists } from "../register/register-lists";
import { stampWorkbook } from "../workbook-stamp";

/** Marks our own output so a later merge can recognise it among the inputs instead of merging it blindly. */
export const CONSOLIDATED_MARKER = "Aktionsplan-Monitor: konsolidierter Umsetzungsstand";

/** The sheets after Übersicht, in order; the optional ones only when their input was given. */
export const consolidatedLists = (c: Consolidation, plan: PlanConfig): ListSheet[] =>
  [
    withDecisionColumn(measuresList(c, plan), c, plan),
    withDecisionChoice(issuesList(c, plan)),
    withDecisionChoice(conflictsList(c, plan)),
    missingList(c, plan),
    withDecisionChoice(deviationsList(c, plan)),
    coverageList(c, plan),
    overdueList(c, plan),
    changesList(c, plan),
    sourcesList(c),
    ...registerLists(c, plan),
  ].filter((l): l is ListSheet => l !== null);

/** Tables only when every list fits under the limit: one workbook, one layout. */
export const fitsTables = (lists: readonly ListSheet[], layout: ResolvedLayout): boolean =>
  lists.every((l) => l.count <= layout.tableRowLimit);

/** What both writers start from: the lists, the layout, and whether the lists become Excel tables. */
export interface PreparedLists {
  readonly lists: ListSheet[];
  readonly layout: ResolvedLayout;
  readonly tables: boolean;
}

/** Built once per write: the file writer decides between its two writers on the same lists it hands on. */
export const prepareLists = (c: Consolidation, plan: PlanConfig, layout: ConsolidatedLayout): PreparedLists => {
  const resolved = resolveLayout(layout);
  const lists = consolidatedLists(c, plan);
  return { lists, layout: resolved, tables: fitsTables(lists, resolved) };
};

/**
 * Writes every sheet into a document workbook or a streaming workbook writer (exceljs gives both
 * the same interface); each sheet is committed before the next, so a streamed one is flushed.
 */
export const fillConsolidatedWorkbook = async (
  wb: ExcelJS.Workbook,
  c: Consolidation,
  plan: PlanConfig,
  lists: readonly ListSheet[],
  layout: ResolvedLayout,
  tables: boolean,
): Promise<void> => {
  stampWorkbook(wb, c.today, `${plan.title} – konsolidierter Umsetzungsstand`, CONSOLIDATED_MARKER);
  writeOverviewSheet(wb, c, plan);
  const print = { plan: plan.title, round: `Stand ${germanDate(c.today)}` };
  for (const list of lists) {
    layout.onSheet?.(list.sheet, list.count);
    await writeListSheet(wb, list, {
      tables,
      maxRows: layout.maxSheetRows,
      print,
      exceljsRows: layout.exceljsRows,
      ...(layout.breathe ? { breathe: layout.breathe } : {}),
      ...(layout.renderRows ? { renderRows: layout.renderRows, renderElsewhereRows: layout.renderElsewhereRows } : {}),
    });
  }
};
