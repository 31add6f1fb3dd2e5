import {
  COLUMNS,
  ColumnKey,
  COLUMN_TYPES,
  DEFAULT_PLAN,
  GUARDED_KEYS,
  MASTER_KEYS,
  MeasureRow,
  canonicalLayout,
  emptyMeasureRow,
  validateGrid,
  type PlanConfig,
} from "../../src/core";
import { grid } from "../helpers/grid";

describe("the column catalogue", () => {
  it("is where the keys, types and master columns come from", () => {
    expect(ColumnKey.options).toEqual(Object.keys(COLUMNS));
    for (const key of ColumnKey.options) {
      expect([key, COLUMN_TYPES[key]]).toEqual([key, COLUMNS[key].type]);
      expect([key, MASTER_KEYS.has(key)]).toEqual([key, COLUMNS[key].master]);
    }
    // The merge guards the master plan's facts, never the ID (it is the key) or what offices report.
    expect(GUARDED_KEYS.every((k) => MASTER_KEYS.has(k))).toBe(true);
    expect((GUARDED_KEYS as readonly string[]).includes("measureId")).toBe(false);
  });

  it("gives the measure row one value per stored column, empty by type", () => {
    const row = emptyMeasureRow();
    expect(MeasureRow.parse(row)).toEqual(row);
    const stored = ColumnKey.options.filter((k) => COLUMNS[k].type !== "timeframe");
    expect(Object.keys(row).sort()).toEqual([...stored, "ongoing"].sort());
    for (const key of stored)
      expect([key, row[key as keyof MeasureRow]]).toEqual([key, COLUMNS[key].type === "list" ? [] : null]);
    // A fresh list per row: rows never share an array.
    expect(emptyMeasureRow().partners).not.toBe(row.partners);
  });

  it("gives the layout its formats, wrapping and drop-downs", () => {
    for (const c of canonicalLayout(DEFAULT_PLAN)) {
      const entry = COLUMNS[c.key] as { format?: string; wrap?: true; choices?: unknown };
      expect([c.key, c.format, c.wrap, c.list !== null]).toEqual([
        c.key,
        entry.format ?? null,
        entry.wrap === true,
        entry.choices !== undefined && c.list !== null,
      ]);
    }
  });

  it("a column of the catalogue is read, laid out and kept when a plan labels it, an extra column when not", () => {
    const g = grid([
      ["Maßnahmen-Nr.", "Maßnahme", "federführend", "Umsetzungsstand", "Wirkungsindikator"],
      ["1.1.1", "Sprachkurse", "Sozialamt", "in Umsetzung", "Teilnehmende je Jahr"],
    ]);
    const others = DEFAULT_PLAN.columns.filter((c) => c.key !== "indicator");
    const without: PlanConfig = { ...DEFAULT_PLAN, columns: others };
    const plan: PlanConfig = {
      ...DEFAULT_PLAN,
      columns: [...others, { key: "indicator", label: "Wirkungsindikator", synonyms: [], required: false }],
    };
    const unlabelled = validateGrid(g, without, { today: "2024-06-30", required: ["measureId"] });
    expect([unlabelled.records[0]?.row.indicator, unlabelled.records[0]?.extras.map((e) => e.header)]).toEqual([
      null,
      ["Wirkungsindikator"],
    ]);
    const labelled = validateGrid(g, plan, { today: "2024-06-30", required: ["measureId"] });
    expect([labelled.records[0]?.row.indicator, labelled.records[0]?.extras]).toEqual(["Teilnehmende je Jahr", []]);
    expect(canonicalLayout(plan).at(-1)).toMatchObject({
      key: "indicator",
      label: "Wirkungsindikator",
      wrap: true,
      master: true,
    });
  });
});
