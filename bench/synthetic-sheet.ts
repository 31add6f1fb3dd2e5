import { DEFAULT_PLAN, type ColumnKey, type PlanConfig } from "../src/core";
import { mixSeed, rngFrom, type Rng } from "./prng";
import {
  CONTACTS,
  EXTERNAL_PARTNERS,
  EXTRA_HEADERS,
  GOALS,
  INDICATORS,
  MEASURES,
  NEXT_STEPS,
  PROBLEMS,
  SHEET_NAMES,
  UNKNOWN_OFFICES,
  UNKNOWN_STATUSES,
  sachstand,
} from "./office-vocabulary";

/**
 * One office workbook as plain data, before any writer sees it. The same model feeds the exceljs
 * writer (files for the merge) and the in-memory grids (core scenario), so both measure the same
 * data distribution.
 */
export type SynthValue = string | number | { readonly iso: string } | null;

export interface SynthSheet {
  readonly file: string;
  readonly sheet: string;
  /** Rows above the header (title block, "Stand:" line, a blank row); empty for most files. */
  readonly titleRows: readonly (readonly SynthValue[])[];
  readonly header: readonly string[];
  /** Number format per column, as offices format whole columns ("dd.mm.yyyy", "0%"). */
  readonly formats: readonly (string | undefined)[];
  readonly rows: readonly (readonly SynthValue[])[];
}

export interface SheetSpec {
  readonly seed: number;
  /** 0-based file number; file i is the same whatever the total, so caches can grow. */
  readonly fileIndex: number;
  readonly rows: number;
  /** 3 ("3.2.1", a city's plan) or 4 parts (enough distinct IDs for a million rows). */
  readonly idParts: 3 | 4;
}

/** Shares of deliberate mistakes, per row: small, as in real returns (most rows are fine). */
export const MISTAKE_RATES = {
  duplicateId: 0.002,
  partnerReport: 0.015,
  idAsNumber: 0.002,
  unknownStatus: 0.005,
  unknownOffice: 0.003,
  officeAbbreviation: 0.1,
  textDate: 0.01,
  ambiguousBudget: 0.03,
  progressText: 0.01,
} as const;

type Column = { readonly key: ColumnKey } | { readonly extra: string };

const PLAN: PlanConfig = DEFAULT_PLAN;
const TODAY_YEAR = 2024;

const fieldCodeOf = (k: number): number => 1 + ((Math.imul(k + 1, 2654435761) >>> 0) % PLAN.fields.length);

/** The measure with global number k: unique across all files, field code first like the plan's IDs. */
export const measureIdOf = (k: number, parts: 3 | 4): string => {
  const digits: number[] = [];
  let rest = k;
  for (let i = 0; i < parts - 1; i++) {
    digits.unshift(1 + (rest % 999));
    rest = Math.floor(rest / 999);
  }
  return [fieldCodeOf(k), ...digits].join(".");
};

const spelling = (rng: Rng, label: string, synonyms: readonly string[], pCanonical: number): string =>
  synonyms.length === 0 || rng.chance(pCanonical) ? label : rng.pick(synonyms);

/** Which canonical columns this office keeps, in roughly the plan's order with some local shuffles. */
const chooseColumns = (rng: Rng): Column[] => {
  const keys: ColumnKey[] = ["measureId", "field"];
  if (rng.chance(0.7)) keys.push("goal");
  keys.push("measure", "leadOffice");
  if (rng.chance(0.6)) keys.push("partners");
  if (rng.chance(0.5)) keys.push("timeframe");
  else keys.push("start", "end");
  keys.push("budget");
  if (rng.chance(0.4)) keys.push("coverageProposal");
  keys.push("status");
  if (rng.chance(0.85)) keys.push("progress");
  if (rng.chance(0.95)) keys.push("note");
  if (rng.chance(0.5)) keys.push("problems");
  if (rng.chance(0.5)) keys.push("nextSteps");
  if (rng.chance(0.3)) keys.push("indicator");
  if (rng.chance(0.7)) keys.push("asOf");
  const columns: Column[] = keys.map((key) => ({ key }));
  // Offices move columns around; a swap of neighbours is the common case.
  if (rng.chance(0.3))
    for (let s = 0; s < 3; s++) {
      const i = rng.int(1, columns.length - 2);
      [columns[i], columns[i + 1]] = [columns[i + 1]!, columns[i]!];
    }
  const extras = rng.int(0, 2);
  for (let e = 0; e < extras; e++)
    columns.splice(rng.int(1, columns.length), 0, {
      extra: EXTRA_HEADERS[(e + rng.int(0, 3)) % EXTRA_HEADERS.length]!,
    });
  // Two extras with the same name would be a planted header/duplicate: keep the first only.
  return columns.filter(
    (c, i) => !("extra" in c) || columns.findIndex((d) => "extra" in d && d.extra === c.extra) === i,
  );
};

