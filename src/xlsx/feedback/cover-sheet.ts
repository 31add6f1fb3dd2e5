import type ExcelJS from "exceljs";
import { columnLetter, germanDate, type Grid, type PlanConfig, type Severity } from "../../core";
import { safeText, SEVERITY_DE, styleHeader } from "../consolidated/sheet-kit";
import { issueTarget, SEVERITY_FILL } from "./copy-sheet";
import type { FeedbackFile, FeedbackIssue } from "./report-input";

export interface CoverFacts {
  /** The office's file name as it was sent. */
  readonly name: string;
  readonly result: FeedbackFile;
  readonly issues: readonly FeedbackIssue[];
  readonly plan: PlanConfig;
  readonly roundName: string | null;
  /** ISO date by which the corrected file is due, or null for "as soon as possible". */
  readonly deadline: string | null;
  readonly contact: string | null;
  readonly checkedOn: string;
  /** The copied table and the name of its sheet here, or null when there is no table to show. */
  readonly copy: { readonly grid: Grid; readonly sheet: string } | null;
}

const COLUMNS = [
  { header: "Nr.", width: 6 },
  { header: "Schwere", width: 10 },
  { header: "Zelle", width: 10 },
  { header: "Spalte", width: 22 },
  { header: "Wert", width: 28 },
  { header: "Meldung", width: 80 },
  { header: "Code", width: 22 },
] as const;
const TEXT_WIDTH = COLUMNS.reduce((n, c) => n + c.width, 0);

const count = (issues: readonly FeedbackIssue[], s: Severity): number => issues.filter((i) => i.severity === s).length;

/** "'Tabelle 1'!F7": a sheet name quoted as a reference needs it (inner quotes doubled). */
export const sheetRef = (sheet: string, address: string): string => `'${sheet.replace(/'/g, "''")}'!${address}`;

/** The plain-German text above the list: what happened, what to fix, by when, whom to ask. */
export const coverLines = (f: CoverFacts): string[] => {
  const errors = count(f.issues, "error");
  const warnings = count(f.issues, "warning");
  const hints = count(f.issues, "info");
  const contact = f.contact ?? "die koordinierende Stelle";
  const when = f.deadline ? `bis ${germanDate(f.deadline)}` : "so bald wie möglich";
  const lines = [
    `Datei: ${f.name}`,
    ...(f.result.office ? [`Federführend: ${f.result.office}`] : []),
    `${f.plan.title}${f.roundName ? ` – ${f.roundName}` : ""}`,
    `Geprüft am ${germanDate(f.checkedOn)}: ${f.result.rows} ${f.result.rows === 1 ? "Maßnahme" : "Maßnahmen"} gelesen, ${errors} Fehler, ${warnings} ${warnings === 1 ? "Warnung" : "Warnungen"}, ${hints} ${hints === 1 ? "Hinweis" : "Hinweise"}.`,
    "",
  ];
  if (f.result.status === "unreadable") {
    lines.push(`Ihre Datei konnte nicht gelesen werden (Grund siehe unten). Bitte senden Sie sie ${when} erneut an ${contact}.`);
    return lines;
  }
  if (errors === 0 && warnings === 0)
    lines.push(`Ihre Meldung ist vollständig und ohne Beanstandung. Vielen Dank! Sie müssen nichts weiter tun.${hints > 0 ? " Die Hinweise unten dienen nur zur Information." : ""}`);
  else if (errors > 0)
    lines.push(`Bitte korrigieren Sie die Fehler in Ihrer eigenen Datei – nicht in dieser Rückmeldung – und senden Sie sie ${when} erneut an ${contact}.`);
  else lines.push(`Ihre Meldung ist ohne Fehler. Bitte prüfen Sie die Warnungen in Ihrer eigenen Datei; falls Sie etwas ändern, senden Sie sie ${when} erneut an ${contact}.`);
  if (warnings > 0) lines.push("Warnungen bitte prüfen: Oft fehlt eine Angabe oder ist zu bestätigen. Hinweise dienen nur zur Information.");
  if (f.copy)
    lines.push(
      `Das Blatt „${f.copy.sheet}“ zeigt Ihre Tabelle so, wie sie bei uns angekommen ist. Betroffene Zellen sind farbig markiert (rot: Fehler, gelb: Warnung, blau: Hinweis) und haben eine Notiz mit der Erklärung. Ein Klick auf die Zelladresse in der Liste springt dorthin.`,
    );
  lines.push(`Fragen an: ${contact}`);
  return lines;
};

/** Merged text rows do not grow by themselves in Excel: give each the height its wrapped text needs. */
const heightFor = (text: string): number => 15 * Math.max(1, Math.ceil((text.length * 1.1) / TEXT_WIDTH));

/**
 * "Rückmeldung": title, cover text, and one row per finding with a link to its cell on the copy
 * (the link is fixed up after writing, see internal-links.ts).
 */
export const writeCoverSheet = (ws: ExcelJS.Worksheet, f: CoverFacts, title: string): void => {
  COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const last = columnLetter(COLUMNS.length);
  const lines = coverLines(f);
  const headerRow = 2 + lines.length + 1;
  // Filter and page setup first: a streamed sheet writes them before its first row. Each row is
  // committed when done (a no-op for a workbook held in memory), so a long list can be streamed.
  if (f.issues.length > 0) {
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + f.issues.length, column: COLUMNS.length } };
    ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: `${headerRow}:${headerRow}` };
  }
  ws.getCell("A1").value = title;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getRow(1).commit();
  let row = 2;
  for (const line of lines) {
    ws.mergeCells(`A${row}:${last}${row}`);
    const cell = ws.getCell(`A${row}`);
    cell.value = safeText(line);
    cell.alignment = { wrapText: true, vertical: "top" };
    ws.getRow(row).height = heightFor(line);
    ws.getRow(row).commit();
    row++;
  }
  if (f.issues.length === 0) return;
  const header = ws.getRow(headerRow);
  COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  styleHeader(header, COLUMNS.length);
  header.commit();
  const label = new Map<string, string>(f.plan.columns.map((c) => [c.key, c.label]));
  f.issues.forEach((i, n) => {
    const r = ws.getRow(headerRow + 1 + n);
    const at = f.copy ? issueTarget(i, f.copy.grid) : null;
    const shown = i.cell ?? (i.row !== null ? `Zeile ${i.row}` : "–");
    r.getCell(1).value = n + 1;
    r.getCell(2).value = SEVERITY_DE[i.severity];
    r.getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[i.severity] } };
    r.getCell(3).value = at && f.copy ? { text: shown, hyperlink: `#${sheetRef(f.copy.sheet, `${columnLetter(at.column)}${at.row}`)}` } : shown;
    if (at) r.getCell(3).font = { color: { argb: "FF0563C1" }, underline: true };
    r.getCell(4).value = (i.field ? label.get(i.field) : undefined) ?? i.column ?? null;
    r.getCell(5).value = i.value === null ? null : safeText(i.value);
    r.getCell(6).value = safeText(i.message);
    r.getCell(7).value = i.code;
    for (const c of [5, 6]) r.getCell(c).alignment = { wrapText: true, vertical: "top" };
    for (const c of [1, 2, 3, 4, 7]) r.getCell(c).alignment = { vertical: "top" };
    r.commit();
  });
};
