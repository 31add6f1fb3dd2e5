import type { ColumnKey } from "../columns/catalogue";
import { bundledPlan } from "../bundled-plan";
import { z } from "zod";
import { issueEntry } from "./entry";
import { choices, q } from "./quote";

const none = z.object({});
const allowed = z.object({ allowed: z.array(z.string()) });
const read = z.object({ read: z.string() });

/** An issue made without the plan's words (a test, an old caller): the bundled plan's, else a plain phrase. */
const bundledNoun = (field: ColumnKey | null): string | undefined =>
  field === null ? undefined : bundledPlan().columns.find((c) => c.key === field)?.notAllowed;

/** Findings about reading one cell: a value that is missing, not allowed, or read as something else. */
export const CELL_READING_ISSUES = {
  "cell/required": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ label: z.string() }),
    example: { label: "Maßnahme" },
    message: (p) => `Pflichtangabe ${q(p.label)} fehlt.`,
  }),
  // The plan's column says how to name a value it does not offer ("kein zulässiger Umsetzungsstand").
  "cell/enum": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ allowed: z.array(z.string()), notAllowed: z.string().optional() }),
    example: {
      allowed: ["nein", "Ja, im Rahmen verfügbarer Haushaltsmittel.", "ja"],
      notAllowed: "keine zulässige Angabe zur Haushaltsrelevanz",
    },
    message: (p, s) =>
      `${s.v} ist ${p.notAllowed ?? bundledNoun(s.field) ?? "kein zulässiger Wert für diese Spalte"}. Bitte wählen Sie aus der Liste: ${choices(p.allowed)}.`,
  }),
  "cell/unknown-office": issueEntry({
    severity: "error",
    audience: "office",
    params: allowed,
    example: { allowed: ["Sozialamt", "Jugendamt", "Schulverwaltungsamt", "Kulturamt"] },
    message: (p, s) =>
      `Das Amt ${s.v} ist im Plan nicht bekannt. Bitte die amtliche Bezeichnung verwenden, z. B. ${choices(p.allowed.slice(0, 3))}.`,
  }),
  "cell/ambiguous-budget": issueEntry({
    severity: "warning",
    audience: "office",
    params: allowed,
    example: { allowed: ["nein", "Ja, im Rahmen verfügbarer Haushaltsmittel.", "ja"] },
    message: (_p, s) =>
      `${s.v} ist mehrdeutig: Bitte „ja“ (Mittel im kommenden Doppelhaushalt nötig) oder „Ja, im Rahmen verfügbarer Haushaltsmittel.“ wählen.`,
  }),
  // The plan says how its IDs look (`measureIds` in the plan configuration).
  "cell/id-format": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ label: z.string(), form: z.string(), example: z.string() }),
    example: { label: "Maßnahmen-Nr.", form: "Handlungsfeld.Ziel.Maßnahme", example: "3.2.1" },
    message: (p, s) => `Die ${p.label} ${s.v} hat nicht die Form ${p.form} (z. B. ${p.example}).`,
  }),
  "cell/id-not-text": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ label: z.string(), proposal: z.string().optional() }),
    example: { label: "Maßnahmen-Nr.", proposal: "3.2.1" },
    message: (p, s) =>
      p.proposal
        ? `Excel hat die ${p.label} als Zahl oder Datum gespeichert (${s.v}). Gemeint war wohl ${q(p.proposal)}: bitte prüfen und als Text eingeben.`
        : `Excel hat die ${p.label} als Zahl oder Datum gespeichert (${s.v}); bitte als Text eingeben.`,
  }),
  "cell/date-invalid": issueEntry({
    severity: "error",
    audience: "office",
    params: none,
    example: {},
    message: (_p, s) => `${s.v} ist kein gültiges Datum (z. B. 31.12.2024).`,
  }),
  // Read as 20xx, shown so the clerk can see the guess.
  "cell/two-digit-year": issueEntry({
    severity: "warning",
    audience: "office",
    params: read,
    example: { read: "31.12.2024" },
    message: (p, s) =>
      `Das Datum ${s.v} hat eine zweistellige Jahreszahl; gelesen als ${p.read}. Bitte das Jahr vierstellig eingeben.`,
  }),
  "cell/timeframe-invalid": issueEntry({
    severity: "warning",
    audience: "office",
    params: none,
    example: {},
    message: (_p, s) => `Der Zeitraum ${s.v} ist nicht lesbar (z. B. „2022–2024“, „ab 2023“, „fortlaufend“).`,
  }),
  "cell/progress-invalid": issueEntry({
    severity: "error",
    audience: "office",
    params: none,
    example: {},
    message: (_p, s) => `${s.v} ist keine Prozentangabe (z. B. 50 %).`,
  }),
  "cell/progress-range": issueEntry({
    severity: "error",
    audience: "office",
    // The plan's label of the column; a caller without a plan gets the generic word.
    params: z.object({ percent: z.number(), label: z.string().optional() }),
    example: { percent: 120, label: "Fortschritt" },
    message: (p) =>
      `${p.label ? q(p.label) : "Der Fortschritt"} muss zwischen 0 % und 100 % liegen (gelesen: ${p.percent} %).`,
  }),
  "cell/boolean-invalid": issueEntry({
    severity: "warning",
    audience: "office",
    params: none,
    example: {},
    message: (_p, s) => `${s.v} ist keine Ja/Nein-Angabe.`,
  }),
  "cell/ambiguous-synonym": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ read: z.string(), allowed: z.array(z.string()) }),
    example: { read: "in Umsetzung", allowed: ["in Umsetzung", "Daueraufgabe"] },
    message: (p, s) =>
      `${s.v} ist mehrdeutig; gelesen als ${q(p.read)}. Bitte den gemeinten Wert aus der Liste wählen: ${p.allowed.join(", ")}.`,
  }),
  // What was typed and how it was read: nothing is rewritten silently, but nothing is wrong either.
  "cell/normalised": issueEntry({
    severity: "info",
    audience: "office",
    params: read,
    example: { read: "Sozialamt" },
    message: (p, s) => `Eingegeben: ${s.v}; gelesen als ${q(p.read)}.`,
  }),
  "cell/formula-like": issueEntry({
    severity: "info",
    audience: "office",
    params: none,
    example: {},
    message: () => "Der Text beginnt wie eine Formel (=, +, -, @); er wird als Text behandelt und nie berechnet.",
  }),
  "cell/error-value": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ error: z.string() }),
    example: { error: "#NV" },
    message: (p) => `Die Zelle enthält den Excel-Fehlerwert ${q(p.error)}.`,
  }),
} as const;
