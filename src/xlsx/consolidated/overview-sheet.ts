import type ExcelJS from "exceljs";
import { germanDate, NO_REPORT, punctuality, type Consolidation, type PlanConfig, type Tally } from "../../core";
import { FACT, SCOPE, SHEET } from "./labels";
import { commitSheet } from "./list-sheet";
import { writeMoneyTables } from "./money-tables";
import { writeBlockHeader } from "./block-header";
import { printOptions } from "../print-layout";
import { excelDate, wholePercent } from "./sheet-kit";

/**
 * Übersicht: run facts, then per field of action and per office the count by status, the share
 * done and mean progress. Definitions (README, "Übersicht"): dropped measures leave the
 * denominator of the share done; Daueraufgabe counts as ongoing, not done.
 */
export const writeOverviewSheet = (wb: ExcelJS.Workbook, c: Consolidation, plan: PlanConfig): void => {
  // Narrow enough that the whole table fits one landscape page legibly; long labels wrap in the header.
  const widths = [40, ...Array.from({ length: plan.statuses.length + 7 }, () => 11)];
  // Several tables under each other: no one header row to repeat; the group names (column A) are.
  const print = printOptions({
    headerRow: null,
    widths,
    titleColumns: 1,
    plan: c.plan.title,
    round: c.round?.name ?? `Stand ${germanDate(c.today)}`,
  });
  const ws = wb.addWorksheet(SHEET.overview, { views: [{ state: "normal" }], ...print });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const title = ws.getRow(1).getCell(1);
  title.value = `${c.plan.title} – konsolidierter Umsetzungsstand`;
  title.font = { bold: true, size: 14 };
  const totals = c.inputs.reduce(
    (t, i) => ({
      rows: t.rows + i.result.rows,
      // A finding the coordinator accepted is listed in the Prüfbericht but counts nowhere.
      errors: t.errors + i.result.issues.filter((x) => x.severity === "error" && x.accepted !== true).length,
      warnings: t.warnings + i.result.issues.filter((x) => x.severity === "warning" && x.accepted !== true).length,
      unreadable: t.unreadable + (i.result.status === "unreadable" ? 1 : 0),
    }),
    { rows: 0, errors: 0, warnings: 0, unreadable: 0 },
  );
  const facts: [string, string | number | Date | null][] = [
    [FACT.plan, c.plan.title],
    [FACT.runDate, excelDate(c.today)],
    [FACT.round, c.round?.name ?? null],
    [FACT.cutoff, c.round?.cutoff ? excelDate(c.round.cutoff) : null],
    [FACT.files, c.inputs.length],
    [FACT.unreadable, totals.unreadable],
    [FACT.rowsRead, totals.rows],
    // Every ID row of the Maßnahmen sheet before the rows without an ID: `report` reads that many.
    [FACT.measures, c.entries.length],
    [FACT.errors, totals.errors],
    [FACT.warnings, totals.warnings],
    [FACT.shareDone, share(c.overview.overall.shareDone)],
    [FACT.meanProgress, wholePercent(c.overview.overall.meanProgress)],
    [FACT.overdue, c.overview.overall.overdue],
    [FACT.scope, c.withMaster ? SCOPE.master : SCOPE.reported],
    [FACT.planned, c.replies.planned],
    [FACT.reported, c.replies.reported],
    [FACT.unreported, c.withMaster ? c.replies.unreported : null],
    [FACT.replyRateMeasures, ratio(c.replies.reported, c.replies.planned)],
    [FACT.notInMaster, c.withMaster ? c.replies.notInMaster : null],
    [FACT.officesExpected, c.replies.officesExpected],
    [FACT.officesReplied, c.replies.officesReplied],
    [FACT.replyRateOffices, ratio(c.replies.officesReplied, c.replies.officesExpected)],
    [FACT.deviations, c.withMaster ? c.deviations.length : null],
    ...(c.coverage
      ? ([
          [FACT.coverageNeeded, c.coverage.length],
          [FACT.coverageMissing, c.coverage.filter((x) => !x.hasProposal).length],
        ] as [string, number][])
      : []),
    [FACT.planId, c.plan.id],
    ...returnFacts(c),
  ];
  const masterFacts = new Set<string>([
    FACT.planned,
    FACT.unreported,
    FACT.notInMaster,
    FACT.officesExpected,
    FACT.deviations,
  ]);
  const percentFacts = new Set<string>([
    FACT.shareDone,
    FACT.meanProgress,
    FACT.replyRateMeasures,
    FACT.replyRateOffices,
    FACT.returnRateOnTime,
  ]);
  facts.forEach(([label, value], i) => {
    const row = ws.getRow(3 + i);
    row.getCell(1).value = label;
    row.getCell(2).value = value;
    if (percentFacts.has(label)) row.getCell(2).numFmt = "0%";
    // Without a master plan nobody is expected: say so rather than leave a blank that reads as zero.
    if (value === null && masterFacts.has(label)) row.getCell(3).value = "ohne Masterplan nicht bestimmbar";
    if (value === null && (label === FACT.round || label === FACT.cutoff))
      row.getCell(3).value = "keine Berichtsrunde genannt (überfällig gemessen am Stand)";
    if (value instanceof Date) row.getCell(2).numFmt = "dd.mm.yyyy";
  });
  // One tally table per grouping, each a blank row below the one before.
  const groupings: [string, [string, Tally][]][] = [
    ["Handlungsfeld", c.overview.byField.map((f) => [f.field, f.tally])],
    ["federführendes Amt", c.overview.byOffice.map((o) => [o.office, o.tally])],
    ["Geschäftsbereich", c.overview.byBusinessArea.map((a) => [a.area, a.tally])],
  ];
  let next = 3 + facts.length;
  for (const [label, groups] of groupings)
    next = writeTallyTable(ws, next + 1, label, groups, c.overview.overall, plan, c.withMaster);
  if (c.money) writeMoneyTables(ws, next + 1, plan, c.money);
  commitSheet(ws);
};

