// What the main thread keeps of the workers' replies: one instance of each repeated text, one width
// for Latin-1 texts, shared parameter sets (the pool's memory at a million rows). Empty lists are
// already the shared NONE: unpacking a reply makes them so (core's packed-records).
import { NONE } from "../core";
import { oneByteText } from "./one-byte-text";
import type { PackedCheckedInput } from "./read-job";

/** Notes and other long texts are rarely repeated: not worth a map entry. */
const INTERN_MAX_LENGTH = 256;

/**
 * A worker's reply arrives as a copy, so the same field of action, office, status or sheet name
 * comes as a new string in every file (and in every finding). Keeping one instance of each is what
 * lets a million rows fit in memory. The reply is this thread's own fresh copy, so it is updated in
 * place: a file's records are its list of distinct values, which their handles read.
 */
export const stringInterner = (): ((c: PackedCheckedInput) => PackedCheckedInput) => {
  const seen = new Map<string, string>();
  const one = (s: string): string => {
    if (s.length > INTERN_MAX_LENGTH) return oneByteText(s);
    const have = seen.get(s);
    if (have !== undefined) return have;
    const kept = oneByteText(s);
    seen.set(kept, kept);
    return kept;
  };
  const fields = (o: Record<string, unknown>): void => {
    for (const key in o) {
      const v = o[key];
      if (typeof v === "string") o[key] = one(v);
      else if (Array.isArray(v) && v.length === 0) o[key] = NONE;
    }
  };
  // Parameters of findings repeat whole: most rows have a "cell/normalised" finding whose one
  // parameter names a status, office or date that hundreds of others name too. Shared, and frozen
  // so that a write to one fails loudly instead of changing the others.
  const sharedParams = new Map<string, object>();
  const params = (p: Record<string, unknown>): object => {
    fields(p);
    const flat = Object.values(p).every((v) => typeof v !== "object" || v === null);
    const text = flat ? JSON.stringify(p) : "";
    if (!flat || text.length > INTERN_MAX_LENGTH) return p;
    const have = sharedParams.get(text);
    if (have !== undefined) return have;
    sharedParams.set(text, Object.freeze(p));
    return p;
  };
  return (c) => {
    // Findings repeat their code, severity, sheet, column and value in nearly every row too.
    const found = c.issues;
    for (let i = 0; i < found.values.length; i++) {
      const v = found.values[i];
      if (typeof v === "string") found.values[i] = one(v);
    }
    for (let i = 0; i < found.params.length; i++) found.params[i] = params(found.params[i] as Record<string, unknown>);
    for (const issue of found.whole) {
      fields(issue as unknown as Record<string, unknown>);
      (issue as { params: object }).params = params(issue.params as Record<string, unknown>);
    }
    // A file's distinct values: texts, and the lists of partners, extra columns and unread cells.
    const values = c.packed.values;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v === "string") values[i] = one(v);
      else if (Array.isArray(v))
        for (let k = 0; k < v.length; k++) {
          const e = v[k] as unknown;
          if (typeof e === "string") v[k] = one(e);
          else if (e !== null && typeof e === "object") fields(e as Record<string, unknown>);
        }
    }
    return c;
  };
};

/**
 * Rows and findings a merge must be expected to hold before interning pays. Interning saves memory
 * per row held, and costs the main thread's time while the read workers want both CPUs: ~0.3 s of a
 * city merge (60 files × 200 rows: 12,000 rows, 13,000 findings), where it saves a few MB. At a
 * million rows it saves hundreds of MB.
 */
export const INTERN_FROM = 50_000;

/**
 * The interner, for a run of `files` worker replies, on once the replies taken in so far, scaled to
 * all files, come to `from` rows and findings: usually at the first reply. The replies held until
 * then are interned too, in place, as every reply. Deciding late instead (when the count itself
 * reached the bound) left the replies before it twice in the old generation, uninterned and
 * interned: 35 MB more at the peak of a 100-file large merge.
 */
export const internerAtScale = (files: number, from = INTERN_FROM): ((c: PackedCheckedInput) => PackedCheckedInput) => {
  const intern = stringInterner();
  let held: PackedCheckedInput[] | null = [];
  let count = 0;
  return (c) => {
    if (held === null) return intern(c);
    count += c.packed.count + c.issues.count;
    held.push(c);
    if ((count / held.length) * files < from) return c;
    for (const h of held) intern(h);
    held = null;
    return c;
  };
};
