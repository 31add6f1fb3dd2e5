import type ExcelJS from "exceljs";
import {
  columnLetter,
  countOf,
  germanDate,
  officeAddress,
  officeIn,
  type Grid,
  type LetterContact,
  type PlanConfig,
  type Severity,
} from "../../core";
import { safeText, SEVERITY_DE, styleHeader } from "../consolidated/sheet-kit";
import { applyPrintLayout, fitDataRow, fitHeaderRow } from "../print-layout";
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
  /** Whom to ask, with phone and e-mail where the plan configuration names them. */
  readonly contact: LetterContact | null;
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
  { header: "Was ist zu tun?", width: 80 },
  // The rule's code is for the coordinator's questions; the last column, so offices can ignore it.
  { header: "Prüfregel (intern)", width: 22 },
] as const;
const TEXT_WIDTH = COLUMNS.slice(0, -1).reduce((n, c) => n + c.width, 0);

const count = (issues: readonly FeedbackIssue[], s: Severity): number => issues.filter((i) => i.severity === s).length;

/** "'Tabelle 1'!F7": a sheet name quoted as a reference needs it (inner quotes doubled). */
export const sheetRef = (sheet: string, address: string): string => `'${sheet.replace(/'/g, "''")}'!${address}`;

/** "1 Fehler und 2 Warnungen", "1 Warnung": the counts that are there, joined as German does. */
const findings = (errors: number, warnings: number): string =>
  [
    errors > 0 ? countOf(errors, "Fehler", "Fehler") : null,
    warnings > 0 ? countOf(warnings, "Warnung", "Warnungen") : null,
  ]
    .filter(Boolean)
    .join(" und ");

/** "… wenden Sie sich bitte an das Büro … (Telefon …, E-Mail …)." */
const askLine = (c: LetterContact | null): string => {
  if (c === null)
    return "Bei Fragen wenden Sie sich bitte an die koordinierende Stelle, die Ihnen diese Datei geschickt hat.";
  const ways = [c.phone ? `Telefon ${c.phone}` : null, c.email ? `E-Mail ${c.email}` : null].filter(Boolean);
  return `Bei Fragen wenden Sie sich bitte an ${c.acc}${c.unit ? ` (${c.unit})` : ""}${ways.length ? `: ${ways.join(", ")}` : ""}.`;
};

/**
 * The letter above the list, in plain German: salutation, thanks, what to correct and by when,
 * whom to ask, closing. Office names take their case forms from the plan configuration.
 */
export const coverLines = (f: CoverFacts): string[] => {
  const errors = count(f.issues, "error");
  const warnings = count(f.issues, "warning");
  const hints = count(f.issues, "info");
  const to = f.contact?.acc ?? "die koordinierende Stelle";
  const when = f.deadline ? `bis zum ${germanDate(f.deadline)}` : "so bald wie möglich";
  const office = f.result.office;
  const salutation =
    (office ? officeAddress(f.plan.correspondence, f.plan.offices, office)?.salutation : undefined) ??
    "Sehr geehrte Damen und Herren,";
  const whose = office
    ? `die Meldung ${officeIn(f.plan.correspondence, f.plan.offices, office, "gen")}`
    : "Ihre Meldung";
  const round = f.roundName ? ` zur Berichtsrunde „${f.roundName}“` : "";
  const lines = [
    `Datei: ${f.name}`,
    `Plan: ${f.plan.title}${f.roundName ? ` – ${f.roundName}` : ""}`,
    `Geprüft am ${germanDate(f.checkedOn)}: ${countOf(f.result.rows, "Maßnahme", "Maßnahmen")} gelesen, ${countOf(errors, "Fehler", "Fehler")}, ${countOf(warnings, "Warnung", "Warnungen")}, ${countOf(hints, "Hinweis", "Hinweise")}.`,
    "",
    salutation,
    "",
    `vielen Dank für ${whose}${round}.`,
  ];
  const the = (n: number, one: string, many: string) => (n === 1 ? `den ${one}` : `die ${many}`);
  if (f.result.status === "unreadable") {
    lines.push(
      `Leider konnten wir Ihre Datei nicht lesen; den Grund und was zu tun ist, nennt die Liste unten. Bitte senden Sie die Datei ${when} erneut an ${to}.`,
    );
  } else if (errors === 0 && warnings === 0) {
    lines.push(
      `Ihre Meldung ist vollständig und ohne Beanstandung. Sie müssen nichts weiter tun.${hints > 0 ? ` ${hints === 1 ? "Der Hinweis unten dient" : "Die Hinweise unten dienen"} nur zur Information.` : ""}`,
    );
  } else {
    lines.push(
      `Bei der Prüfung ${errors + warnings === 1 ? "ist" : "sind"} ${findings(errors, warnings)} aufgefallen.`,
    );
    if (errors > 0)
      lines.push(
        `Bitte korrigieren Sie ${the(errors, "Fehler", "Fehler")} in Ihrer eigenen Datei – nicht in dieser Rückmeldung – und senden Sie sie ${when} erneut an ${to}.${warnings > 0 ? ` Bitte prüfen Sie dabei auch ${the(warnings, "Warnung", "Warnungen").replace(/^den /, "die ")}: Oft fehlt nur eine Angabe oder ist zu bestätigen.` : ""}`,
      );
    else
      lines.push(
        `Ihre Meldung ist ohne Fehler. Bitte prüfen Sie ${warnings === 1 ? "die Warnung" : "die Warnungen"} in Ihrer eigenen Datei; falls Sie etwas ändern, senden Sie sie ${when} erneut an ${to}.`,
      );
    if (hints > 0) lines.push(`${hints === 1 ? "Der Hinweis dient" : "Die Hinweise dienen"} nur zur Information.`);
  }
  if (f.copy)
    lines.push(
      `Das Blatt „${f.copy.sheet}“ zeigt Ihre Tabelle so, wie sie bei uns angekommen ist. Betroffene Zellen sind farbig markiert (rot: Fehler, gelb: Warnung, blau: Hinweis) und haben eine Notiz mit der Erklärung. Ein Klick auf die Zelladresse in der Liste springt dorthin.`,
    );
  lines.push(
    askLine(f.contact),
    "",
    "Mit freundlichen Grüßen",
    f.contact?.name ?? "Ihre koordinierende Stelle",
    ...(f.contact?.unit ? [f.contact.unit] : []),
  );
  return lines;
};