const headerFor = (rng: Rng, c: Column): string => {
  if ("extra" in c) return c.extra;
  const spec = PLAN.columns.find((s) => s.key === c.key)!;
  return spelling(rng, spec.label, spec.synonyms, 0.6);
};

const isoOf = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const germanDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

interface RowPlan {
  readonly k: number;
  readonly id: SynthValue;
  readonly fieldCode: number;
}

/**
 * Everything one row says, drawn from the file's stream. Values hang together (status and progress,
 * budget "ja" and a Deckungsvorschlag) so that the error rate is that of the planted mistakes plus
 * what real data produces anyway (overdue measures, some budget answers that need a decision).
 */
const rowValues = (
  rng: Rng,
  columns: readonly Column[],
  row: RowPlan,
  office: PlanConfig["offices"][number],
  progressAsFraction: boolean,
): SynthValue[] => {
  const status = rng.pick(PLAN.statuses);
  const progress =
    status.progress.min === status.progress.max
      ? status.progress.min
      : rng.int(status.progress.min, status.progress.max);
  const startYear = rng.int(2022, 2025);
  const endYear = Math.min(2026, startYear + rng.int(0, 3));
  const startIso = isoOf(startYear, rng.int(1, 12), 1);
  const endIso = isoOf(endYear, 12, rng.int(1, 31) <= 28 ? 31 : 30);
  const budget = rng.chance(MISTAKE_RATES.ambiguousBudget)
    ? "Ja"
    : rng.next() < 0.6
      ? "nein"
      : rng.next() < 0.68
        ? "Ja, im Rahmen verfügbarer Haushaltsmittel."
        : "ja";
  const value = (c: Column): SynthValue => {
    if ("extra" in c)
      return c.extra === "Ansprechpartner/in"
        ? rng.pick(CONTACTS)
        : c.extra === "Telefon"
          ? `0351 488-${rng.int(1000, 9999)}`
          : c.extra === "Priorität"
            ? rng.pick(["hoch", "mittel", "niedrig"])
            : `I-${rng.int(100, 999)}`;
    switch (c.key) {
      case "measureId":
        return row.id;
      case "field": {
        const f = PLAN.fields[row.fieldCode - 1]!;
        return spelling(rng, f.name, f.synonyms, 0.8);
      }
      case "goal":
        return rng.pick(GOALS);
      case "measure":
        return rng.chance(0.3) ? `${rng.pick(MEASURES)} (Phase ${rng.int(2, 3)})` : rng.pick(MEASURES);
      case "leadOffice": {
        if (rng.chance(MISTAKE_RATES.unknownOffice)) return rng.pick(UNKNOWN_OFFICES);
        const o = rng.chance(0.03) ? rng.pick(PLAN.offices) : office;
        // SozA-style codes and old office numbers ("50"): the plan maps them, as a proposed fix.
        return rng.chance(MISTAKE_RATES.officeAbbreviation) ? rng.pick([o.code, ...o.synonyms]) : o.name;
      }
      case "partners":
        return rng.chance(0.5)
          ? null
          : rng.chance(0.6)
            ? `${rng.pick(PLAN.offices).name}; ${rng.pick(EXTERNAL_PARTNERS)}`
            : rng.pick(EXTERNAL_PARTNERS);
      case "timeframe":
        return rng.pick([
          `${startYear}–${endYear}`,
          `ab ${startYear}`,
          "fortlaufend",
          `${startYear} bis ${endYear}`,
          String(endYear),
        ]);
      case "start":
        // A bare year typed as text ("2023"): read as 1 January, proposed as a real date.
        return rng.chance(0.1) ? String(startYear) : { iso: startIso };
      case "end":
        return rng.chance(MISTAKE_RATES.textDate) ? germanDate(endIso) : { iso: endIso };
      case "budget":
        return budget;
      case "coverageProposal":
        return budget === "ja" && rng.chance(0.8)
          ? "Umschichtung aus dem Budget des Geschäftsbereichs; Vorlage in Vorbereitung"
          : null;
      case "status":
        return rng.chance(MISTAKE_RATES.unknownStatus)
          ? rng.pick(UNKNOWN_STATUSES)
          : spelling(rng, status.label, status.synonyms, 0.88);
      case "progress":
        if (rng.chance(MISTAKE_RATES.progressText)) return `${progress} %`;
        return progressAsFraction ? progress / 100 : progress;
      case "note":
        return sachstand(rng.pick, rng.int(100, 400));
      case "problems":
        return rng.chance(0.25) ? rng.pick(PROBLEMS) : null;
      case "nextSteps":
        return rng.chance(0.4) ? rng.pick(NEXT_STEPS) : null;
      case "indicator":
        return rng.chance(0.3) ? rng.pick(INDICATORS) : null;
      case "asOf": {
        const iso = isoOf(TODAY_YEAR, rng.int(4, 6), rng.int(1, 28));
        return rng.chance(MISTAKE_RATES.textDate) ? germanDate(iso) : { iso };
      }
      default:
        return null;
    }
  };
  return columns.map(value);
};

