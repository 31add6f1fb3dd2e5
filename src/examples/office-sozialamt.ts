import type ExcelJS from "exceljs";
import { exampleMeasure } from "./example-data";
import { PERCENT_FORMAT } from "./example-sheet";
import { officeExample } from "./office-table";

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

export const SOZIALAMT = officeExample<Report>({
  file: "Sozialamt.xlsx",
  sheet: "Sachstand",
  // Title block above the header (merged title, "Stand:" line, empty row), as most offices keep it.
  headerRow: 4,
  mergeTitle: true,
  titles: [{ text: "Aktionsplan Integration – Sachstand Sozialamt", size: 14 }, { text: "Stand: 30.06.2024" }],
  header: HEADER,
  widths: WIDTHS,
  reports: REPORTS,
  line,
  formats: [["J", PERCENT_FORMAT]],
  planted: [
    ["D7", "office-abbreviation", 'lead office "SozA" (code of Sozialamt)'],
    ["I7", "status-synonym", 'status "läuft" (synonym of "in Umsetzung")'],
    ["G9", "coverage-missing", 'budget "ja", Deckungsvorschlag H9 and Sachstand K9 empty'],
    ["A11", "id-duplicate", 'ID "2.1.1" again (first in A6), different content'],
  ],
});