/**
 * "Rückmeldung": title, cover text, and one row per finding with a link to its cell on the copy
 * (the link is fixed up after writing, see internal-links.ts).
 */
export const writeCoverSheet = (ws: ExcelJS.Worksheet, f: CoverFacts, title: string): void => {
  COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  // The letter spans the columns an office reads; the internal rule column stays beside it.
  const last = columnLetter(COLUMNS.length - 1);
  const lines = coverLines(f);
  const widths = COLUMNS.map((c) => c.width);
  // Everything a streamed sheet writes before its first row — widths, filter, page setup — is set
  // first; each row is committed when done (a no-op for a workbook held in memory), so a list of
  // 150,000 findings can be streamed instead of held as exceljs' document model.
  const headerRow = 2 + lines.length + 1;
  const lastRow = f.issues.length === 0 ? 2 + lines.length : headerRow + f.issues.length;
  const print = {
    headerRow: f.issues.length === 0 ? null : headerRow,
    widths: widths.slice(0, -1),
    titleColumns: 0,
    plan: f.plan.title,
    round: f.roundName,
    printArea: `A1:${last}${lastRow}`,
  };
  if (f.issues.length > 0)
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: lastRow, column: COLUMNS.length } };
  // Printed for the office: the letter and the list without the internal rule column.
  applyPrintLayout(ws, print);
  ws.getCell("A1").value = title;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getRow(1).commit();
  let row = 2;
  for (const line of lines) {
    ws.mergeCells(`A${row}:${last}${row}`);
    const cell = ws.getCell(`A${row}`);
    cell.value = safeText(line);
    cell.alignment = { wrapText: true, vertical: "top" };
    // Merged text rows do not grow by themselves: give each the height its wrapped text needs.
    fitDataRow(ws.getRow(row), [line], [TEXT_WIDTH], [true]);
    ws.getRow(row).commit();
    row++;
  }
  if (f.issues.length === 0) return;
  const header = ws.getRow(headerRow);
  COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  styleHeader(header, COLUMNS.length);
  fitHeaderRow(
    header,
    COLUMNS.map((c) => c.header),
    widths,
  );
  header.commit();
  const label = new Map<string, string>(f.plan.columns.map((c) => [c.key, c.label]));
  f.issues.forEach((i, n) => {
    const r = ws.getRow(headerRow + 1 + n);
    const at = f.copy ? issueTarget(i, f.copy.grid) : null;
    const shown = i.cell ?? (i.row !== null ? `Zeile ${i.row}` : "–");
    r.getCell(1).value = n + 1;
    r.getCell(2).value = SEVERITY_DE[i.severity];
    r.getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[i.severity] } };
    r.getCell(3).value =
      at && f.copy
        ? { text: shown, hyperlink: `#${sheetRef(f.copy.sheet, `${columnLetter(at.column)}${at.row}`)}` }
        : shown;
    if (at) r.getCell(3).font = { color: { argb: "FF0563C1" }, underline: true };
    r.getCell(4).value = (i.field ? label.get(i.field) : undefined) ?? i.column ?? null;
    r.getCell(5).value = i.value === null ? null : safeText(i.value);
    r.getCell(6).value = safeText(i.message);
    r.getCell(7).value = i.code;
    for (const c of [4, 5, 6]) r.getCell(c).alignment = { wrapText: true, vertical: "top" };
    for (const c of [1, 2, 3, 7]) r.getCell(c).alignment = { vertical: "top" };
    fitDataRow(r, [null, null, null, r.getCell(4).value, i.value, i.message], widths, [
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    r.commit();
  });
};
