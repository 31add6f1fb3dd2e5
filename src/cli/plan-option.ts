import { DEFAULT_PLAN, parsePlanConfigText, unreadableReasonDe, type PlanConfig } from "../core";
import { readInputText } from "../xlsx/node";
import { CliError } from "./cli-error";

/** The plan named by --plan, or the bundled Integration plan. A bad file is a usage error naming the JSON path. */
export const loadPlanOption = async (path: string | undefined): Promise<PlanConfig> => {
  if (path === undefined) return DEFAULT_PLAN;
  // A plan is a few kilobytes; the limit keeps a wrong path (a device, a huge file) from hanging the run.
  const read = await readInputText(path, 16 * 1024 * 1024);
  if (!read.ok) throw new CliError(`Plan-Konfiguration ${path} kann nicht gelesen werden: ${unreadableReasonDe(read.reason)}`);
  const result = parsePlanConfigText(read.text);
  if (result.ok) return result.plan;
  throw new CliError(`Plan-Konfiguration ${path} ist fehlerhaft:\n${result.errors.map((e) => `  ${e.path}: ${e.message}`).join("\n")}`);
};

/**
 * A date option (--today, --deadline) as ISO: JJJJ-MM-TT or the German TT.MM.JJJJ a clerk types.
 * A day the calendar does not have (2024-02-30) is refused, never rolled over into March.
 */
export const parseDateOption = (option: string, value: string): string => {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : [];
  if (y === undefined || m === undefined || d === undefined)
    throw new CliError(`${option} erwartet ein Datum in der Form TT.MM.JJJJ oder JJJJ-MM-TT, nicht „${value}“.`);
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d))
    throw new CliError(`${option}: Den ${value} gibt es im Kalender nicht. Bitte ein gültiges Datum angeben (z. B. 05.08.2024).`);
  return date.toISOString().slice(0, 10);
};

/** --today: the only place a command looks at the clock is main.ts, which passes it in. */
export const parseTodayOption = (value: string): string => parseDateOption("--today", value);
