/**
 * The state behind the fake Excel: plain data a test can set up and inspect. No Node or DOM APIs,
 * so the same fake runs under jest and injected into the task pane page in a real browser.
 */
export type FakeValue = string | number | boolean | { error: string } | null;

export interface FakeCell {
  value: FakeValue;
  format?: string;
  /** A formula text marks a formula cell; `value` is its cached result. */
  formula?: string;
}

export interface FakeConditionalFormat {
  address: string;
  type: "Custom";
  formula: string;
  fill: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  tables: { name: string; address: string }[];
  conditionalFormats: FakeConditionalFormat[];
  validations: { address: string; source: string }[];
  columnWidths: Map<number, number>;
  wrapped: Set<string>;
  merged: string[];
  frozenRows: number;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  active: number;
  use1904DateSystem: boolean;
  enableEvents: boolean;
  /** Highest ExcelApi requirement set this fake Excel claims to support, e.g. "1.16". */
  apiVersion: string;
  syncs: number;
  /** Changes events delivered to handlers (so tests see that our own writes raise none). */
  changeEvents: number;
}

export const key = (row: number, column: number): string => `${row}:${column}`;

export const newSheet = (name: string): FakeSheet => ({
  name,
  cells: new Map(),
  tables: [],
  conditionalFormats: [],
  validations: [],
  columnWidths: new Map(),
  wrapped: new Set(),
  merged: [],
  frozenRows: 0,
  visibility: "Visible",
  protected: false,
});

/** Sets cells from rows of values (row 1, column 1 at top-left unless an origin is given). */
export const fillSheet = (
  sheet: FakeSheet,
  rows: readonly (readonly (FakeValue | FakeCell | undefined)[])[],
  top = 1,
  left = 1,
): FakeSheet => {
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === undefined || v === null) return;
      const cell: FakeCell = typeof v === "object" && "value" in v ? { ...v } : { value: v as FakeValue };
      sheet.cells.set(key(top + r, left + c), cell);
    }),
  );
  return sheet;
};

export const usedBounds = (
  sheet: FakeSheet,
  valuesOnly: boolean,
): { top: number; left: number; bottom: number; right: number } | null => {
  let top = Infinity,
    left = Infinity,
    bottom = 0,
    right = 0;
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly && (cell.value === null || cell.value === "") && !cell.formula) continue;
    const [r, c] = k.split(":").map(Number) as [number, number];
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return bottom === 0 ? null : { top, left, bottom, right };
};

export const versionAtLeast = (have: string, want: string): boolean => {
  const [a1, a2] = have.split(".").map(Number) as [number, number];
  const [b1, b2] = want.split(".").map(Number) as [number, number];
  return a1 > b1 || (a1 === b1 && a2 >= b2);
};