/** This round's returns from the register: offices on time, late, and the share on time of those expected. */
const returnFacts = (c: Consolidation): [string, number | null][] => {
  const round = c.register?.history.rounds[c.register.history.rounds.length - 1];
  if (!c.register || !round) return [];
  const rows = c.register.returns.filter((r) => r.round === round.name);
  const onTime = rows.filter((r) => punctuality(r) === "on-time").length;
  return [
    [FACT.returnsOnTime, onTime],
    [FACT.returnsLate, rows.filter((r) => punctuality(r) === "late").length],
    [FACT.returnRateOnTime, ratio(onTime, rows.length)],
  ];
};

const ratio = (part: number, whole: number | null): number | null =>
  whole === null || whole === 0 ? null : Math.round((part / whole) * 10000) / 10000;

/** A share (0…1) in whole percents, as the cell's "0%" format shows it: the cell holds what is seen. */
const share = (x: number | null): number | null => (x === null ? null : wholePercent(x * 100));

/** One block of counts; with a master plan "keine Meldung" is a status column of its own. */
const writeTallyTable = (
  ws: ExcelJS.Worksheet,
  start: number,
  label: string,
  groups: [string, Tally][],
  overall: Tally,
  plan: PlanConfig,
  withUnreported: boolean,
): number => {
  const extra = withUnreported ? 1 : 0;
  const headers = [
    label,
    ...plan.statuses.map((s) => s.label),
    ...(withUnreported ? [NO_REPORT] : []),
    "ohne Status",
    "gesamt",
    "Anteil umgesetzt",
    "Ø Fortschritt",
    "überfällig",
  ];
  writeBlockHeader(ws, start, headers);
  const lines: [string, Tally][] = [...groups, ["Gesamt", overall]];
  lines.forEach(([name, t], i) => {
    const row = ws.getRow(start + 1 + i);
    const values = [
      name,
      ...plan.statuses.map((s) => t.byStatus[s.value] ?? 0),
      ...(withUnreported ? [t.unreported] : []),
      t.noStatus,
      t.total,
      share(t.shareDone),
      wholePercent(t.meanProgress),
      t.overdue,
    ];
    values.forEach((v, j) => (row.getCell(j + 1).value = v));
    row.getCell(plan.statuses.length + extra + 4).numFmt = "0%";
    row.getCell(plan.statuses.length + extra + 5).numFmt = "0%";
    if (name === "Gesamt") row.font = { bold: true };
  });
  return start + 1 + lines.length + 1;
};