const officeOf = (fileIndex: number): PlanConfig["offices"][number] => PLAN.offices[fileIndex % PLAN.offices.length]!;

/** The file name alone (a cache lists its files without generating them): number, then office code. */
export const synthFileName = (fileIndex: number): string =>
  `${String(fileIndex + 1).padStart(4, "0")}-${officeOf(fileIndex).code.replace(/[^\p{L}\p{N}]+/gu, "_")}.xlsx`;

/** One office's workbook, fully determined by seed, file number, row count and ID shape. */
export const synthSheet = (spec: SheetSpec): SynthSheet => {
  const rng = rngFrom(mixSeed(spec.seed, spec.fileIndex));
  const office = officeOf(spec.fileIndex);
  const columns = chooseColumns(rng);
  const header = columns.map((c) => headerFor(rng, c));
  const progressAsFraction = rng.chance(0.6);
  const formats = columns.map((c) => {
    if ("extra" in c) return undefined;
    if (c.key === "start" || c.key === "end" || c.key === "asOf") return "dd.mm.yyyy";
    if (c.key === "progress" && progressAsFraction) return "0%";
    return undefined;
  });
  const titleRows: SynthValue[][] = rng.chance(0.4)
    ? [[`${PLAN.title} – Umsetzungsstand`], [`Amt: ${office.name}`], ["Stand: 30.06.2024"], []]
    : [];
  const rows: SynthValue[][] = [];
  const base = spec.fileIndex * spec.rows;
  for (let j = 0; j < spec.rows; j++) {
    let k = base + j;
    // A partner office reports a measure another file (the previous one) also reports: a conflict.
    if (spec.fileIndex > 0 && rng.chance(MISTAKE_RATES.partnerReport))
      k = (spec.fileIndex - 1) * spec.rows + rng.int(0, spec.rows - 1);
    let id: SynthValue = measureIdOf(k, spec.idParts);
    if (j > 0 && rng.chance(MISTAKE_RATES.duplicateId)) {
      k = base + j - 1;
      id = measureIdOf(k, spec.idParts);
    }
    // German Excel turned a typed "7.10" into the number 7.1.
    if (rng.chance(MISTAKE_RATES.idAsNumber)) id = Number(`${fieldCodeOf(k)}.${1 + (k % 9)}`);
    rows.push(rowValues(rng, columns, { k, id, fieldCode: fieldCodeOf(k) }, office, progressAsFraction));
  }
  return { file: synthFileName(spec.fileIndex), sheet: rng.pick(SHEET_NAMES), titleRows, header, formats, rows };
};
