import type ExcelJS from "exceljs";
import {
  businessAreas,
  cellText,
  columnLetter,
  countDe,
  NO_REPORT,
  SEVERITY_COLOR,
  formatOf,
  memoBounded,
  wrapped,
  type ColumnKey,
  type Consolidation,
  type MeasureRow,
  type PlanConfig,
  type SourcedRecord,
  type StatusCategory,
} from "../../core";
import type { ListSheet } from "./list-sheet";
import {
  excelDate,
  fileName,
  moreRowsText,
  SEVERITY_DE,
  uniqueHeaders,
  type OutColumn,
  type OutValue,
} from "./sheet-kit";
import { MEASURE_HEADER, REPORTING_LABEL, SHEET } from "./labels";

/** The column catalogue's format, but no text format: IDs arrive as text values; only typing converts them. */
const formatHere = (key: ColumnKey): string | null => {
  const f = formatOf(key);
  return f === "@" ? null : f;
};

const CATEGORY_FILL: Readonly<Record<StatusCategory, string>> = {
  notStarted: "FFF2F2F2",
  planned: "FFDDEBF7",
  inProgress: "FFFFF2CC",
  done: "FFC6EFCE",
  ongoing: "FFE2EFDA",
  postponed: "FFFCE4D6",
  dropped: "FFD9D9D9",
};

const timeframeText = (r: MeasureRow): string | null => {
  const y = (iso: string | null) => (iso === null ? null : iso.slice(0, 4));
  if (r.ongoing) return y(r.start) ? `seit ${y(r.start)} fortlaufend` : "fortlaufend";
  if (r.start && r.end) return y(r.start) === y(r.end) ? y(r.start) : `${y(r.start)}–${y(r.end)}`;
  if (r.start) return `ab ${y(r.start)}`;
  if (r.end) return `bis ${y(r.end)}`;
  return null;
};

/** A normalised value as the workbook cell it becomes (dates as Date, progress as a fraction). */
export const cellFor = (key: ColumnKey, r: MeasureRow): OutValue => {
  switch (key) {
    case "partners":
      return r.partners.length ? r.partners.join("; ") : null;
    case "timeframe":
      return timeframeText(r);
    case "start":
    case "end":
    case "asOf":
      return excelDate(r[key]);
    case "progress":
      return r.progress === null ? null : r.progress / 100;
    case "newVoluntaryService":
      return r.newVoluntaryService === null ? null : r.newVoluntaryService ? "ja" : "nein";
    default:
      return r[key];
  }
};

/**
 * The sheet's rows as their records: one per entry (null for a measure nobody reported), then the
 * rows without an ID. Read through, not copied: a list of a million was 8 MB held through the writing.
 */
const sourcesOf = (c: Consolidation): { count: number; at: (i: number) => SourcedRecord | null } => {
  const n = c.entries.length;
  return {
    count: n + c.withoutId.length,
    at: (i) => (i < n ? (c.entries[i]!.measure?.chosen ?? null) : c.withoutId[i - n]!),
  };
};

/** Each consolidation's extra headers, found once: the Maßnahmen list and the merge's note both ask. */
const extraHeadersFound = new WeakMap<Consolidation, readonly string[]>();

/** Extra columns across all files, by header, in first-seen order: kept, never dropped. */
const extraHeaders = (c: Consolidation): readonly string[] => {
  let found = extraHeadersFound.get(c);
  if (found === undefined) {
    const rows = sourcesOf(c);
    const seen = new Set<string>();
    for (let i = 0; i < rows.count; i++) for (const e of rows.at(i)?.record.extras ?? []) seen.add(e.header);
    extraHeadersFound.set(c, (found = [...seen]));
  }
  return found;
};

/** Excel's column limit per sheet (XFD). */
export const EXCEL_MAX_COLUMNS = 16_384;
/** Reporting, Geschäftsbereich, Quelle, Blatt, Zeile, Prüfergebnis, weitere Meldungen. */
const PROVENANCE_COLUMNS = 7;

/**
 * How many extra columns of all offices together do not fit on the Maßnahmen sheet: Excel stops at
 * 16,384 columns. The sheet keeps the first ones and its last column says how many are missing;
 * the command says it too, and the values stay in the offices' files (a cut, never a failure).
 */
export const extraColumnsCut = (c: Consolidation, plan: PlanConfig): number => cutOf(extraHeaders(c).length, plan);

/** How many of `extras` extra columns do not fit beside the plan's and the provenance columns. */
const cutOf = (extras: number, plan: PlanConfig): number => {
  const room = EXCEL_MAX_COLUMNS - plan.columns.length - PROVENANCE_COLUMNS;
  return extras > room ? extras - (room - 1) : 0;
};

const cutHeader = (n: number): string =>
  `… weitere ${countDe(n)} Zusatzspalten passen nicht auf ein Excel-Blatt (höchstens 16.384 Spalten) und fehlen hier; ihre Werte stehen in den Dateien der Ämter`;

/** Grey like a dropped measure, but hatched apart by its text: nobody said anything about it. */
const NO_REPORT_FILL = "FFBFBFBF";

/** A run reads some thousand files at most; the bound only keeps a hostile input from growing it. */
const FILE_NAMES_REMEMBERED = 10_000;

/**
 * Maßnahmen: one row per measure ID (then rows without ID), normalised, with provenance and extras.
 * With a master plan every measure of the plan has a row: one nobody reported says "keine Meldung".
 */
