import type { ColumnKey } from "./columns/catalogue";
import type { Issue } from "./issue";
import type { IssueEntry } from "./issues/entry";
import { ISSUES } from "./issues/catalogue";
import { q } from "./issues/quote";
import type { z } from "zod";

/**
 * The German message of an issue, from its catalogue entry: the one place messages are rendered.
 * Every code has an entry (the catalogue is typed by code), so no message can be missing.
 */
export const messageDe = (
  issue: Pick<Issue, "code" | "params" | "value"> & { readonly field?: ColumnKey | null },
): string => {
  // The union of entries does not narrow with the union of issues; each entry's message takes
  // exactly its own code's parameters, which is what the discriminated issue carries.
  const entry = ISSUES[issue.code] as unknown as IssueEntry<z.ZodType<unknown>>;
  return entry.message(issue.params, { v: q(issue.value), value: issue.value, field: issue.field ?? null });
};
