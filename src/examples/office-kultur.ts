import type ExcelJS from "exceljs";
import { exampleMeasure } from "./example-data";
import { DATE_FORMAT, day, PERCENT_FORMAT } from "./example-sheet";
import { officeExample } from "./office-table";

/**
 * The clean office: canonical labels, only in its own column order (field of action first), every
 * value from the plan's lists, a Deckungsvorschlag wherever the budget says "ja". Nothing to report.
 */
const HEADER = ["Handlungsfeld", "Maßnahmen-Nr.", "Ziel", "Maßnahme", "federführend", "beteiligt", "Umsetzungszeitraum", "Haushaltsrelevanz", "Deckungsvorschlag", "Umsetzungsstand", "Fortschritt", "Sachstand", "Nächste Schritte", "Stand"];
const WIDTHS = [24, 12, 30, 48, 24, 26, 16, 22, 36, 15, 11, 60, 36, 11];
const AS_OF = day(2024, 6, 25);

interface Report {
  readonly id: string;
  readonly coverage?: string;
  readonly status: string;
  readonly progress: number | null;
  readonly note: string;
  readonly next: string;
}

const line = (r: Report): ExcelJS.CellValue[] => {
  const x = exampleMeasure(r.id);
  return [x.field, x.id, x.goal, x.measure, x.leadOffice, x.partners.join("; ") || null, x.timeframe, x.budget, r.coverage ?? null, r.status, r.progress, r.note, r.next, AS_OF];
};

const REPORTS: readonly Report[] = [
  { id: "3.2.5", status: "in Umsetzung", progress: 0.5, note: "In sechs Stadtteilbibliotheken gibt es eine wöchentliche Hausaufgabenhilfe; 40 ehrenamtliche Lernpatinnen und Lernpaten wurden gewonnen und geschult.", next: "Zwei weitere Standorte ab Januar 2025" },
  { id: "5.2.1", status: "Daueraufgabe", progress: null, note: "Die Interkulturellen Tage 2022 und 2023 boten jeweils über 80 Veranstaltungen. Die Vorbereitung 2024 läuft gemeinsam mit dem Integrations- und Ausländerbeirat.", next: "Programmheft bis August 2024 veröffentlichen" },
  { id: "5.2.3", coverage: "Umschichtung innerhalb der Kulturförderung, beschlossen im Ausschuss für Kultur und Tourismus", status: "umgesetzt", progress: 1, note: "Der Förderschwerpunkt gilt seit der Förderperiode 2023; im ersten Jahr wurden 14 interkulturelle Projekte gefördert.", next: "Auswertung im Kulturbericht 2024" },
  { id: "5.2.4", status: "in Umsetzung", progress: 0.35, note: "Audioguides in Englisch, Arabisch und Ukrainisch für zwei Häuser fertiggestellt; mehrsprachige Führungen finden monatlich statt.", next: "Audioguides für das Stadtmuseum ausschreiben" },
  { id: "5.2.5", coverage: "Anmeldung zum Doppelhaushalt 2025/2026", status: "in Planung", progress: 0.1, note: "Die Konzeption ist mit dem Stadtarchiv abgestimmt; erste Interviews mit Zeitzeuginnen und Zeitzeugen sind geführt. Eröffnung im Herbst 2026 geplant.", next: "Vorlage zum Deckungsvorschlag im Ausschuss für Kultur und Tourismus" },
];

export const KULTUR = officeExample<Report>({
  file: "Amt_fuer_Kultur_und_Denkmalschutz.xlsx",
  sheet: "Sachstand Kultur",
  headerRow: 1,
  header: HEADER,
  widths: WIDTHS,
  reports: REPORTS,
  line,
  formats: [["B", "@"], ["K", PERCENT_FORMAT], ["N", DATE_FORMAT]],
  views: [{ state: "frozen", ySplit: 1, xSplit: 2 }],
  planted: [],
});
