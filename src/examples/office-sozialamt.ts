import type ExcelJS from "exceljs";
import { exampleMeasure } from "./example-data";
import { formatCells, newWorkbook, PERCENT_FORMAT, putRow, rowRange, styleHeader, toExampleFile, type ExampleFile } from "./example-sheet";
import type { PlantedMistake } from "./planted-mistake";

const FILE = "Sozialamt.xlsx";
const SHEET = "Sachstand";

// Title block above the header (merged title, "Stand:" line, empty row), as most offices keep it.
const HEADER_ROW = 4;
const HEADER = ["Nr.", "Handlungsfeld", "Maßnahme", "Federführung", "beteiligt", "Zeitraum", "Haushaltsrelevanz", "Deckungsvorschlag", "Status", "Fortschritt in %", "Sachstand / Bemerkungen", "Ansprechpartner/in"];
const WIDTHS = [8, 24, 48, 14, 24, 12, 22, 30, 14, 11, 60, 18];

interface Report {
  readonly id: string;
  readonly lead?: string;
  readonly measure?: string;
  readonly coverage?: string;
  readonly status: string;
  readonly progress: number | null;
  readonly note: string | null;
  readonly contact: string;
}

const line = (r: Report): ExcelJS.CellValue[] => {
  const x = exampleMeasure(r.id);
  return [r.id, x.field, r.measure ?? x.measure, r.lead ?? "Sozialamt", x.partners.join("; ") || null, x.timeframe, x.budget, r.coverage ?? null, r.status, r.progress, r.note, r.contact];
};

const REPORTS: readonly Report[] = [
  { id: "1.1.1", status: "in Umsetzung", progress: 0.75, contact: "Frau Petrenko", note: "Drei von vier geplanten Kursdurchgängen mit insgesamt 48 Teilnehmenden abgeschlossen. Die Kinderbetreuung während der Kurszeiten übernimmt ein freier Träger; der vierte Durchgang beginnt im September 2024." },
  { id: "2.1.1", status: "Daueraufgabe", progress: null, contact: "Herr Schulze", note: "Kooperationsvereinbarung mit der WiD im März 2023 unterzeichnet. Im Berichtszeitraum wurden 112 Haushalte aus Unterkünften in eigenen Wohnraum vermittelt." },
  { id: "2.1.2", lead: "SozA", status: "läuft", progress: 0.4, contact: "Frau Nguyen", coverage: "Umschichtung aus dem Budget Unterbringung; Vorlage im Ausschuss für Soziales und Wohnen im IV. Quartal 2024", note: "Vier Wohnungslotsinnen eingestellt, 63 Auszüge aus Gemeinschaftsunterkünften begleitet. Die Nachfrage übersteigt die Kapazität deutlich." },
  { id: "2.1.3", status: "umgesetzt", progress: 1, contact: "Frau Petrenko", note: "Mieterinformationen in neun Sprachen gedruckt und an alle Unterkünfte verteilt; die digitale Fassung steht auf dresden.de zur Verfügung." },
  // Budget "ja", but neither a Deckungsvorschlag nor any Sachstand: the office has not reported yet.
  { id: "2.2.2", status: "in Planung", progress: 0.1, contact: "Herr Schulze", note: null },
  { id: "4.2.2", status: "in Planung", progress: 0, contact: "Frau Nguyen", note: "Bedarfserhebung bei den Pflegestützpunkten ist für das zweite Halbjahr 2024 vorbereitet; erste Gespräche mit Migrantenorganisationen haben stattgefunden." },
  // A second line for 2.1.1 to report a sub-project: a duplicate ID, though the content differs.
  { id: "2.1.1", measure: "Wohnraumvermittlung für Geflüchtete – Teilprojekt Online-Wohnungsbörse", status: "Daueraufgabe", progress: null, contact: "Herr Schulze", note: "Online-Wohnungsbörse für Geflüchtete seit Mai 2024 in Betrieb; bisher 27 Wohnungsangebote eingestellt." },
];

const FIRST = HEADER_ROW + 1;
const LAST = FIRST + REPORTS.length - 1;

export const SOZIALAMT_MISTAKES: readonly PlantedMistake[] = [
  { file: FILE, sheet: SHEET, cell: "D7", kind: "office-abbreviation", detail: 'lead office "SozA" (code of Sozialamt)' },
  { file: FILE, sheet: SHEET, cell: "I7", kind: "status-synonym", detail: 'status "läuft" (synonym of "in Umsetzung")' },
  { file: FILE, sheet: SHEET, cell: "G9", kind: "coverage-missing", detail: 'budget "ja", Deckungsvorschlag H9 and Sachstand K9 empty' },
  { file: FILE, sheet: SHEET, cell: "A11", kind: "id-duplicate", detail: 'ID "2.1.1" again (first in A6), different content' },
];

export const buildSozialamt = async (): Promise<ExampleFile> => {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(SHEET);
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.getCell("A1").value = "Aktionsplan Integration – Sachstand Sozialamt";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Stand: 30.06.2024";
  putRow(ws, HEADER_ROW, HEADER);
  styleHeader(ws, HEADER_ROW, WIDTHS);
  REPORTS.forEach((r, i) => putRow(ws, FIRST + i, line(r)));
  formatCells(ws, "J", rowRange(FIRST, LAST), PERCENT_FORMAT);
  return toExampleFile(FILE, wb);
};
