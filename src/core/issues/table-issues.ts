import { z } from "zod";
import { issueEntry } from "./entry";
import { q } from "./quote";

const none = z.object({});
const firstRow = z.object({ first: z.number().int().positive() });

/** Findings about the header row, a whole column, or a whole row of the measure table. */
export const TABLE_ISSUES = {
  "header/missing": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ label: z.string() }),
    example: { label: "Maßnahmen-Nr." },
    message: (p) => `Die Pflichtspalte ${q(p.label)} fehlt in der Kopfzeile.`,
  }),
  "header/duplicate": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ first: z.string() }),
    example: { first: "C" },
    message: (p, s) =>
      `Die Spalte ${s.v} kommt doppelt vor (zuerst in Spalte ${p.first}); diese zweite Spalte wird als Zusatzspalte übernommen.`,
  }),
  "header/blank": issueEntry({
    severity: "warning",
    audience: "office",
    params: none,
    example: {},
    message: () => "Die Spalte hat keine Überschrift, enthält aber Daten; sie wird als Zusatzspalte übernommen.",
  }),
  "header/unknown": issueEntry({
    severity: "info",
    audience: "office",
    params: none,
    example: {},
    message: (_p, s) =>
      `Die Spalte ${s.v} ist im Plan nicht vorgesehen; sie bleibt erhalten und wird als Zusatzspalte übernommen.`,
  }),
  // Fractions and percent in one column: a bare 1 could be either; the clerk must say which.
  "column/progress-mixed": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ cells: z.array(z.string()), label: z.string() }),
    example: { cells: ["H4", "H9"], label: "Fortschritt" },
    message: (p) =>
      `Die Spalte ${q(p.label)} mischt Anteile (0,6 = 60 %) und Prozentzahlen (60 = 60 %). ${p.cells.length ? `Nicht eindeutig (1 % oder 100 %?): ${p.cells.join(", ")}. ` : ""}Bitte einheitlich als Prozent eingeben (z. B. 60 %).`,
  }),
  "row/duplicate-id": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ first: z.number().int().positive(), label: z.string() }),
    example: { first: 3, label: "Maßnahmen-Nr." },
    message: (p, s) => `Die ${p.label} ${s.v} steht bereits in Zeile ${p.first}.`,
  }),
  "row/identical": issueEntry({
    severity: "warning",
    audience: "office",
    params: firstRow,
    example: { first: 3 },
    message: (p) => `Die Zeile wiederholt Zeile ${p.first} vollständig.`,
  }),
  "row/totals-skipped": issueEntry({
    severity: "info",
    audience: "office",
    params: none,
    example: {},
    message: () => "Summen- oder Ergebniszeile erkannt; sie wird nicht als Maßnahme gelesen.",
  }),
  // A warning, not an error: "unchanged" can be true (a Daueraufgabe), but it must be confirmed.
  "row/not-updated": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ fields: z.array(z.string()), asOf: z.string().optional() }),
    example: { fields: ["Umsetzungsstand", "Fortschritt"], asOf: "Stand" },
    message: (p) =>
      `Die Angaben dieser Zeile${p.fields.length ? ` (${p.fields.map(q).join(", ")})` : ""} sind unverändert aus der letzten Meldung übernommen (nicht aktualisiert). Bitte prüfen und auf den neuen Stand bringen${p.asOf ? `; ist alles gleich geblieben, bitte bei ${q(p.asOf)} das Datum der Prüfung eintragen` : ""}.`,
  }),
} as const;
