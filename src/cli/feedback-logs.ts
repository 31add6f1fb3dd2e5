import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { FeedbackLog, feedbackWritten, unreadableReasonDe, type FeedbackWritten, type PlanConfig } from "../core";
import { readInputText } from "../xlsx/node";
import { CliError } from "./cli-error";
import type { Output } from "./output";

/** A log is a few lines per office: anything near this is not one. */
const MAX_LOG_BYTES = 10 * 1024 * 1024;

/** The JSON files of a --feedback-dir (not its subfolders), in name order. */
export const feedbackLogPaths = async (dir: string): Promise<string[]> => {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "ENOENT"
        ? `--feedback-dir ${dir}: nicht gefunden.`
        : `--feedback-dir ${dir} ist kein lesbarer Ordner (${code ?? String(e)}).`,
    );
  }
  return names
    .filter((n) => n.toLowerCase().endsWith(".json"))
    .sort()
    .map((n) => join(dir, n));
};

/**
 * The Rückmeldungen the `feedback` logs in a folder record, for Rücklauf. A JSON file that is no such
 * log (a --report-json kept there) is named and passed over; a log of another plan is a usage error,
 * as it is for `feedback` itself.
 */
export const readFeedbackLogs = async (
  paths: readonly string[],
  plan: PlanConfig,
  io: Output,
): Promise<FeedbackWritten[]> => {
  const out: FeedbackWritten[] = [];
  for (const path of paths) {
    const read = await readInputText(path, MAX_LOG_BYTES);
    if (!read.ok) throw new CliError(`${path} kann nicht gelesen werden: ${unreadableReasonDe(read.reason)}`);
    let json: unknown;
    try {
      json = JSON.parse(read.text);
    } catch {
      json = null;
    }
    const log = FeedbackLog.safeParse(json);
    if (!log.success) {
      io.err(`nicht gelesen: ${path} (kein Protokoll von „aktionsplan feedback“)`);
      continue;
    }
    if (log.data.plan !== plan.id)
      throw new CliError(`${path} gehört zum Plan „${log.data.plan}“, gewählt ist „${plan.id}“ (--plan).`);
    out.push(...feedbackWritten(log.data));
  }
  return out;
};
