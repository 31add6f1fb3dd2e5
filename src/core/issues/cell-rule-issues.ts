import { z } from "zod";
import { issueEntry } from "./entry";
import { q } from "./quote";

const coverageHint =
  "fehlt ein Deckungsvorschlag. Bitte tragen Sie in der Spalte „Deckungsvorschlag“ ein, wie die Maßnahme finanziert werden soll.";

/** Findings of the rules on a read row, and of the merge against the master plan and the round. */
export const CELL_RULE_ISSUES = {
  "cell/id-field-mismatch": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ label: z.string(), fieldCode: z.string(), field: z.string(), codeNoun: z.string() }),
    example: { label: "Maßnahmen-Nr.", fieldCode: "3", field: "Bildung", codeNoun: "der Nummer" },
    message: (p, s) =>
      `Die ${p.label} ${s.v} beginnt nicht mit ${p.fieldCode}, ${p.codeNoun} des Handlungsfelds ${q(p.field)}.`,
  }),
  // A Stand after the round's Stichtag or after today: a typo, or a status from the future.
  "cell/date-after-stichtag": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("today"), limit: z.string() }),
      z.object({ kind: z.literal("round"), limit: z.string(), round: z.string() }),
    ]),
    example: { kind: "round", limit: "30.06.2024", round: "Jahresbericht 2024" },
    message: (p, s) =>
      p.kind === "today"
        ? `Der Stand ${s.v} liegt nach dem heutigen Datum (${p.limit}). Bitte das Datum der letzten Aktualisierung eintragen.`
        : `Der Stand ${s.v} liegt nach dem Stichtag ${p.limit} der Berichtsrunde ${q(p.round)}. Bitte prüfen, ob das Datum stimmt; berichtet wird der Stand zum Stichtag.`,
  }),
  "cell/date-outside-period": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ first: z.number().int(), last: z.number().int() }),
    example: { first: 2022, last: 2026 },
    message: (p, s) => `Das Datum ${s.v} liegt außerhalb des Planzeitraums ${p.first} bis ${p.last}.`,
  }),
  // The plan's money columns (issue 16): an amount or a year that cannot be summed.
  "cell/amount-invalid": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ label: z.string() }),
    example: { label: "Mittel geplant (EUR)" },
    message: (p, s) =>
      `${s.v} ist kein Betrag. Bitte tragen Sie in der Spalte ${q(p.label)} eine Zahl in Euro ein, z. B. 12.500,00 (ohne Text; leer lassen, wenn es keinen Betrag gibt).`,
  }),
  "cell/year-invalid": issueEntry({
    severity: "error",
    audience: "office",
    params: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("no-year"), label: z.string() }),
      z.object({
        kind: z.literal("outside-period"),
        label: z.string(),
        first: z.number().int(),
        last: z.number().int(),
      }),
    ]),
    example: { kind: "no-year", label: "Haushaltsjahr" },
    message: (p, s) =>
      p.kind === "no-year"
        ? `${s.v} ist kein Haushaltsjahr. Bitte tragen Sie in der Spalte ${q(p.label)} das Jahr vierstellig ein, z. B. 2025.`
        : `Das Haushaltsjahr ${s.v} liegt außerhalb des Planzeitraums ${p.first} bis ${p.last}. Bitte prüfen Sie die Spalte ${q(p.label)}.`,
  }),
  "cell/end-before-start": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ start: z.string() }),
    example: { start: "01.01.2025" },
    message: (p, s) => `Das Ende ${s.v} liegt vor dem Beginn ${p.start}.`,
  }),
  "cell/status-progress": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({
      status: z.string(),
      min: z.number(),
      max: z.number(),
      // From the plan's columns; a caller without a plan gets the Integration plan's words.
      progressLabel: z.string().optional(),
      statusDative: z.string().optional(),
    }),
    example: {
      status: "nicht begonnen",
      min: 0,
      max: 0,
      progressLabel: "Fortschritt",
      statusDative: "zum Umsetzungsstand",
    },
    message: (p, s) =>
      `${p.progressLabel ?? "Fortschritt"} ${s.v} passt nicht ${p.statusDative ?? "zum Umsetzungsstand"} ${q(p.status)} (erwartet ${p.min === p.max ? `${p.min} %` : `${p.min} % bis ${p.max} %`}).`,
  }),
  "cell/coverage-missing": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ reason: z.enum(["budget", "voluntary"]) }),
    example: { reason: "budget" },
    message: (p) =>
      p.reason === "voluntary"
        ? `Für diese neue freiwillige kommunale Leistung ${coverageHint}`
        : `Für diese haushaltsrelevante Maßnahme ${coverageHint}`,
  }),
  // Says that a proposal exists but not which: the committee cannot decide on "ja".
  "cell/coverage-unnamed": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({}),
    example: {},
    message: (_p, s) =>
      `Bitte den Deckungsvorschlag benennen: ${s.v} sagt nicht, wie die Maßnahme finanziert wird (z. B. „Umschichtung aus Budget 50.1“, „Fördermittel des Freistaats“). Ohne Benennung zählt er nicht als Deckungsvorschlag.`,
  }),
  // The master plan decides; the office's value is shown so the coordinator can accept it or not.
  "cell/master-deviation": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ label: z.string(), master: z.string(), kind: z.enum(["postponement", "value"]) }),
    example: { label: "Ende", master: "31.12.2023", kind: "postponement" },
    message: (p, s) =>
      p.kind === "postponement"
        ? `${q(p.label)} weicht vom Masterplan ab: gemeldet ${s.v}, im Masterplan ${q(p.master)}. Das gilt als vorgeschlagene Terminverschiebung; bis die Koordinierungsstelle sie annimmt, gilt der Termin des Masterplans.`
        : `${q(p.label)} weicht vom Masterplan ab: gemeldet ${s.v}, im Masterplan ${q(p.master)}. Übernommen wird der Wert des Masterplans; bitte Änderungen mit der Koordinierungsstelle abstimmen statt sie in die Vorlage zu schreiben.`,
  }),
  // Checked only when the merge is given that plan's master (`--linked-master`).
  "cell/linked-measure-unknown": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ plan: z.string() }),
    example: { plan: "Aktionsplan Integration" },
    message: (p, s) =>
      `Die Maßnahme ${s.v} gibt es im Masterplan ${q(p.plan)} nicht. Bitte die Nummer der Maßnahme im anderen Plan prüfen.`,
  }),
  "cell/overdue": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ end: z.string(), status: z.string() }),
    example: { end: "31.12.2023", status: "in Umsetzung" },
    message: (p) =>
      `Das geplante Ende (${p.end}) ist überschritten, die Maßnahme ist aber noch ${q(p.status)}. Bitte nennen Sie im Sachstand den neuen voraussichtlichen Abschluss oder den Grund der Verzögerung.`,
  }),
} as const;
