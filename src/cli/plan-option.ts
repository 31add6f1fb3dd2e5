import { bundledPlan, dayProblem, parseDay, parsePlanConfigText, unreadableReasonDe, type PlanConfig } from "../core";
import { readInputText } from "../xlsx/node";
import { CliError } from "./cli-error";

/** The plan named by --plan, or the bundled Integration plan. A bad file is a usage error naming the JSON path. */
export const loadPlanOption = async (path: string | undefined): Promise<PlanConfig> => {
  if (path === undefined) return bundledPlan();
  // A plan is a few kilobytes; the limit keeps a wrong path (a device, a huge file) from hanging the run.
  const read = await readInputText(path, 16 * 1024 * 1024);
  if (!read.ok)
    throw new CliError(`Plan-Konfiguration ${path} kann nicht gelesen werden: ${unreadableReasonDe(read.reason)}`);
  const result = parsePlanConfigText(read.text);
  if (result.ok) return result.plan;
  throw new CliError(
    `Plan-Konfiguration ${path} ist fehlerhaft:\n${result.errors.map((e) => `  ${e.path}: ${e.message}`).join("\n")}`,
  );
};

/**
 * A date option (--today, --deadline) as ISO: JJJJ-MM-TT or the German TT.MM.JJJJ a clerk types.
 * A day the calendar does not have (2024-02-30) is refused, never rolled over into March.
 */
export const parseDateOption = (option: string, value: string): string => {
  const day = parseDay(value);
  if (day !== null) return day;
  if (dayProblem(value) === "calendar")
    throw new CliError(
      `${option}: Den ${value} gibt es im Kalender nicht. Bitte ein gültiges Datum angeben (z. B. 05.08.2024).`,
    );
  throw new CliError(`${option} erwartet ein Datum in der Form TT.MM.JJJJ oder JJJJ-MM-TT, nicht „${value}“.`);
};

/** --today: the only place a command looks at the clock is main.ts, which passes it in. */
export const parseTodayOption = (value: string): string => parseDateOption("--today", value);
