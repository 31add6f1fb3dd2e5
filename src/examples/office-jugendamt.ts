import type ExcelJS from "exceljs";
import { exampleMeasure } from "./example-data";
import { DATE_FORMAT, day, PERCENT_FORMAT } from "./example-sheet";
import { officeExample } from "./office-table";

// One title line, header in row 2, separate Beginn/Ende columns with real dates.
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

export const JUGENDAMT = officeExample<Report>({
  file: "Jugendamt.xlsx",
  sheet: "Aktionsplan Integration",
  headerRow: 2,
  header: HEADER,
  widths: WIDTHS,
  reports: REPORTS,
  line,
  titles: [{ text: "Jugendamt – Rückmeldung zum Zwischenbericht 2024, Aktionsplan Integration 2022 bis 2026", size: 12 }],
  // The ID typed as a date keeps its date format; the end column was formatted as text before the clerk typed the date: that is how it stays text.
  formats: [["A", DATE_FORMAT, 0], ["G", DATE_FORMAT], ["H", DATE_FORMAT], ["K", PERCENT_FORMAT], ["H", "@", 1]],
  views: [{ state: "frozen", ySplit: 2 }],
  planted: [
    ["A3", "id-as-date", 'date 03.02.2001 (format dd.mm.yyyy) where "3.2.1" was meant'],
    ["H4", "date-as-text", 'end date typed as text "31.12.2024"'],
    ["J5", "status-synonym", 'status "in Bearbeitung" (synonym of "in Umsetzung")'],
    ["K5", "formula-cell", "progress formula =6/12 with cached result 0.5 (50 %)"],
    ["H7", "overdue", 'end 31.12.2023, status "in Umsetzung" (J7)'],
  ],
});
