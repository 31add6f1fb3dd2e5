// chooseRows and overview were rewritten to allocate less at a million rows (no list per measure ID,
// no lists of rows per group, one overdue test per measure). The plain versions they replaced are
// kept here as the oracle: on random rows (IDs that repeat, compare equal in another spelling, or
// are no numbers at all) the results must be the same, object for object.
import fc from "fast-check";
import {
  DEFAULT_PLAN,
  compareMeasureIds,
  compareText,
  type MeasureRow,
  type PlanConfig,
  plainRowOf,
} from "../../../src/core";
import { chooseRows, compareCandidates } from "../../../src/core/merge/choose-rows";
import type { ConsolidatedMeasure, SourcedRecord } from "../../../src/core/merge/merge-types";
import { businessAreaOf, type CountedMeasure, overview, type Tally } from "../../../src/core/merge/overview";
import { planEntries, reportedEntries } from "../../../src/core/merge/population";
import { record } from "../../helpers/records";

/** The grouping chooseRows had: a list per ID, IDs sorted, each list sorted. */
const plainChoice = (rows: readonly SourcedRecord[], preferred: ReadonlyMap<string, string>): ConsolidatedMeasure[] => {
  const byId = new Map<string, SourcedRecord[]>();
  for (const r of rows) {
    const id = r.record.row.measureId;
    if (id !== null) byId.set(id, [...(byId.get(id) ?? []), r]);
  }
  return [...byId.keys()].sort(compareMeasureIds).map((id) => {
    const file = preferred.get(id);
    const [chosen, ...others] = byId
      .get(id)!
      .sort(
        (a, b) =>
          (file === undefined ? 0 : Number(b.file === file) - Number(a.file === file)) || compareCandidates(a, b),
      );
    return { chosen: chosen!, others };
  });
};

/** The tally as it was: one loop over one group's rows. */
const plainTally = (rows: readonly CountedMeasure[], plan: PlanConfig, isOverdue: (r: MeasureRow) => boolean) => {
  const category = new Map(plan.statuses.map((s) => [s.value, s.category]));
  const byStatus: Record<string, number> = Object.fromEntries(plan.statuses.map((s) => [s.value, 0]));
  const n = { noStatus: 0, unreported: 0, done: 0, ongoing: 0, dropped: 0, overdue: 0, sum: 0, count: 0 };
  for (const { row: r, reported } of rows) {
    if (!reported) {
      n.unreported++;
      continue;
    }
    const cat = r.status === null ? undefined : category.get(r.status);
    if (cat === undefined || r.status === null) n.noStatus++;
    else byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    if (cat === "done") n.done++;
    if (cat === "ongoing") n.ongoing++;
    if (cat === "dropped") {
      n.dropped++;
      continue;
    }
    if (isOverdue(r)) n.overdue++;
    const progress = r.progress ?? (cat === "done" ? 100 : null);
    if (progress !== null) {
      n.sum += progress;
      n.count++;
    }
  }
  const counted = rows.length - n.dropped;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const { sum, count, ...figures } = n;
  return {
    total: rows.length,
    byStatus,
    ...figures,
    shareDone: counted > 0 ? round(n.done / counted) : null,
    meanProgress: count > 0 ? round(sum / count) : null,
  };
};

/** Rows of one key, in the order given: what the old overview tallied per group. */
const groupsOf = (rows: readonly CountedMeasure[], key: (r: MeasureRow) => string) => {
  const groups = new Map<string, CountedMeasure[]>();
  for (const r of rows) groups.set(key(r.row), [...(groups.get(key(r.row)) ?? []), r]);
  return groups;
};

const statuses = [...DEFAULT_PLAN.statuses.map((s) => s.value), "irgendwas", null];
const offices = [...DEFAULT_PLAN.offices.slice(0, 4).map((o) => o.name), "Unbekanntes Amt", null];
const fields = [...DEFAULT_PLAN.fields.slice(0, 3).map((f) => f.name), "Anderes Feld", null];
// Repeats, natural order (9 before 10), spellings that compare equal (3.02 and 3.2), and text IDs.
const ids = ["1.1.1", "1.1.9", "1.1.10", "3.2", "3.02", "3.2.1", "A-1", "a-1", "2", null];

const arbRow = fc.record({
  measureId: fc.constantFrom(...ids),
  status: fc.constantFrom(...statuses),
  progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  asOf: fc.constantFrom("2024-01-01", "2024-06-01", null),
  end: fc.constantFrom("2023-12-31", "2025-12-31", null),
  leadOffice: fc.constantFrom(...offices),
  field: fc.constantFrom(...fields),
});
const arbRows = fc
  .array(fc.tuple(fc.constantFrom("a.xlsx", "b.xlsx", "c.xlsx"), fc.constantFrom(...offices), arbRow), {
    maxLength: 40,
  })
  .map((list) =>
    list.map(
      ([file, fileOffice, row], i): SourcedRecord => ({
        file,
        fileOffice,
        record: record(row as Partial<MeasureRow>, i + 2),
      }),
    ),
  );

