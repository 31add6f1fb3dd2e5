import { columnLetter } from "./address";
import { cellText, isBlankValue, type Grid } from "./cell";
import type { ColumnKey } from "./columns/catalogue";
import { cleanText, foldKey, foldsLongerThan } from "./fold";
import type { Issue } from "./issue";
import { makeIssue } from "./make-issue";
import type { PlanIndex } from "./plan-index";

/** Title rows, "Stand:" lines and merged titles above the header are normal; look this far down. */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderColumn {
  /** 1-based physical column. */
  readonly column: number;
  readonly header: string;
  /** The canonical field, or null for a column kept as an extra. */
  readonly key: ColumnKey | null;
}

export interface HeaderMatch {
  /** 1-based physical row of the header. */
  readonly row: number;
  readonly columns: readonly HeaderColumn[];
  readonly score: number;
  readonly issues: readonly Issue[];
}

const longestKeys = new WeakMap<PlanIndex, number>();
/**
 * The longest folded header name of a plan, computed once per plan index: a text that
 * `foldsLongerThan` it cannot name a column, so both header searches skip it unfolded.
 */
const longestKey = (index: PlanIndex): number => {
  let n = longestKeys.get(index);
  if (n === undefined) longestKeys.set(index, (n = Math.max(0, ...[...index.headers.keys()].map((k) => k.length))));
  return n;
};

/**
 * A digit, but no ASCII letter and nothing beyond ASCII: such a text (an ID, a number, a date) folds
 * to its digits and "%" alone, so it can only name a header whose folded name is such a string too.
 */
const digitsWithoutLetters = (text: string): boolean => {
  let digit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (c >= 0x80 || (lower >= 0x61 && lower <= 0x7a)) return false;
    if (c >= 0x30 && c <= 0x39) digit = true;
  }
  return digit;
};

const numeric = new WeakMap<PlanIndex, boolean>();
/** Whether some header name of the plan folds to digits (and "%") alone: none of the bundled plans has one. */
const hasNumericKey = (index: PlanIndex): boolean => {
  let any = numeric.get(index);
  if (any === undefined) numeric.set(index, (any = [...index.headers.keys()].some(digitsWithoutLetters)));
  return any;
};

/**
 * The column a cell's text names as a header, if any. Every row's ID cell is asked, and an ID has
 * digits but no letters: unless the plan has a header name of that kind, the answer is known
 * without cleaning and folding the text (it is the same).
 */
export const headerKeyOf = (text: string, index: PlanIndex): ColumnKey | undefined =>
  digitsWithoutLetters(text) && !hasNumericKey(index) ? undefined : index.headers.get(foldKey(cleanText(text)));

/**
 * How many canonical columns row `r` names. A text whose letters and digits alone outnumber the
 * longest header name cannot name one and is neither cleaned nor folded: the first rows hold long
 * Sachstand texts, and folding them was most of the search's time (the answer is the same).
 */
const rowScore = (grid: Grid, r: number, index: PlanIndex): number => {
  const longest = longestKey(index);
  const keys = new Set<ColumnKey>();
  for (const c of grid.rows[r] ?? []) {
    if (c === null || isBlankValue(c.value)) continue;
    const text = cellText(c.value);
    if (foldsLongerThan(text, longest)) continue;
    const key = headerKeyOf(text, index);
    if (key) keys.add(key);
  }
  return keys.size;
};

const headerTexts = (grid: Grid, r: number): (string | null)[] =>
  (grid.rows[r] ?? []).map((c) => (c === null || isBlankValue(c.value) ? null : cleanText(cellText(c.value))));

/**
 * How many canonical columns a row's cells name (a header row names several), for the data rows
 * of one grid whose ID cell holds no data (a second table may start there). Such rows repeat their
 * texts (statuses, offices, "nein"), so each distinct text is cleaned and folded once.
 */
const SCORER_CACHE = 20_000;

export const headerScorer = (index: PlanIndex): ((grid: Grid, offset: number) => number) => {
  const keyOf = new Map<string, ColumnKey | null>();
  const longest = longestKey(index);
  return (grid, offset) => {
    const keys = new Set<ColumnKey>();
    for (const c of grid.rows[offset] ?? []) {
      // Blank texts need no test of their own: they fold to "" and name no column.
      // Header names are text: numbers and dates in data rows need no lookup.
      // Sachstand texts are skipped unfolded.
      if (c === null || typeof c.value !== "string" || foldsLongerThan(c.value, longest)) continue;
      const text = c.value;
      let key = keyOf.get(text);
      if (key === undefined) {
        key = headerKeyOf(text, index) ?? null;
        // Bounded: a million rows of distinct Sachstand texts must not all stay in memory.
        if (keyOf.size < SCORER_CACHE) keyOf.set(text, key);
      }
      if (key !== null) keys.add(key);
    }
    return keys.size;
  };
};

/** The row within the first rows that names the most canonical columns (at least two), if any. */
export const findHeaderRow = (grid: Grid, index: PlanIndex): { offset: number; score: number } | null => {
  let best: { offset: number; score: number } | null = null;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const score = rowScore(grid, r, index);
    if (score >= 2 && (best === null || score > best.score)) best = { offset: r, score };
  }
  return best;
};

const columnHasData = (grid: Grid, offset: number, c: number): boolean =>
  grid.rows.slice(offset + 1).some((row) => {
    const cell = row[c];
    return cell !== null && cell !== undefined && !isBlankValue(cell.value);
  });

/**
 * Matches the header row's cells to canonical columns. Unknown columns are kept (info), a second
 * column for the same field is kept as an extra (error), blank headers over data are kept (warning).
 */
export const matchHeader = (
  grid: Grid,
  offset: number,
  score: number,
  index: PlanIndex,
  required?: ReadonlySet<ColumnKey>,
): HeaderMatch => {
  const row = grid.top + offset;
  const texts = headerTexts(grid, offset);
  const width = Math.max(...grid.rows.map((r) => r.length), 0);
  const seen = new Map<ColumnKey, number>();
  const columns: HeaderColumn[] = [];
  const issues: Issue[] = [];
  for (let c = 0; c < width; c++) {
    const column = grid.left + c;
    const at = { sheet: grid.sheet, row, column };
    const header = texts[c] ?? null;
    if (header === null) {
      if (columnHasData(grid, offset, c)) {
        issues.push(makeIssue("header/blank", at));
        columns.push({ column, header: "", key: null });
      }
      continue;
    }
    const key = index.headers.get(foldKey(header)) ?? null;
    if (key === null) {
      issues.push(makeIssue("header/unknown", at, { value: header }));
      columns.push({ column, header, key: null });
    } else if (seen.has(key)) {
      issues.push(
        makeIssue("header/duplicate", at, {
          field: key,
          value: header,
          params: { first: columnLetter(seen.get(key) ?? column) },
        }),
      );
      columns.push({ column, header, key: null });
    } else {
      seen.set(key, column);
      columns.push({ column, header, key });
    }
  }
  for (const spec of index.plan.columns) {
    const isRequired = required ? required.has(spec.key) : spec.required;
    if (!isRequired || seen.has(spec.key)) continue;
    issues.push(
      makeIssue(
        "header/missing",
        { sheet: grid.sheet, row, column: null },
        { field: spec.key, params: { label: spec.label } },
      ),
    );
  }
  return { row, columns, score, issues };
};
