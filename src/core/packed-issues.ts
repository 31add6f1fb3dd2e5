// A file's findings as a read worker hands them over and the merge holds them: the same packing as
// its records (packed-records.ts). A large merge has about one finding per row ("cell/normalised",
// a status read from a spelling of its own): ~120 bytes each as objects, beyond their texts.
import { DistinctValues, type IndexArray, indexArray } from "./distinct-values";
import type { Issue } from "./issue";

/** What travels from a worker: structured-clone friendly, the index array transferable. */
export interface PackedIssues {
  readonly count: number;
  /** The findings' distinct texts, numbers and nulls. */
  readonly values: unknown[];
  /** Their distinct parameter sets: one object for the many findings that say the same. */
  readonly params: object[];
  /** A finding of another shape than the one findings are made in, carried as it is. */
  readonly whole: Issue[];
  /** `count` × SLOTS indexes: into `values`, `params` (PARAMS) or `whole` (a finding carried whole). */
  readonly slots: IndexArray;
}

/** The keys of a finding, in the order `issueInColumn` makes them; `accepted` follows when a decision set it. */
const KEYS = ["code", "severity", "sheet", "row", "column", "cell", "field", "value", "params"] as const;
const SHAPE = KEYS.join();
const SHAPE_ACCEPTED = `${SHAPE},accepted`;
const PARAMS = KEYS.indexOf("params");
/** The keys, then `accepted`. */
const SLOTS = KEYS.length + 1;
/** The value at a carried-whole finding's CODE slot: no code is a number. */
const WHOLE = 0;

/** Parameter sets of findings are small flat objects; larger ones are kept each as it is. */
const PARAMS_KEY_MAX = 256;

export const packIssues = (issues: readonly Issue[]): PackedIssues => {
  const distinct = new DistinctValues(WHOLE);
  const values = distinct.values;
  const paramSets = new DistinctValues();
  const params = paramSets.values as object[];
  const paramsOf = (p: object): number => {
    const flat = Object.values(p).every((v) => typeof v !== "object" || v === null);
    const key = flat ? JSON.stringify(p) : "";
    return key === "" || key.length > PARAMS_KEY_MAX ? paramSets.add(p) : paramSets.ofContent(key, () => p);
  };
  const whole: Issue[] = [];
  const wide = new Uint32Array(issues.length * SLOTS);
  let o = 0;
  for (const i of issues) {
    const shape = Object.keys(i).join();
    if (shape !== SHAPE && !(shape === SHAPE_ACCEPTED && i.accepted !== undefined)) {
      wide[o] = WHOLE;
      wide[o + 1] = whole.push(i) - 1;
      o += SLOTS;
      continue;
    }
    const fields = i as unknown as Record<string, unknown>;
    for (let k = 0; k < PARAMS; k++) wide[o++] = distinct.of(fields[KEYS[k]!]);
    wide[o++] = paramsOf(i.params);
    wide[o++] = distinct.of(i.accepted);
  }
  const slots = indexArray(wide, Math.max(values.length, params.length, whole.length));
  return { count: issues.length, values, params, whole, slots };
};

class Store {
  constructor(
    readonly values: unknown[],
    readonly params: object[],
    readonly slots: IndexArray,
  ) {}

  value(base: number, slot: number): unknown {
    return this.values[this.slots[base + slot]!];
  }
}

/** A finding read from its file's store. Its fields are getters: `plainIssueOf` copies it for `{ ...issue }`. */
class PackedIssue {
  // Read by the getters defined below, one per key of a finding.
  constructor(
    readonly store: Store,
    readonly base: number,
  ) {}

  get params(): object {
    return this.store.params[this.store.slots[this.base + PARAMS]!]!;
  }

  toJSON(): Issue {
    return plainIssueOf(this as unknown as Issue);
  }
}
// Every key but `params` (a list of its own) reads `values`; `accepted` from the slot after the keys.
[...KEYS, "accepted"].forEach((key, slot) => {
  if (slot === PARAMS) return;
  Object.defineProperty(PackedIssue.prototype, key, {
    get(this: PackedIssue) {
      return this.store.value(this.base, slot);
    },
    enumerable: true,
  });
});

/** The findings, in their order: handles on the packed ones, the ones carried whole as they are. */
export const unpackIssues = (p: PackedIssues): Issue[] => {
  const store = new Store(p.values, p.params, p.slots);
  const out = new Array<Issue>(p.count);
  for (let i = 0, base = 0; i < p.count; i++, base += SLOTS)
    out[i] =
      p.slots[base] === WHOLE ? p.whole[p.slots[base + 1]!]! : (new PackedIssue(store, base) as unknown as Issue);
  return out;
};

/** A plain object with a finding's keys in their order, whatever holds them: for `{ ...issue, changed }`. */
export const plainIssueOf = (i: Issue): Issue => {
  if (!(i instanceof PackedIssue)) return { ...i };
  const out: Record<string, unknown> = {};
  for (const key of KEYS) out[key] = i[key];
  if (i.accepted !== undefined) out.accepted = i.accepted;
  return out as unknown as Issue;
};
