import { unreadableFileResult, type PlanConfig } from "../core";
import { listInputs, readInputBytes, samePath, sha256, type FoundInput } from "../xlsx/node";
import { CliError } from "./cli-error";
import type { CheckedInput } from "./read-job";
import { checkAll, type PoolJob, type PoolOptions } from "./read-pool";
import { createProgress } from "./progress";
import type { Output } from "./output";

/** Larger files are refused before reading: no office table comes near this. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

const jobFor = (input: FoundInput) => async (): Promise<PoolJob | CheckedInput> => {
  if (input.otherFormat) return { result: unreadableFileResult(input.path, "", input.otherFormat), records: [], sheets: [] };
  const read = await readInputBytes(input.path, MAX_INPUT_BYTES);
  if (!read.ok) return { result: unreadableFileResult(input.path, "", read.reason, read.detail), records: [], sheets: [] };
  return { file: input.path, sha256: sha256(read.bytes), bytes: read.bytes };
};

/**
 * Expands the paths, refuses outputs that are inputs, then reads and validates every file with the
 * pool, showing progress. Missing paths are a usage error: a typo must not look like "no reports".
 */
export const gatherInputs = async (paths: readonly string[], options: { recursive: boolean; outputs: readonly string[]; plan: PlanConfig; today: string; pool: PoolOptions }, io: Output): Promise<CheckedInput[]> => {
  const listing = await listInputs(paths, { recursive: options.recursive });
  if (listing.missing.length > 0) throw new CliError(`Nicht gefunden: ${listing.missing.join(", ")}`);
  for (const out of options.outputs)
    if (listing.inputs.some((i) => samePath(i.path, out))) throw new CliError(`Die Ausgabedatei ${out} ist zugleich eine Eingabe; Eingaben werden nie überschrieben.`);
  if (listing.inputs.length === 0) throw new CliError(`Keine Excel-Dateien (.xlsx, .xlsm) gefunden in: ${paths.join(", ")}`);
  const progress = createProgress(io.progressStream, io.progress);
  progress.start(listing.inputs.length);
  try {
    return await checkAll(listing.inputs.map(jobFor), options.plan, options.today, options.pool, (i) => progress.tick(listing.inputs[i]!.path));
  } finally {
    progress.stop();
  }
};
