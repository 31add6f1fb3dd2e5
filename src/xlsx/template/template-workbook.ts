import ExcelJS from "exceljs";
import {
  canonicalLayout,
  emptyMeasureRow,
  germanDate,
  LIST_SHEET,
  type ColumnKey,
  type LayoutColumn,
  type MeasureRecord,
  type MeasureRow,
  type PlanConfig,
  type PreviousMeasure,
  type PrefilledRow,
  type ReportedValue,
  reportedValue,
  type RoundInfo,
  type TemplateIdentity,
} from "../../core";
import { cellFor } from "../consolidated/measures-sheet";
import { safeText, styleHeader, type OutValue } from "../consolidated/sheet-kit";
import { applyPrintLayout, fitDataRow, fitHeaderRow, headerWidths } from "../print-layout";
import { IDENTITY_MARKER, IDENTITY_SHEET, identityRows, TEMPLATE_VERSION } from "./identity";
import { stampWorkbook } from "../workbook-stamp";
import { foldMasterColumns } from "./folded-columns";
import { instructionLines } from "./instructions";

export interface TemplateInput {
  readonly plan: PlanConfig;
  readonly office: string;
  readonly round: RoundInfo;
  /** The office's measures from the master plan. */
  readonly measures: readonly MeasureRecord[];
  /** Last round's status per measure ID (--previous); reporting columns are pre-filled from it. */
  readonly previous?: ReadonlyMap<string, PreviousMeasure>;
  /** ISO date: the template's creation date (no clock inside the adapter). */
  readonly today: string;
}

export const TABLE_SHEET = "Maßnahmen";
export const INSTRUCTIONS_SHEET = "Anleitung";
/** Title rows above the header say which plan, round and office the sheet is for. */
export const HEADER_ROW = 4;

const LOCKED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Protection against slips, not a security boundary: no password (so Excel never asks for one),
 * selecting, resizing and filtering stay allowed; typing into locked cells, inserting and deleting
 * rows or columns do not.
 */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
};

/**
 * What the register says of a measure, as the row the template pre-fills: every reporting column
 * (status, progress, Sachstand, problems, next steps, Deckungsvorschlag with its state, Gremium,
 * Vorlagen-Nr., indicator …), so an office updates rather than retypes. Not "Stand": the office
 * dates its own check; an unchanged row with the old date would otherwise look confirmed.
 * A previous workbook read without whole rows gives status, progress and Sachstand only.
 */
const previousRow = (p: PreviousMeasure | undefined): MeasureRow => {
  if (!p) return emptyMeasureRow();
  if (!p.row) return { ...emptyMeasureRow(), status: p.status, progress: p.progress, note: p.note };
  const row: MeasureRow = { ...emptyMeasureRow() };
  for (const key of REPORTING_ROW_KEYS) (row as Record<string, unknown>)[key] = p.row[key];
  return row;
};

const REPORTING_ROW_KEYS = [
  "status",
  "progress",
  "note",
  "problems",
  "nextSteps",
  "coverageProposal",
  "coverageState",
  "committee",
  "proposalNo",
  "indicator",
  "linkedPlan",
] as const satisfies readonly (keyof MeasureRow)[];

/** Excel caps a validation's title at 32 and its text at 255 characters. */
const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

const validationFor = (c: LayoutColumn, listRef: string | null, plan: PlanConfig): ExcelJS.DataValidation | null => {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: clip(c.label, 32),
    showInputMessage: true,
    promptTitle: clip(c.label, 32),
  };
  if (listRef)
    return {
      ...common,
      type: "list",
      formulae: [listRef],
      prompt: "Bitte aus der Liste wählen.",
      error: "Bitte einen Wert aus der Auswahlliste wählen.",
    };
  if (c.key === "progress")
    return {
      ...common,
      type: "decimal",
      operator: "between",
      formulae: [0, 1],
      prompt: "In Prozent, z. B. 50 %.",
      error: "Bitte einen Fortschritt zwischen 0 % und 100 % eingeben, z. B. 50 %.",
    };
  if (c.format === "dd.mm.yyyy")
    return {
      ...common,
      type: "date",
      operator: "greaterThan",
      formulae: [new Date(Date.UTC(plan.period.first - 1, 0, 1))],
      prompt: "Ein Datum, z. B. 15.07.2024.",
      error: "Bitte ein Datum eingeben, z. B. 15.07.2024.",
    };
  return null;
};

