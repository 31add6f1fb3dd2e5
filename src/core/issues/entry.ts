import type { z } from "zod";
import type { ColumnKey } from "../columns/catalogue";
import type { Severity } from "../severity";

/** Who acts on a finding: the office fixes its file; the coordinator only needs to know. */
export type Audience = "office" | "coordinator";

/** What a message may show besides its parameters: the value seen in the cell, and its column. */
export interface Seen {
  /** The value seen, already quoted („…“). */
  readonly v: string;
  readonly value: string | null;
  readonly field: ColumnKey | null;
}

/**
 * One issue code: its default severity, who it is for, the schema of its parameters, an example of
 * them (rendered by a test), and its German message. Everything a new code needs is one entry.
 */
export interface IssueEntry<S extends z.ZodType> {
  readonly severity: Severity;
  readonly audience: Audience;
  readonly params: S;
  readonly example: z.output<S>;
  readonly message: (p: z.output<S>, seen: Seen) => string;
}

/** Ties an entry's message and example to its parameter schema, so a wrong name is a type error. */
export const issueEntry = <S extends z.ZodType>(entry: IssueEntry<S>): IssueEntry<S> => entry;
