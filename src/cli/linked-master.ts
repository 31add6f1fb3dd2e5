import {
  cellText,
  DEFAULT_ID_PATTERN_TEXT,
  foldKey,
  planIndex,
  unreadableReasonDe,
  type LinkedMaster,
  type PlanConfig,
} from "../core";
import { readInputBytes } from "../xlsx/node";
import { readWorkbookGrids } from "../xlsx/read";
import { CliError } from "./cli-error";
import { MAX_INPUT_BYTES } from "./gather-inputs";

/** `--linked-master <plan>=<masterplan.xlsx>`: which plan, and the file of its master plan. */
export const parseLinkedMasterOption = (value: string): { plan: string; file: string } => {
  const at = value.indexOf("=");
  if (at <= 0 || at === value.length - 1)
    throw new CliError(
      `--linked-master erwartet <Plan>=<Masterplan.xlsx>, z. B. „Aktionsplan Integration=Masterplan.xlsx“, nicht „${value}“.`,
    );
  return { plan: value.slice(0, at).trim(), file: value.slice(at + 1).trim() };
};

/**
 * The measure IDs of another plan's master: every text cell of the workbook that has that plan's ID
 * form (`idPattern` of its entry in linkedPlans). Its own labels need not be known: only its IDs are.
 */
export const readLinkedMaster = async (option: string, plan: PlanConfig): Promise<LinkedMaster & { file: string }> => {
  const { plan: name, file } = parseLinkedMasterOption(option);
  const value = planIndex(plan).linkedPlans.get(foldKey(name));
  const entry = plan.linkedPlans.find((p) => p.value === value);
  if (!entry)
    throw new CliError(
      `--linked-master: Den Plan „${name}“ nennt die Plan-Konfiguration nicht (bekannt: ${plan.linkedPlans.map((p) => `„${p.value}“`).join(", ") || "keiner"}).`,
    );
  const read = await readInputBytes(file, MAX_INPUT_BYTES);
  const grids = read.ok ? await readWorkbookGrids(read.bytes) : null;
  if (!read.ok || !grids?.ok)
    throw new CliError(
      `Masterplan ${file} (${entry.value}) kann nicht gelesen werden: ${unreadableReasonDe(read.ok ? (grids && !grids.ok ? grids.reason : "corrupt") : read.reason)}`,
    );
  const pattern = new RegExp(entry.idPattern ?? DEFAULT_ID_PATTERN_TEXT);
  const ids = new Set<string>();
  for (const grid of grids.grids)
    for (const row of grid.rows)
      for (const cell of row) {
        const text = cell === null ? "" : cellText(cell.value).trim();
        if (pattern.test(text)) ids.add(text);
      }
  if (ids.size === 0)
    throw new CliError(
      `Masterplan ${file} (${entry.value}): keine Maßnahmen-Nummern in der Form dieses Plans gefunden.`,
    );
  return { plan: entry.value, ids, file };
};

/** Every `--linked-master`, one per linked plan: naming a plan twice is refused, the two files would disagree. */
export const readLinkedMasters = async (
  options: readonly string[],
  plan: PlanConfig,
): Promise<(LinkedMaster & { file: string })[]> => {
  const read: (LinkedMaster & { file: string })[] = [];
  for (const option of options) {
    const linked = await readLinkedMaster(option, plan);
    const twice = read.find((r) => r.plan === linked.plan);
    if (twice)
      throw new CliError(
        `--linked-master nennt den Plan „${linked.plan}“ zweimal (${twice.file} und ${linked.file}); bitte je Plan einen Masterplan angeben.`,
      );
    read.push(linked);
  }
  return read;
};