const GUIDE_WIDTH = 70;

const writeInstructions = (
  ws: ExcelJS.Worksheet,
  input: TemplateInput,
  layout: readonly LayoutColumn[],
  prefilled: readonly string[],
): void => {
  // As wide as an A4 portrait page holds at full size: no scaling a program might ignore, no cut text.
  ws.getColumn(1).width = GUIDE_WIDTH;
  const lines = instructionLines({
    plan: input.plan,
    office: input.office,
    round: input.round,
    layout,
    measures: input.measures.length,
    sheet: TABLE_SHEET,
    prefilled,
  });
  lines.forEach((l, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = l.text;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (l.style === "title") cell.font = { bold: true, size: 14 };
    if (l.style === "heading") cell.font = { bold: true, size: 12 };
    if (l.style === "fact") cell.font = { bold: true };
    // Headings are larger and bold: measured as if narrower.
    fitDataRow(ws.getRow(i + 1), [l.text], [l.style === "text" ? GUIDE_WIDTH : GUIDE_WIDTH * 0.75], [true]);
  });
  applyPrintLayout(ws, {
    orientation: "portrait",
    headerRow: null,
    widths: [GUIDE_WIDTH],
    titleColumns: 0,
    plan: input.plan.title,
    round: input.round.name,
    printArea: `A1:A${lines.length}`,
  });
};

const writeLists = (wb: ExcelJS.Workbook, layout: readonly LayoutColumn[]): Map<ColumnKey, string> => {
  const ws = wb.addWorksheet(LIST_SHEET, { state: "hidden" });
  const refs = new Map<ColumnKey, string>();
  layout
    .filter((c) => !c.master && c.list)
    .forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      ws.getCell(1, i + 1).value = c.label;
      c.list!.forEach((v, j) => (ws.getCell(j + 2, i + 1).value = v));
      refs.set(c.key, `'${LIST_SHEET}'!$${column.letter}$2:$${column.letter}$${c.list!.length + 1}`);
    });
  return refs;
};

/**
 * One office's reporting workbook: "Anleitung", the measure table in the canonical layout (master
 * columns locked and grey, reporting columns open, drop-downs from a hidden list sheet because
 * inline lists are capped at 255 characters, formats, frozen header, filter), and the template's
 * identity on a veryHidden sheet so the merge can tell this round's file from an old one.
 */
