import type ExcelJS from "exceljs";
import { exampleMeasure } from "./example-data";
import { DATE_FORMAT, day, formatCells, newWorkbook, PERCENT_FORMAT, putRow, rowRange, styleHeader, toExampleFile, type ExampleFile } from "./example-sheet";
import type { PlantedMistake } from "./planted-mistake";

const FILE = "Jugendamt.xlsx";
const SHEET = "Aktionsplan Integration";

// One title line, header in row 2, separate Beginn/Ende columns with real dates.
const HEADER_ROW = 2;
const HEADER = ["Maßnahmen-Nr.", "Handlungsfeld", "Ziel", "Maßnahme", "federführend", "beteiligt", "Beginn", "Ende", "Haushaltsrelevanz", "Umsetzungsstand", "Fortschritt", "Sachstand", "Nächste Schritte", "Interne Notiz"];
const WIDTHS = [12, 24, 30, 48, 14, 26, 11, 11, 22, 15, 11, 60, 36, 24];

interface Report {
  readonly id: string;
  /** What the cell really holds when Excel or the clerk changed it; defaults to the ID as text. */
  readonly idCell?: ExcelJS.CellValue;
  readonly start: Date;
  readonly end: Date | string | null;
  readonly status: string;
  readonly progress: ExcelJS.CellValue;
  readonly note: string;
  readonly next: string | null;
  readonly internal: string | null;
}

const line = (r: Report): ExcelJS.CellValue[] => {
  const x = exampleMeasure(r.id);
  return [r.idCell ?? r.id, x.field, x.goal, x.measure, x.leadOffice, x.partners.join("; ") || null, r.start, r.end, x.budget, r.status, r.progress, r.note, r.next, r.internal];
};

const REPORTS: readonly Report[] = [
  // "3.2.1" typed into German Excel becomes the date 03.02.2001.
  { id: "3.2.1", idCell: day(2001, 2, 3), start: day(2022, 1, 1), end: day(2025, 12, 31), status: "in Umsetzung", progress: 0.65, note: "Elternbegleiterinnen und -begleiter sind an 14 von 20 geplanten Grundschulen im Einsatz, Schwerpunkt Prohlis und Gorbitz. Die Rückmeldungen der Schulleitungen sind durchweg positiv.", next: "Ausweitung auf sechs weitere Schulen zum Schuljahr 2024/25", internal: "Stellenbesetzung Gorbitz klären" },
  // The end date typed as text, as happens when a column is formatted as text.
  { id: "3.2.2", start: day(2022, 1, 1), end: "31.12.2024", status: "in Umsetzung", progress: 0.8, note: "Fortbildungsreihe für 60 Fachkräfte der offenen Kinder- und Jugendarbeit durchgeführt; zwei Module mussten wegen Erkrankung der Referentin verschoben werden.", next: "Nachholtermine im Oktober 2024", internal: null },
  // Progress computed in the sheet: 6 of 12 partner schools; only the cached result is reported.
  { id: "3.2.3", start: day(2023, 9, 1), end: day(2026, 12, 31), status: "in Bearbeitung", progress: { formula: "6/12", result: 0.5 }, note: "Sechs von zwölf geplanten Kooperationsschulen sind angebunden. Die Lotsenstellen werden über das ESF-Plus-Programm gefördert; der Eigenanteil ist zum Doppelhaushalt 2025/2026 angemeldet.", next: "Kooperationsvereinbarung mit der Agentur für Arbeit unterzeichnen", internal: "Fördermittelbescheid liegt seit 15.05. vor" },
  { id: "3.3.1", start: day(2022, 1, 1), end: null, status: "Daueraufgabe", progress: null, note: "Im Berichtszeitraum wurden 38 unbegleitete Minderjährige im Clearingverfahren begleitet; die Plätze in den Wohngruppen reichen derzeit aus.", next: null, internal: null },
  // Ended 31.12.2023 but still "in Umsetzung": overdue at the 30.06.2024 cut-off.
  { id: "3.3.2", start: day(2022, 1, 1), end: day(2023, 12, 31), status: "in Umsetzung", progress: 0.7, note: "Das Programmheft der Familienbildung liegt in fünf Sprachen vor. Sprachmittlung ist bisher nur in zwei von fünf Familienzentren verfügbar.", next: "Verlängerung bis Ende 2024 beantragen", internal: "mit BIA wegen Sprachmittlerpool sprechen" },
];

const FIRST = HEADER_ROW + 1;
const LAST = FIRST + REPORTS.length - 1;

export const JUGENDAMT_MISTAKES: readonly PlantedMistake[] = [
  { file: FILE, sheet: SHEET, cell: "A3", kind: "id-as-date", detail: 'date 03.02.2001 (format dd.mm.yyyy) where "3.2.1" was meant' },
  { file: FILE, sheet: SHEET, cell: "H4", kind: "date-as-text", detail: 'end date typed as text "31.12.2024"' },
  { file: FILE, sheet: SHEET, cell: "J5", kind: "status-synonym", detail: 'status "in Bearbeitung" (synonym of "in Umsetzung")' },
  { file: FILE, sheet: SHEET, cell: "K5", kind: "formula-cell", detail: "progress formula =6/12 with cached result 0.5 (50 %)" },
  { file: FILE, sheet: SHEET, cell: "H7", kind: "overdue", detail: 'end 31.12.2023, status "in Umsetzung" (J7)' },
];

export const buildJugendamt = async (): Promise<ExampleFile> => {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "Jugendamt – Rückmeldung zum Zwischenbericht 2024, Aktionsplan Integration 2022 bis 2026";
  ws.getCell("A1").font = { bold: true, size: 12 };
  putRow(ws, HEADER_ROW, HEADER);
  styleHeader(ws, HEADER_ROW, WIDTHS);
  REPORTS.forEach((r, i) => putRow(ws, FIRST + i, line(r)));
  const rows = rowRange(FIRST, LAST);
  formatCells(ws, "A", [FIRST], DATE_FORMAT);
  formatCells(ws, "G", rows, DATE_FORMAT);
  formatCells(ws, "H", rows, DATE_FORMAT);
  formatCells(ws, "K", rows, PERCENT_FORMAT);
  // The column was formatted as text before the clerk typed the date: that is how it stays text.
  formatCells(ws, "H", [FIRST + 1], "@");
  ws.views = [{ state: "frozen", ySplit: HEADER_ROW }];
  return toExampleFile(FILE, wb);
};
