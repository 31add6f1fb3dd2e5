import {
  planIndex,
  isCellDate,
  NO_REPORT,
  textOrNull,
  type CellValue,
  type Grid,
  type History,
  type HistoryCell,
  type HistoryRow,
  type PlanConfig,
  type RegisterRound,
} from "../../core";
import { FORMER_LABEL, sheetLabels, type SheetLabels } from "../consolidated/labels";
import {
  historyHeader,
  historyRoundHeader,
  REGISTER_SHEET,
  ROUND_SEPARATOR,
  ROUNDS_HEADER,
  type HistoryRoundColumn,
} from "./register-labels";
import { quoted, type RegisterProblem } from "./register-problem";
import { headerColumns, sheetTable, type SheetTable } from "./sheet-table";

/** A round column's key by its label: the plan's spelling wins over the former one. */
const labelKeys = (labels: readonly SheetLabels[]): Map<string, HistoryRoundColumn> =>
  new Map(
    [...labels]
      .reverse()
      .flatMap((l) =>
        Object.entries(historyRoundHeader(l)).map(([k, label]) => [label, k as HistoryRoundColumn] as const),
      ),
  );

const dayOf = (v: CellValue): string | null | undefined =>
  v === null ? null : isCellDate(v) ? v.date.slice(0, 10) : undefined;

/** Berichtsrunden: name, Stichtag, deadline and contact per round, in the order they happened. */
const readRounds = (t: SheetTable, problems: RegisterProblem[]): RegisterRound[] => {
  const col = (label: string) => t.columns.get(label);
  const nameCol = col(ROUNDS_HEADER.name);
  if (nameCol === undefined) {
    problems.push({ sheet: t.sheet, cell: "A1", message: `Die Spalte „${ROUNDS_HEADER.name}“ fehlt.` });
    return [];
  }
  const rounds: RegisterRound[] = [];
  for (const r of t.rows) {
    const name = textOrNull(t.value(r, nameCol));
    if (name === null) continue;
    const date = (label: string): string | null => {
      const c = col(label);
      if (c === undefined) return null;
      const d = dayOf(t.value(r, c));
      if (d === undefined)
        problems.push({
          sheet: t.sheet,
          cell: t.address(r, c),
          message: `${quoted(t.value(r, c))} ist kein Datum; bitte als Datum eintragen (TT.MM.JJJJ).`,
        });
      return d ?? null;
    };
    const contact = col(ROUNDS_HEADER.contact);
    rounds.push({
      name,
      cutoff: date(ROUNDS_HEADER.cutoff),
      deadline: date(ROUNDS_HEADER.deadline),
      contact: contact === undefined ? null : textOrNull(t.value(r, contact)),
    });
  }
  return rounds;
};

/** Verlauf's round columns: "<Runde>: <Spalte>" → round name and column, each round complete. */
const roundColumns = (t: SheetTable, labels: readonly SheetLabels[], problems: RegisterProblem[]) => {
  const fixed = new Set<string>(labels.flatMap((l) => Object.values(historyHeader(l))));
  const labelKey = labelKeys(labels);
  const shown = historyRoundHeader(labels[0]!);
  const byRound = new Map<string, Partial<Record<HistoryRoundColumn, number>>>();
  for (const h of t.headers) {
    if (fixed.has(h.text)) continue;
    const at = h.text.lastIndexOf(ROUND_SEPARATOR);
    const key = at < 0 ? undefined : labelKey.get(h.text.slice(at + ROUND_SEPARATOR.length));
    if (key === undefined) {
      problems.push({
        sheet: t.sheet,
        cell: t.address(1, h.column),
        message: `Die Spalte ${quoted(h.text)} ist keine Spalte des Verlaufs (erwartet „<Berichtsrunde>: ${Object.values(shown).join("“, „")}“).`,
      });
      continue;
    }
    const round = h.text.slice(0, at);
    byRound.set(round, { ...byRound.get(round), [key]: h.column });
  }
  for (const [round, cols] of byRound)
    for (const [key, label] of Object.entries(shown))
      if (cols[key as HistoryRoundColumn] === undefined)
        problems.push({
          sheet: t.sheet,
          cell: "1",
          message: `Zur Berichtsrunde „${round}“ fehlt die Spalte „${round}${ROUND_SEPARATOR}${label}“.`,
        });
  return byRound;
};