export const measuresList = (c: Consolidation, plan: PlanConfig): ListSheet => {
  const entries = c.entries;
  const rows = sourcesOf(c);
  const all = extraHeaders(c);
  const cut = cutOf(all.length, plan);
  const extras = cut > 0 ? all.slice(0, all.length - cut) : all;
  const planCols = plan.columns;
  const provenance: OutColumn[] = [
    { header: MEASURE_HEADER.reporting, width: 16 },
    { header: MEASURE_HEADER.businessArea, width: 28 },
    { header: "Quelle", width: 28 },
    { header: "Blatt", width: 14 },
    { header: "Zeile", width: 7 },
    { header: "Prüfergebnis", width: 12 },
    { header: "weitere Meldungen", width: 24 },
  ];
  const headers = uniqueHeaders([
    ...planCols.map((p) => p.label),
    ...provenance.map((p) => p.header),
    ...extras.map((e) => `Zusatz: ${e}`),
    ...(cut > 0 ? [cutHeader(cut)] : []),
  ]);
  const columns: OutColumn[] = headers.map((header, i) => {
    const spec = planCols[i];
    if (spec)
      return {
        header,
        width: spec.width ?? 16,
        ...(formatHere(spec.key) ? { format: formatHere(spec.key)! } : {}),
        ...(wrapped(spec.key) ? { wrap: true } : {}),
      };
    return { header, width: provenance[i - planCols.length]?.width ?? 20 };
  });
  // Only the measures other files reported too: a pair and a list for every measure was ~90 MB held
  // through a 1,000 × 1,000 merge's write, for the few that have a partner.
  const others = new Map(
    c.measures.filter((m) => m.others.length > 0).map((m) => [m.chosen, m.others.map((o) => o.file).join("; ")]),
  );
  // Asked for in every row, answered by a few offices and files: a lookup instead of a search
  // through the plan's offices and a new file name string per row.
  const areaOf = businessAreas(plan);
  const nameOf = memoBounded(fileName, FILE_NAMES_REMEMBERED);
  const row = (i: number): OutValue[] => {
    const s = rows.at(i);
    const entry = entries[i];
    if (!s) {
      // In the master plan, reported by nobody: the master's columns, and "keine Meldung" as its status.
      const r = entry!.row;
      return [
        ...planCols.map((p) => (p.key === "status" ? NO_REPORT : cellFor(p.key, r))),
        REPORTING_LABEL.unreported,
        areaOf(r.leadOffice),
        null,
        null,
        null,
        null,
        null,
        ...extras.map(() => null),
        ...(cut > 0 ? [null] : []),
      ];
    }
    // The entry's row: with a master plan its master columns hold the master's values.
    const r = entry?.row ?? s.record.row;
    const own = s.record.extras.length === 0 ? null : new Map(s.record.extras.map((x) => [x.header, x]));
    const extraValues = extras.map((h) => {
      const e = own?.get(h);
      return e === undefined ? null : typeof e.value === "object" && e.value !== null ? cellText(e.value) : e.value;
    });
    return [
      // A value the core could not read is shown as typed (its finding is in the Prüfbericht), never blanked.
      ...planCols.map((p) => cellFor(p.key, r) ?? s.record.unparsed.find((u) => u.field === p.key)?.text ?? null),
      entry ? REPORTING_LABEL[entry.reporting] : null,
      areaOf(r.leadOffice),
      nameOf(s.file),
      s.record.source.sheet,
      s.record.source.row,
      s.record.worst === null ? "ok" : SEVERITY_DE[s.record.worst],
      others.get(s) || null,
      ...extraValues,
      ...(cut > 0 ? [null] : []),
    ];
  };
  const statusIndex = planCols.findIndex((p) => p.key === "status");
  const worstLetter = columnLetter(headers.indexOf("Prüfergebnis") + 1);
  const conditional = (first: number, last: number): ExcelJS.ConditionalFormattingOptions[] => [
    ...(statusIndex < 0
      ? []
      : [
          {
            ref: `${columnLetter(statusIndex + 1)}${first}:${columnLetter(statusIndex + 1)}${last}`,
            rules: [
              ...plan.statuses.map((s, i) => ({
                type: "cellIs" as const,
                operator: "equal" as const,
                priority: i + 1,
                formulae: [`"${s.value.replace(/"/g, '""')}"`],
                style: {
                  fill: {
                    type: "pattern" as const,
                    pattern: "solid" as const,
                    bgColor: { argb: CATEGORY_FILL[s.category] },
                  },
                },
              })),
              {
                type: "cellIs" as const,
                operator: "equal" as const,
                priority: plan.statuses.length + 1,
                formulae: [`"${NO_REPORT}"`],
                style: {
                  fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: NO_REPORT_FILL } },
                  font: { italic: true },
                },
              },
            ],
          },
        ]),
    {
      ref: `${worstLetter}${first}:${worstLetter}${last}`,
      rules: [
        {
          type: "cellIs",
          operator: "equal",
          priority: 20,
          formulae: ['"Fehler"'],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${SEVERITY_COLOR.error}` } } },
        },
        {
          type: "cellIs",
          operator: "equal",
          priority: 21,
          formulae: ['"Warnung"'],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${SEVERITY_COLOR.warning}` } } },
        },
      ],
    },
  ];
  return {
    sheet: SHEET.measures,
    table: "Massnahmen",
    columns,
    count: rows.count,
    row,
    // ID through title: what names a row when the sheet prints several pages wide.
    titleColumns: Math.max(1, planCols.findIndex((p) => p.key === "measure") + 1),
    emptyText: "Keine Maßnahmen gelesen.",
    overflowText: moreRowsText("Maßnahmen"),
    conditional,
  };
};