export const buildTemplateWorkbook = async (input: TemplateInput): Promise<Uint8Array> => {
  const { plan } = input;
  const layout = canonicalLayout(plan);
  const reportingKeys = layout.filter((c) => !c.master).map((c) => c.key);
  const prefilled: PrefilledRow[] = input.measures
    .filter((m) => m.row.measureId !== null && input.previous?.has(m.row.measureId))
    .map((m) => {
      const before = previousRow(input.previous?.get(m.row.measureId!));
      const values = new Map<ColumnKey, ReportedValue>();
      for (const k of reportingKeys) {
        const v = reportedValue(before, k);
        if (v !== null) values.set(k, v);
      }
      return { measureId: m.row.measureId!, values };
    });
  const prefilledKeys = reportingKeys.filter((k) => prefilled.some((p) => p.values.has(k)));

  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb, input.today, `${plan.title} – ${input.round.name} – ${input.office}`, IDENTITY_MARKER);

  writeInstructions(
    wb.addWorksheet(INSTRUCTIONS_SHEET),
    input,
    layout,
    prefilledKeys.map((k) => layout.find((c) => c.key === k)!.label),
  );
  const ws = wb.addWorksheet(TABLE_SHEET);
  const lists = writeLists(wb, layout);

  ws.getCell(1, 1).value = `${plan.title} – ${input.round.name}`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  const dates = [
    input.round.cutoff ? `Stichtag ${germanDate(input.round.cutoff)}` : null,
    input.round.deadline ? `Abgabe bis ${germanDate(input.round.deadline)}` : null,
  ].filter(Boolean);
  ws.getCell(2, 1).value = [`Meldung: ${input.office}`, ...dates].join(" · ");
  ws.getCell(2, 1).font = { bold: true };
  ws.getCell(3, 1).value = `Bitte nur die weißen Spalten ausfüllen; Erläuterungen im Blatt „${INSTRUCTIONS_SHEET}“.`;

  const header = ws.getRow(HEADER_ROW);
  layout.forEach((c, i) => (header.getCell(i + 1).value = c.label));
  styleHeader(header, layout.length);
  const widths = headerWidths(
    layout.map((c) => c.label),
    layout.map((c) => c.width),
  );
  fitHeaderRow(
    header,
    layout.map((c) => c.label),
    widths,
  );
  const previousById = new Map(prefilled.map((p) => [p.measureId, previousRow(input.previous?.get(p.measureId))]));
  input.measures.forEach((m, r) => {
    const rowNumber = HEADER_ROW + 1 + r;
    const before = m.row.measureId === null ? undefined : previousById.get(m.row.measureId);
    const values: OutValue[] = [];
    layout.forEach((c, i) => {
      const cell = ws.getCell(rowNumber, i + 1);
      // A master value the core could not read is shown as typed, never blanked.
      const value: OutValue = c.master
        ? (cellFor(c.key, m.row) ?? m.unparsed.find((u) => u.field === c.key)?.text ?? null)
        : before
          ? cellFor(c.key, before)
          : null;
      cell.value = safeText(value);
      values.push(cell.value as OutValue);
      if (c.format) cell.numFmt = c.format;
      cell.alignment = { vertical: "top", ...(c.wrap ? { wrapText: true } : {}) };
      cell.border = BORDER;
      if (c.master) cell.fill = LOCKED_FILL;
      cell.protection = { locked: c.master };
    });
    fitDataRow(
      ws.getRow(rowNumber),
      values,
      widths,
      layout.map((c) => c.wrap),
    );
  });
  // One validation per column range: exceljs 4.4 merges per-cell validations into ranges but, from
  // row 10 on, also repeats the last cell (it sorts "K10" before "K5"), and overlapping rules make
  // Excel repair the file.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  layout.forEach((c, i) => {
    const v = c.master || input.measures.length === 0 ? null : validationFor(c, lists.get(c.key) ?? null, plan);
    const letter = ws.getColumn(i + 1).letter;
    if (v) validations.add(`${letter}${HEADER_ROW + 1}:${letter}${HEADER_ROW + input.measures.length}`, v);
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const lastRow = HEADER_ROW + Math.max(1, input.measures.length);
  ws.views = [
    {
      state: "frozen",
      xSplit: 1,
      ySplit: HEADER_ROW,
      topLeftCell: `B${HEADER_ROW + 1}`,
      activeCell: `B${HEADER_ROW + 1}`,
    },
  ];
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastRow, column: layout.length } };
  // ID through title name a row on every page when the table prints several pages wide.
  const titleColumns = Math.max(1, layout.findIndex((c) => c.key === "measure") + 1);
  applyPrintLayout(ws, {
    headerRow: HEADER_ROW,
    widths: foldMasterColumns(ws, layout, widths),
    titleColumns,
    plan: plan.title,
    round: `${input.round.name} – ${input.office}`,
  });

  const idSheet = wb.addWorksheet(IDENTITY_SHEET, { state: "veryHidden" });
  const identity: TemplateIdentity = {
    version: TEMPLATE_VERSION,
    planId: plan.id,
    round: input.round.name,
    office: input.office,
    created: input.today,
    cutoff: input.round.cutoff,
    deadline: input.round.deadline,
    prefilled,
  };
  identityRows(identity, prefilledKeys).forEach((r, i) =>
    r.forEach((v, j) => (idSheet.getCell(i + 1, j + 1).value = typeof v === "string" ? safeText(v) : v)),
  );

  await ws.protect("", PROTECTION);
  await wb.getWorksheet(LIST_SHEET)!.protect("", PROTECTION);
  await idSheet.protect("", PROTECTION);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
