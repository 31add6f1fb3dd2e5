import { unreadableInput, type PlanConfig } from "../core";
import { listInputs, readInputBytes, sha256, type FoundInput, type InputListing } from "../xlsx/node";
import { CliError } from "./cli-error";
import type { CheckedInput } from "./read-job";
import {
  checkAll,
  checkAllBeside,
  type GuardedReference,
  type PoolJob,
  type PoolOptions,
  type ReferenceRequest,
} from "./read-pool";
import { createProgress } from "./progress";
import type { Output } from "./output";
import type { NamedPath } from "./path-clash";

/** Larger files are refused while reading: no office table comes near this. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

const jobFor = (input: FoundInput) => async (): Promise<PoolJob | CheckedInput> => {
  if (input.unreadable) return { ...unreadableInput(input.path, "", input.unreadable), sheets: [] };
  const read = await readInputBytes(input.fsPath ?? input.path, MAX_INPUT_BYTES);
  if (!read.ok) return { ...unreadableInput(input.path, "", read.reason, read.detail), sheets: [] };
  return { file: input.path, sha256: sha256(read.bytes), bytes: read.bytes };
};

const SKIPPED_DE = {
  subfolder: "Unterordner, nicht durchsucht (mit --recursive durchsuchen)",
  "not-a-spreadsheet": "keine Tabellendatei",
} as const;

/**
 * Expands the paths into the office files to read. Missing paths are a usage error: a typo must not
 * look like "no reports". Every entry of a folder that is not read is named with the reason.
 */
export const listOfficeInputs = async (
  paths: readonly string[],
  recursive: boolean,
  io: Output,
): Promise<InputListing> => {
  const listing = await listInputs(paths, { recursive });
  if (listing.missing.length > 0) throw new CliError(`Nicht gefunden: ${listing.missing.join(", ")}`);
  for (const s of listing.skipped) io.err(`nicht gelesen: ${s.path} (${SKIPPED_DE[s.reason]})`);
  if (listing.inputs.length === 0)
    throw new CliError(`Keine Excel-Dateien (.xlsx, .xlsm, .xltx, .xltm) gefunden in: ${paths.join(", ")}`);
  return listing;
};

/** The listed office files as inputs for the clash check. */
export const officeInputPaths = (listing: InputListing): NamedPath[] =>
  listing.inputs
    .filter((i) => i.unreadable === undefined)
    .map((i) => ({ role: "die Eingabe", path: i.path, ...(i.fsPath ? { fsPath: i.fsPath } : {}) }));

/** Runs the pool over the listed files with a progress line that names each file as it is done. */
const withProgress = async <T>(
  listing: InputListing,
  io: Output,
  run: (jobs: (() => Promise<PoolJob | CheckedInput>)[], tick: (i: number) => void) => Promise<T>,
): Promise<T> => {
  const progress = createProgress(io.progressStream, io.progress);
  progress.start(listing.inputs.length);
  try {
    return await run(listing.inputs.map(jobFor), (i) => progress.tick(listing.inputs[i]!.path));
  } finally {
    progress.stop();
  }
};

interface CheckOptions {
  readonly plan: PlanConfig;
  readonly today: string;
  readonly pool: PoolOptions;
  readonly whileWorkersRead?: () => void;
}

/** Reads and validates every listed file with the pool, showing progress. */
export const checkListed = (listing: InputListing, o: CheckOptions, io: Output): Promise<CheckedInput[]> =>
  withProgress(listing, io, (jobs, tick) => checkAll(jobs, o.plan, o.today, o.pool, tick, o.whileWorkersRead));

/** The same, with a reference workbook (the register) parsed in the pool beside the office files. */
export const checkListedBeside = (
  listing: InputListing,
  o: CheckOptions,
  io: Output,
  reference: ReferenceRequest,
): Promise<{ checked: CheckedInput[]; reference: GuardedReference }> =>
  withProgress(listing, io, (jobs, tick) =>
    checkAllBeside(reference, jobs, o.plan, o.today, o.pool, tick, o.whileWorkersRead),
  );

/** Lists and checks in one step (validate: it writes nothing, so there is nothing to clash with). */
export const gatherInputs = async (
  paths: readonly string[],
  options: { recursive: boolean; plan: PlanConfig; today: string; pool: PoolOptions },
  io: Output,
): Promise<CheckedInput[]> => checkListed(await listOfficeInputs(paths, options.recursive, io), options, io);
