import { basename } from "node:path";
import {
  measuresOf,
  unreadableReasonDe,
  type Grid,
  type MasterMeasure,
  type MeasureRecord,
  type PlanConfig,
  type PreviousMeasure,
  type Register,
  type ReportInput,
  type Issue,
} from "../core";
import { readInputBytes } from "../xlsx/node";
import { CliError } from "./cli-error";
import { MAX_INPUT_BYTES } from "./gather-inputs";
import { parseReferenceGuarded, type GuardedReference, type PoolOptions } from "./read-pool";
import type { ReferenceKind, ReferenceValue } from "./reference-parse";

const MASTER_SILENT = new Set([
  "cell/overdue",
  "cell/coverage-missing",
  "cell/coverage-unnamed",
  "cell/status-progress",
  "header/unknown",
]);

const WHAT: Readonly<Record<ReferenceKind, string>> = {
  master: "Masterplan",
  previous: "Vorheriger Stand",
  consolidated: "Umsetzungsstand",
  table: "Arbeitsmappe",
};

/** A reference workbook's bytes, under the office files' size limit; a usage error when it cannot be read. */
export const readReferenceBytes = async (kind: ReferenceKind, path: string): Promise<Uint8Array> => {
  const read = await readInputBytes(path, MAX_INPUT_BYTES);
  if (!read.ok)
    throw new CliError(`${WHAT[kind]} ${path} kann nicht gelesen werden: ${unreadableReasonDe(read.reason)}`);
  return read.bytes;
};

/** A guarded parse's value, or the usage error that names the file and says why it cannot serve. */
const referenceValue = <K extends ReferenceKind>(
  kind: K,
  path: string,
  parsed: GuardedReference,
): Extract<ReferenceValue, { kind: K }> => {
  if (!parsed.ok)
    throw new CliError(
      parsed.message ?? `${WHAT[kind]} ${path} kann nicht gelesen werden: ${unreadableReasonDe(parsed.reason)}`,
    );
  return parsed.value as Extract<ReferenceValue, { kind: K }>;
};

/**
 * Reads a reference workbook through the same guarded path as office files: only a regular file,
 * at most MAX_INPUT_BYTES counted while reading, parsed in a worker with heap limit and timeout.
 * Anything that keeps it from serving is a usage error that names the file and says why.
 */
const readReference = async <K extends ReferenceKind>(
  kind: K,
  path: string,
  plan: PlanConfig,
  today: string,
  pool: PoolOptions,
  name = path,
): Promise<Extract<ReferenceValue, { kind: K }>> =>
  referenceValue(
    kind,
    path,
    await parseReferenceGuarded(kind, name, await readReferenceBytes(kind, path), plan, today, pool),
  );

/** The master plan's measure rows (all columns) and its own issues. */
export const readMasterRecords = async (
  path: string,
  plan: PlanConfig,
  today: string,
  pool: PoolOptions,
): Promise<{ records: readonly MeasureRecord[]; issues: readonly Issue[] }> =>
  readReference("master", path, plan, today, pool);

/** The master plan's measures; its own issues are returned for the report, a broken file is a usage error. */
export const readMaster = async (
  path: string,
  plan: PlanConfig,
  today: string,
  pool: PoolOptions,
): Promise<{ measures: MasterMeasure[]; issues: Issue[] }> => {
  const { records, issues } = await readMasterRecords(path, plan, today, pool);
  const measures: MasterMeasure[] = measuresOf(records, ["field", "measure", "leadOffice", "budget"]);
  // A master plan has no reporting columns yet: rules about status, progress, overdue and
  // Deckungsvorschlag speak to the offices' returns, not to the plan.
  return { measures, issues: issues.filter((i) => !MASTER_SILENT.has(i.code)) };
};

type RegisterWorkbook = { measures: PreviousMeasure[]; register: Register | null };

const registerOf = (v: Extract<ReferenceValue, { kind: "previous" }>): RegisterWorkbook => ({
  measures: [...v.measures],
  register: v.register,
});

/** An earlier consolidated workbook as the plan register: its measures and what it carries forward. */
export const readRegisterWorkbook = async (
  path: string,
  plan: PlanConfig,
  today: string,
  pool: PoolOptions,
): Promise<RegisterWorkbook> => registerOf(await readReference("previous", path, plan, today, pool));

/**
 * The register as parsed in the pool beside the office files. That worker has its share of the heap
 * budget only; a register too large for it is parsed once more alone, with the whole budget, now
 * that the office files are done — slower, but it reads what the serial read used to.
 */
export const registerParsedBeside = async (
  path: string,
  bytes: Uint8Array,
  parsed: GuardedReference,
  plan: PlanConfig,
  today: string,
  pool: PoolOptions,
): Promise<RegisterWorkbook> => {
  const again = !parsed.ok && parsed.message === undefined && parsed.reason === "out-of-memory";
  const result = again ? await parseReferenceGuarded("previous", path, bytes, plan, today, pool) : parsed;
  return registerOf(referenceValue("previous", path, result));
};

/** A consolidated workbook read back for the progress report. */
export const readConsolidatedGuarded = async (
  path: string,
  plan: PlanConfig,
  pool: PoolOptions,
): Promise<ReportInput> => {
  // The report's "today" is the workbook's own run date, read from it: none is needed here.
  const { input } = await readReference("consolidated", path, plan, "1970-01-01", pool, basename(path));
  return { ...input, plan };
};

/**
 * An office file's measure table (already read as bytes), parsed in a guarded worker; null when the
 * sheet is not there or the parse fails, so the Rückmeldung then has its list of findings only.
 */
export const readTableGuarded = async (
  file: string,
  bytes: Uint8Array,
  sheet: string,
  plan: PlanConfig,
  pool: PoolOptions,
): Promise<Grid | null> => {
  const parsed = await parseReferenceGuarded("table", file, bytes, plan, "1970-01-01", pool, sheet);
  return parsed.ok && parsed.value.kind === "table" ? parsed.value.grid : null;
};
