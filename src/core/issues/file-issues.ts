import { z } from "zod";
import { UnreadableReason, unreadableReasonDe } from "../unreadable-reason";
import { issueEntry } from "./entry";
import { q } from "./quote";

const none = z.object({});

/** Findings about a whole file: it cannot be read, holds no table, or is not what it should be. */
export const FILE_ISSUES = {
  "file/unreadable": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ reason: UnreadableReason, detail: z.string().optional() }),
    example: { reason: "format-csv" },
    message: (p) => `Die Datei kann nicht gelesen werden. ${unreadableReasonDe(p.reason)}`,
  }),
  "file/no-worksheets": issueEntry({
    severity: "error",
    audience: "office",
    params: none,
    example: {},
    message: () => "Die Arbeitsmappe enthält keine Tabellenblätter mit Daten.",
  }),
  "file/no-table": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({ sheets: z.array(z.string()).optional(), labels: z.array(z.string()) }),
    example: { sheets: ["Tabelle1", "Tabelle2"], labels: ["Maßnahmen-Nr.", "Umsetzungsstand"] },
    message: (p) =>
      `Keine Maßnahmentabelle gefunden: In den ersten 20 Zeilen ${p.sheets?.length ? `der Blätter ${p.sheets.join(", ")} ` : ""}steht keine Kopfzeile mit bekannten Spalten (z. B. ${p.labels.map(q).join(", ")}).`,
  }),
  "file/own-output": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ what: z.string().optional() }),
    example: { what: "ein konsolidierter Umsetzungsstand (Ausgabe des Zusammenführens)" },
    message: (p) =>
      `Diese Datei ist ${p.what || "eine Ausgabe dieses Werkzeugs"} und wird nicht als Meldung eines Amtes zusammengeführt.`,
  }),
  "file/same-office": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ office: z.string(), others: z.array(z.string()) }),
    example: { office: "Sozialamt", others: ["Sozialamt neu.xlsx", "Sozialamt alt.xlsx"] },
    message: (p) =>
      `Vom selben Amt (${p.office}) liegt auch ${p.others.join(", ")} vor. Bitte klären, welche Fassung gilt; übernommen wird je Maßnahme der neueste Stand.`,
  }),
  // Values beyond the reader's caps were not read: the merge would silently miss measures otherwise.
  "file/truncated": issueEntry({
    severity: "error",
    audience: "office",
    params: z.object({
      sheet: z.string(),
      lastRow: z.number(),
      lastColumn: z.number(),
      maxRows: z.number(),
      maxColumns: z.number(),
    }),
    example: { sheet: "Lang", lastRow: 9, lastColumn: 6, maxRows: 5, maxColumns: 500 },
    message: (p) =>
      `Das Blatt ${q(p.sheet)} hat Werte bis Zeile ${p.lastRow}, Spalte ${p.lastColumn}; gelesen werden höchstens ${p.maxRows} Zeilen und ${p.maxColumns} Spalten. Was darüber hinaus steht, fehlt in der Zusammenführung: bitte die Tabelle auf mehrere Dateien aufteilen.`,
  }),
  // A sheet that looks like measures but has no ID column: its rows cannot be merged, say so.
  "file/sheet-not-read": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.object({ label: z.string() }),
    example: { label: "Maßnahmen-Nr." },
    message: (p) =>
      `Dieses Blatt sieht aus wie eine Maßnahmentabelle, hat aber keine Spalte ${q(p.label)}; seine Zeilen können keiner Maßnahme zugeordnet werden und werden nicht zusammengeführt. Bitte die ${p.label} ergänzen oder die Zeilen in die Maßnahmentabelle übernehmen.`,
  }),
  // Which template a file was made from: context for the coordinator, nothing for the office to fix.
  "file/from-template": issueEntry({
    severity: "info",
    audience: "coordinator",
    params: z.object({ round: z.string(), office: z.string().optional(), version: z.number().optional() }),
    example: { round: "Jahresbericht 2024", office: "Sozialamt", version: 1 },
    message: (p) =>
      `Die Datei stammt aus der Vorlage${p.office ? ` für ${p.office}` : ""} zur Berichtsrunde ${q(p.round)}${p.version !== undefined ? ` (Vorlagenversion ${p.version})` : ""}.`,
  }),
  "file/old-template": issueEntry({
    severity: "warning",
    audience: "office",
    params: z.discriminatedUnion("reason", [
      z.object({ reason: z.literal("plan"), plan: z.string(), round: z.string() }),
      z.object({ reason: z.literal("round"), round: z.string(), current: z.string() }),
    ]),
    example: { reason: "round", round: "Jahresbericht 2023", current: "Jahresbericht 2024" },
    message: (p) =>
      p.reason === "plan"
        ? `Die Datei stammt aus der Vorlage eines anderen Aktionsplans (${p.plan}). Bitte prüfen, ob die richtige Datei zurückgeschickt wurde.`
        : `Die Datei stammt aus der Vorlage der Berichtsrunde ${q(p.round)}, gesammelt wird aber ${q(p.current)}. Bitte prüfen, ob es die aktuelle Meldung ist; sonst bitte die aktuelle Vorlage ausfüllen.`,
  }),
} as const;