describe("chooseRows against the plain grouping it replaced (property)", () => {
  it("chooses the same rows, in the same order, with the same others", () => {
    fc.assert(
      fc.property(arbRows, fc.option(fc.constantFrom("a.xlsx", "b.xlsx"), { nil: undefined }), (rows, file) => {
        const preferred = new Map(file === undefined ? [] : ids.flatMap((id) => (id === null ? [] : [[id, file]])));
        const { measures } = chooseRows(rows, preferred);
        const plain = plainChoice(rows, preferred);
        expect(measures.length).toBe(plain.length);
        measures.forEach((m, i) => {
          expect(m.chosen).toBe(plain[i]!.chosen);
          expect(m.others).toEqual(plain[i]!.others);
          m.others.forEach((o, j) => expect(o).toBe(plain[i]!.others[j]));
        });
      }),
      { numRuns: 300 },
    );
  });

  it("gives measures in natural ID order, so planEntries needs no sort without a master plan", () => {
    fc.assert(
      fc.property(arbRows, (rows) => {
        const ids = planEntries(chooseRows(rows, undefined, reportedEntries(undefined)).measures, undefined).map(
          (e) => e.measureId,
        );
        expect(ids).toEqual([...ids].sort(compareMeasureIds));
      }),
      { numRuns: 200 },
    );
  });

  it("makes each measure its plan entry: the same choice, the ID, the chosen row, reported or not in the master", () => {
    fc.assert(
      fc.property(arbRows, fc.boolean(), (rows, withMaster) => {
        const plain = chooseRows(rows).measures;
        const ids = plain.map((m) => m.chosen.record.row.measureId!);
        // A master plan that knows every other ID of these rows, and one ID of its own nobody reported.
        const master = withMaster
          ? [...ids.filter((_, i) => i % 2 === 0), "99.99"].map((measureId) => ({
              measureId,
              field: null,
              measure: null,
              leadOffice: null,
              budget: null,
              row: record({ measureId }, 1).row,
            }))
          : undefined;
        const { measures } = chooseRows(rows, undefined, reportedEntries(master));
        expect(measures.length).toBe(plain.length);
        measures.forEach((m, i) => {
          expect(m.chosen).toBe(plain[i]!.chosen);
          expect(m.others).toEqual(plain[i]!.others);
          expect(m.measure).toBe(m);
          expect(m.measureId).toBe(ids[i]);
          expect(plainRowOf(m.row)).toEqual(plainRowOf(plain[i]!.chosen.record.row));
          expect(m.reporting).toBe(master === undefined || i % 2 === 0 ? "reported" : "notInMaster");
        });
        const entries = planEntries(measures, master);
        // Without a master plan the measures are the entries; with one, each reported measure is its entry.
        if (master === undefined) expect(entries).toBe(measures);
        else {
          expect(entries.filter((e) => e.measure !== null)).toEqual(
            measures.slice().sort((a, b) => compareMeasureIds(a.measureId, b.measureId)),
          );
          const unreported = entries.filter((e) => e.reporting === "unreported").map((e) => e.measureId);
          expect(unreported).toEqual(ids.includes("99.99") ? [] : ["99.99"]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("overview against tallies of grouped rows (property)", () => {
  it("gives every tally the plain per-group count gives", () => {
    const plan: PlanConfig = {
      ...DEFAULT_PLAN,
      // An office named twice: the first entry's Geschäftsbereich counts, even when it has none.
      offices: [{ ...DEFAULT_PLAN.offices[0]!, businessArea: undefined }, ...DEFAULT_PLAN.offices],
    };
    const isOverdue = (r: MeasureRow) => r.end !== null && r.end < "2024-06-30";
    fc.assert(
      fc.property(arbRows, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (rows, reported) => {
        const counted = rows.map((r, i) => ({ row: r.record.row, reported: reported[i]! }));
        const o = overview(counted, plan, isOverdue);
        /** Each group's tally is the plain one of its rows; offices and areas come in name order. */
        const sameAs = (
          got: readonly { key: string; tally: Tally }[],
          groups: Map<string, CountedMeasure[]>,
          nameOrder: boolean,
        ) => {
          const keys = [...groups.keys()];
          if (nameOrder) expect(got.map((g) => g.key)).toEqual(keys.sort(compareText));
          else expect(new Set(got.map((g) => g.key))).toEqual(new Set(keys));
          for (const g of got) expect(g.tally).toEqual(plainTally(groups.get(g.key)!, plan, isOverdue));
        };
        expect(o.overall).toEqual(plainTally(counted, plan, isOverdue));
        sameAs(
          o.byField.map((f) => ({ key: f.field, tally: f.tally })),
          groupsOf(counted, (r) => r.field ?? "(ohne Handlungsfeld)"),
          false,
        );
        sameAs(
          o.byOffice.map((f) => ({ key: f.office, tally: f.tally })),
          groupsOf(counted, (r) => r.leadOffice ?? "(ohne Federführung)"),
          true,
        );
        sameAs(
          o.byBusinessArea.map((f) => ({ key: f.area, tally: f.tally })),
          groupsOf(counted, (r) => businessAreaOf(plan, r.leadOffice)),
          true,
        );
      }),
      { numRuns: 300 },
    );
  });
});
