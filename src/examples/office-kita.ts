import type ExcelJS from "exceljs";
import { exampleMeasure } from "./example-data";
import { DATE_FORMAT, day, PERCENT_FORMAT } from "./example-sheet";
import { officeExample } from "./office-table";

// Header in row 1, short headers, field of action by synonym, an "as of" date per row.
const HEADER = ["Maßnahme Nr.", "HF", "Maßnahmenbeschreibung", "Verantwortlich", "Umsetzungszeitraum", "Haushalt", "Stand der Umsetzung", "Fortschritt (%)", "Bemerkungen", "Stand"];
const WIDTHS = [12, 10, 48, 24, 16, 22, 18, 14, 60, 11];
const LEAD = "Kindertageseinrichtungen";
const AS_OF = day(2024, 6, 12);

interface Report {
  readonly id: string;
  readonly idCell?: ExcelJS.CellValue;
  readonly field: string;
  readonly budget?: string;
  readonly status: string;
  readonly progress: number | null;
  readonly note: string;
}

const line = (r: Report): ExcelJS.CellValue[] => {
  const x = exampleMeasure(r.id);
  return [r.idCell ?? r.id, r.field, x.measure, LEAD, x.timeframe, r.budget ?? x.budget, r.status, r.progress, r.note, AS_OF];
};

const REPORTS: readonly Report[] = [
  { id: "3.1.1", field: "Kita", status: "umgesetzt ", progress: 1, note: "Die Elterninformation liegt in acht Sprachen in allen 182 Einrichtungen aus und ist online abrufbar." },
  { id: "3.1.2", field: "Kita", status: "in Umsetzung", progress: 0.45, note: "Module 1 bis 3 wurden für 220 pädagogische Fachkräfte durchgeführt; Modul 4 beginnt im September 2024." },
  // The master says "ja" (new money); the clerk typed a bare "Ja", which could mean either kind of yes.
  { id: "3.1.3", field: "Kita", budget: "Ja", status: "in Umsetzung", progress: 0.3, note: "Ein Rahmenvertrag mit zwei Dolmetscherdiensten ist in Vorbereitung; bis dahin wird im Einzelfall beauftragt." },
  // Marked done although only 60 % is reached.
  { id: "3.1.4", field: "Bildung", status: "umgesetzt", progress: 0.6, note: "Elterncafés in zwölf Kitas gestartet; weitere Standorte folgen, sobald die Stellen der Elternbegleitung besetzt sind." },
  { id: "3.1.5", field: "Kita", status: "Daueraufgabe", progress: null, note: "Sprachliche Bildung ist in den Konzeptionen aller Einrichtungen verankert; die Fachberatung begleitet die Umsetzung in Teamberatungen." },
  // "3.10" typed into German Excel becomes the number 3.1 — indistinguishable from a typed "3.1".
  { id: "3.10", idCell: 3.1, field: "Kita", status: "in Planung", progress: 0.05, note: "Standorte für drei Spielgruppen im Stadtteil werden geprüft; der Deckungsvorschlag wird gemeinsam mit dem Jugendamt erarbeitet." },
];

export const KITA = officeExample<Report>({
  file: "Eigenbetrieb_Kindertageseinrichtungen.xlsx",
  sheet: "Tabelle1",
  // Saved once by an old Mac Excel: serial day numbers count from 1904, not 1900.
  date1904: true,
  headerRow: 1,
  header: HEADER,
  widths: WIDTHS,
  reports: REPORTS,
  line,
  formats: [["H", PERCENT_FORMAT], ["J", DATE_FORMAT]],
  autoFilter: true,
  planted: [
    ["J2", "date-1904", "workbook uses the 1904 date system; J2:J7 hold 12.06.2024"],
    ["G2", "status-trailing-space", 'status "umgesetzt " with a trailing space'],
    ["F4", "budget-ambiguous", 'budget relevance "Ja" (ambiguous: "ja" or "Ja, im Rahmen …")'],
    ["H5", "status-progress-mismatch", 'status "umgesetzt" (G5) with progress 60 %'],
    ["A7", "id-as-number", 'number 3.1 where "3.10" was meant'],
  ],
});
