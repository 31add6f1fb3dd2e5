import ExcelJS from "exceljs";
import { forOffice, type Grid, type LetterContact, type PlanConfig } from "../../core";
import { writeCopySheet } from "./copy-sheet";
import { coverLines, writeCoverSheet, type CoverFacts } from "./cover-sheet";
import { stampWorkbook } from "../workbook-stamp";
import { fixInternalLinks } from "./internal-links";
import type { FeedbackFile } from "./report-input";

export const FEEDBACK_SHEET = "Rückmeldung";
/** The document subject: says what the workbook is to anyone looking at its properties. */
export const FEEDBACK_MARKER = "Aktionsplan-Monitor: Rückmeldung";

export interface FeedbackInput {
  /** The office's file name as it was sent. */
  readonly name: string;
  readonly result: FeedbackFile;
  /** The measure table sheet as read from the office's file, or null when there is none. */
  readonly table: Grid | null;
  readonly plan: PlanConfig;
  readonly roundName: string | null;
  readonly deadline: string | null;
  readonly contact: LetterContact | null;
  /** The report's date: when the file was checked. */
  readonly checkedOn: string;
}

export type FeedbackKind = "feedback" | "confirmation";

/** Nothing for the office to do: readable, no errors, no warnings (hints alone need no answer). */
export const isClean = (r: FeedbackFile): boolean =>
  r.status !== "unreadable" && r.issues.every((i) => i.severity === "info" || !forOffice(i));

/** A sheet name exceljs and Excel accept that differs from the cover sheet's: the original's, if it can be. */
const copySheetName = (original: string): string =>
  original.toLowerCase() === FEEDBACK_SHEET.toLowerCase() ||
  original.toLowerCase() === "history" ||
  /[*?:/\\[\]]|^'|'$/.test(original) ||
  original.length > 31
    ? "Ihre Tabelle"
    : original;

/**
 * The Rückmeldung for one office file, as a new workbook (the office's own file is never rewritten:
 * exceljs would lose its charts, pivots and macros). A file with something to fix gets the list
 * and a highlighted copy of its table; a clean file gets a short confirmation.
 */
export const buildFeedbackWorkbook = async (
  input: FeedbackInput,
): Promise<{ bytes: Uint8Array; kind: FeedbackKind }> => {
  const wb = new ExcelJS.Workbook();
  const kind = fillFeedbackWorkbook(wb, input);
  return { bytes: fixInternalLinks(new Uint8Array(await wb.xlsx.writeBuffer())), kind };
};

/** A streamed sheet is finished by commit(); a sheet held in memory has no such method. */
const commitSheet = (ws: ExcelJS.Worksheet): void => (ws as { commit?: () => void }).commit?.();

/**
 * The Rückmeldung's sheets into a workbook held in memory or a streaming writer (see node.ts:
 * a list of 150,000 findings held as exceljs' document model took over 3 GB). Returns its kind.
 */
export const fillFeedbackWorkbook = (wb: ExcelJS.Workbook, input: FeedbackInput): FeedbackKind => {
  const { facts, kind, title } = letterFor(input);
  stampWorkbook(wb, input.checkedOn, `Rückmeldung: ${input.name}`, FEEDBACK_MARKER);
  const cover = wb.addWorksheet(FEEDBACK_SHEET);
  writeCoverSheet(cover, facts, title);
  commitSheet(cover);
  if (facts.copy) {
    const ws = wb.addWorksheet(facts.copy.sheet);
    writeCopySheet(ws, facts.copy.grid, facts.issues);
    commitSheet(ws);
  }
  return kind;
};

/** What the cover sheet says, shared with the e-mail draft so both carry the same letter. */
const letterFor = (input: FeedbackInput): { facts: CoverFacts; kind: FeedbackKind; title: string } => {
  // Findings for the coordinator (which template a file came from) are not the office's to act on.
  const issues = input.result.issues.filter(forOffice);
  const kind: FeedbackKind = isClean(input.result) ? "confirmation" : "feedback";
  const copy =
    kind === "feedback" && input.table ? { grid: input.table, sheet: copySheetName(input.table.sheet) } : null;
  const facts: CoverFacts = {
    name: input.name,
    result: input.result,
    issues,
    plan: input.plan,
    roundName: input.roundName,
    deadline: input.deadline,
    contact: input.contact,
    checkedOn: input.checkedOn,
    copy,
  };
  const title = kind === "confirmation" ? "Bestätigung: Ihre Meldung ist in Ordnung" : "Rückmeldung zu Ihrer Meldung";
  return { facts, kind, title };
};

/** The letter as plain text (the e-mail draft's body): the cover sheet's lines without the list. */
export const feedbackLetterText = (input: FeedbackInput, attachmentName: string): { subject: string; text: string } => {
  const { facts, kind, title } = letterFor(input);
  const lines = coverLines(facts);
  // The letter proper starts at the salutation; the facts above it become the subject and a last line.
  const letter = lines.slice(lines.indexOf("") + 1);
  const where = `Im Anhang: ${attachmentName} – ${kind === "confirmation" ? "die Bestätigung" : "die Liste der Befunde und eine Kopie Ihrer Tabelle mit markierten Zellen"}.`;
  const round = input.roundName ? ` – ${input.roundName}` : "";
  return { subject: `${title}${round} (${input.name})`, text: [...letter, "", where, ""].join("\n") };
};

/** "Sozialamt.xlsx" → "Sozialamt (Rückmeldung).xlsx": never the original's name. */
export const FEEDBACK_SUFFIX = " (Rückmeldung)";
/** The office file's name without its workbook extension: what the Rückmeldung is named after. */
export const feedbackBase = (original: string): string => original.replace(/\.xl[st][xm]$/i, "");
export const feedbackName = (original: string): string => `${feedbackBase(original)}${FEEDBACK_SUFFIX}.xlsx`;
