import {
  ColumnKey,
  textOrNull,
  type CellValue,
  type Grid,
  type PrefilledRow,
  type ReportedValue,
  type TemplateIdentity,
} from "../../core";

/**
 * A template names itself in a veryHidden sheet: exceljs 4.4 neither writes nor reads custom
 * document properties (docProps/custom.xml), but it keeps sheets and their state both ways, and
 * Excel and LibreOffice keep such a sheet when an office saves the file.
 */
export const IDENTITY_SHEET = "AP_Vorlage";
export const IDENTITY_MARKER = "Aktionsplan-Monitor: Vorlage";
/** Raised when a template changes in a way the merge must tell apart. */
export const TEMPLATE_VERSION = 1;

const LABELS = {
  version: "Vorlagenversion",
  planId: "Plan-ID",
  round: "Berichtsrunde",
  office: "Amt",
  created: "Erstellt",
  cutoff: "Stichtag",
  deadline: "Abgabefrist",
} as const;
/** Column names of the pre-fill table. Deliberately not the plan's labels: this sheet is never a measure table. */
const PREFILL_PREFIX = "vorbelegt:";
const PREFILL_ID = `${PREFILL_PREFIX}measureId`;

/** The identity sheet's cells, row by row from A1. */
export const identityRows = (id: TemplateIdentity, keys: readonly ColumnKey[]): (ReportedValue | null)[][] => [
  [IDENTITY_MARKER],
  [LABELS.version, id.version],
  [LABELS.planId, id.planId],
  [LABELS.round, id.round],
  [LABELS.office, id.office],
  [LABELS.created, id.created],
  [LABELS.cutoff, id.cutoff],
  [LABELS.deadline, id.deadline],
  [],
  [PREFILL_ID, ...keys.map((k) => `${PREFILL_PREFIX}${k}`)],
  ...id.prefilled.map((p) => [p.measureId, ...keys.map((k) => p.values.get(k) ?? null)]),
];

/**
 * Reads the identity back from the sheet's grid, as any reader produced it (LibreOffice may turn
 * numbers into text or the other way): null when the sheet is not ours or lacks a required field.
 */
export const readIdentity = (grid: Grid): TemplateIdentity | null => {
  const rows: CellValue[][] = grid.rows.map((r) => [
    ...new Array<null>(grid.left - 1).fill(null),
    ...r.map((c) => c?.value ?? null),
  ]);
  if (textOrNull(rows[0]?.[0]) !== IDENTITY_MARKER || grid.top !== 1) return null;
  const field = (label: string): string | null => {
    const row = rows.find((r) => textOrNull(r[0]) === label);
    return textOrNull(row?.[1]);
  };
  const version = Number(field(LABELS.version));
  const planId = field(LABELS.planId);
  const round = field(LABELS.round);
  const office = field(LABELS.office);
  if (!Number.isInteger(version) || planId === null || round === null || office === null) return null;
  const headerAt = rows.findIndex((r) => textOrNull(r[0]) === PREFILL_ID);
  const prefilled: PrefilledRow[] = [];
  if (headerAt >= 0) {
    const keys = rows[headerAt]!.slice(1).map((h) => {
      const k = ColumnKey.safeParse(textOrNull(h)?.slice(PREFILL_PREFIX.length));
      return k.success ? k.data : null;
    });
    for (const r of rows.slice(headerAt + 1)) {
      const id = textOrNull(r[0]);
      if (id === null) continue;
      const values = new Map<ColumnKey, ReportedValue>();
      keys.forEach((k, i) => {
        const v = r[i + 1];
        if (k === null || v === undefined || typeof v === "boolean") return;
        const t = typeof v === "number" ? v : textOrNull(v);
        if (t !== null) values.set(k, t);
      });
      prefilled.push({ measureId: id, values });
    }
  }
  // A template from before the round's dates were stored has none: the plan configuration names them.
  const day = (label: string): string | null => {
    const d = field(label)?.slice(0, 10) ?? null;
    return d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
  };
  return {
    version,
    planId,
    round,
    office,
    created: field(LABELS.created) ?? "",
    cutoff: day(LABELS.cutoff),
    deadline: day(LABELS.deadline),
    prefilled,
  };
};