const cellOf = (
  t: SheetTable,
  row: number,
  cols: Partial<Record<HistoryRoundColumn, number>>,
  statuses: ReadonlySet<string>,
  notAStatus: string,
  problems: RegisterProblem[],
): HistoryCell | null => {
  const v = (k: HistoryRoundColumn) => (cols[k] === undefined ? null : t.value(row, cols[k]!));
  const bad = (k: HistoryRoundColumn, what: string) =>
    problems.push({ sheet: t.sheet, cell: t.address(row, cols[k]!), message: `${quoted(v(k))} ${what}` });
  const status = textOrNull(v("status"));
  if (status === null) return null;
  if (status !== NO_REPORT && !statuses.has(status)) bad("status", `ist ${notAStatus}.`);
  const p = v("progress");
  if (p !== null && (typeof p !== "number" || p < 0 || p > 1))
    bad("progress", "ist kein Fortschritt zwischen 0 % und 100 %.");
  const day = (k: HistoryRoundColumn): string | null => {
    const d = dayOf(v(k));
    if (d === undefined) bad(k, "ist kein Datum; bitte als Datum eintragen (TT.MM.JJJJ).");
    return d ?? null;
  };
  const reported = status !== NO_REPORT;
  return {
    reported,
    status: reported ? status : null,
    progress: typeof p === "number" && p >= 0 && p <= 1 ? Math.round(p * 10000) / 100 : null,
    asOf: day("asOf"),
    end: day("end"),
    source: textOrNull(v("source")),
  };
};

/**
 * Reads Verlauf and Berichtsrunden back. Every cell is checked as an input is: a status the plan
 * does not know, a progress outside 0–100 %, a date that is none, an ID twice — each a problem
 * naming its cell; the caller refuses the register when there is any.
 */
export const readHistory = (
  history: Grid,
  roundsGrid: Grid | undefined,
  plan: PlanConfig,
  problems: RegisterProblem[],
): History => {
  const t = sheetTable(history);
  const rounds = roundsGrid ? readRounds(sheetTable(roundsGrid), problems) : [];
  const labels = [sheetLabels(plan), FORMER_LABEL];
  const col = headerColumns(t, labels.map(historyHeader));
  const idCol = col("measureId");
  if (idCol === undefined) {
    problems.push({ sheet: t.sheet, cell: "A1", message: `Die Spalte „${labels[0]!.measureId}“ fehlt.` });
    return { rounds, rows: [] };
  }
  const byRound = roundColumns(t, labels, problems);
  for (const name of byRound.keys())
    if (!rounds.some((r) => r.name === name)) rounds.push({ name, cutoff: null, deadline: null, contact: null });
  const statuses = new Set(plan.statuses.map((s) => s.value));
  const statusColumn = plan.columns.find((c) => c.key === "status");
  const notAStatus = statusColumn?.notAllowed ?? `kein Wert der Spalte „${labels[0]!.status}“ dieses Plans`;
  const ids = planIndex(plan).ids;
  const text = (row: number, key: "measure" | "leadOffice") => {
    const c = col(key);
    return c === undefined ? null : textOrNull(t.value(row, c));
  };
  const seen = new Map<string, string>();
  const rows: HistoryRow[] = [];
  for (const r of t.rows) {
    const id = textOrNull(t.value(r, idCol));
    const here = t.address(r, idCol);
    if (id === null || !ids.pattern.test(id)) {
      problems.push({
        sheet: t.sheet,
        cell: here,
        message: `${quoted(t.value(r, idCol))} ist keine ${ids.label} (z. B. ${ids.example}).`,
      });
      continue;
    }
    if (seen.has(id)) {
      problems.push({ sheet: t.sheet, cell: here, message: `Die Maßnahme ${id} steht schon in ${seen.get(id)}.` });
      continue;
    }
    seen.set(id, here);
    const cells: Record<string, HistoryCell> = {};
    for (const [round, cols] of byRound) {
      const cell = cellOf(t, r, cols, statuses, notAStatus, problems);
      if (cell) cells[round] = cell;
    }
    rows.push({
      measureId: id,
      measure: text(r, "measure"),
      leadOffice: text(r, "leadOffice"),
      rounds: cells,
    });
  }
  return { rounds, rows };
};

export { REGISTER_SHEET };
