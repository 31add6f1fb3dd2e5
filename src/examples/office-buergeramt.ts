import type ExcelJS from "exceljs";
import { exampleMeasure } from "./example-data";
import { officeExample } from "./office-table";

const HEADER = ["lfd. Nr.", "Themenfeld", "Bezeichnung", "Zuständigkeit", "Zeitplan", "Haushaltsrelevanz", "Status", "Erfüllungsgrad", "Erläuterung", "Sachbearbeitung"];
const WIDTHS = [9, 12, 48, 14, 12, 22, 14, 13, 60, 16];

interface Report {
  readonly id: string;
  readonly field: string;
  readonly status: string;
  readonly progress: string;
  readonly note: string;
  readonly clerk: string;
}

const line = (r: Report): ExcelJS.CellValue[] => {
  const x = exampleMeasure(r.id);
  return [r.id, r.field, x.measure, "Bürgeramt", x.timeframe, x.budget, r.status, r.progress, r.note, r.clerk];
};

// null marks the blank row a clerk left between two blocks of the table.
const REPORTS: readonly (Report | null)[] = [
  { id: "6.1.3", field: "HF 6", status: "in Umsetzung", progress: "50 %", clerk: "Frau Hoffmann", note: "Zwei Einbürgerungsfeiern im Festsaal des Rathauses mit insgesamt 210 Gästen ausgerichtet; das Informationsblatt zur Einbürgerung ist in sechs Sprachen erschienen." },
  { id: "7.1.1", field: "IKÖ", status: "in Umsetzung", progress: "70 %", clerk: "Herr Krause", note: "42 von 60 Formularen sind in einfacher Sprache überarbeitet; die übrigen warten auf die rechtliche Prüfung durch das Rechtsamt." },
  null,
  { id: "7.1.2", field: "IKÖ", status: "fast fertig", progress: "90 %", clerk: "Herr Krause", note: "Die Terminvergabe ist auf Englisch, Arabisch, Ukrainisch und Russisch online. Die Finanzierung ist über das Digitalisierungsbudget des Eigenbetriebs IT-Dienstleistungen gesichert." },
  { id: "7.1.3", field: "IKÖ", status: "abgeschlossen", progress: "100 %", clerk: "Frau Hoffmann", note: "Der Telefondolmetschdienst ist seit Januar 2023 in allen Bürgerbüros im Einsatz; im Jahr 2023 gab es 1.150 Einsätze in 31 Sprachen." },
  { id: "7.1.4", field: "IKÖ", status: "in Planung", progress: "10 %", clerk: "Herr Krause", note: "Angebote für das Leitsystem sind eingeholt; der Deckungsvorschlag wird zum Doppelhaushalt 2025/2026 angemeldet." },
];

export const BUERGERAMT = officeExample<Report>({
  file: "Buergeramt.xlsx",
  sheet: "Meldung Bürgeramt",
  // A sheet of instructions before the table, as the coordinating office sent it out.
  notes: {
    sheet: "Hinweise",
    lines: [
      "Bitte den Sachstand bis 31.07.2024 an das Büro der Integrations- und Ausländerbeauftragten senden.",
      "Status bitte nach der Skala des Aktionsplans angeben (nicht begonnen, in Planung, in Umsetzung, umgesetzt, Daueraufgabe, zurückgestellt, entfallen).",
    ],
    width: 110,
  },
  // Two title lines, header in row 3, progress typed as text, a blank row and a totals line.
  titles: [{ text: "Bürgeramt – Meldung zum Aktionsplan Integration 2022 bis 2026", size: 12 }, { text: "Stand: 30.06.2024" }],
  headerRow: 3,
  header: HEADER,
  widths: WIDTHS,
  reports: REPORTS,
  line,
  totals: { label: "Summe", column: "C", result: 5 },
  planted: [
    ["H4", "progress-as-text", 'progress typed as text "50 %" (all of H4:H9 are text)'],
    ["A6", "blank-row", "row 6 is empty, inside the data"],
    ["G7", "status-unknown", 'status "fast fertig" (not in the scale)'],
    ["G8", "status-synonym", 'status "abgeschlossen" (synonym of "umgesetzt")'],
    ["A10", "totals-row", 'totals line "Summe" with =COUNTA(C4:C9) in C10 (cached 5)'],
  ],
});
