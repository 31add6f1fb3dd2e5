import { Report, type ReportFile, type ReportIssue } from "../../core";

/** One file's part of the report, as `feedback` reads it: the core's report schema, nothing looser. */
export type FeedbackFile = ReportFile;
export type FeedbackIssue = ReportIssue;
export type FeedbackReport = Report;

export type ParsedReport =
  | { readonly ok: true; readonly report: FeedbackReport }
  | { readonly ok: false; readonly message: string };

/** The JSON text of a report, checked against the schema the writers use; a bad file says where it is wrong. */
export const parseFeedbackReport = (text: string): ParsedReport => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `kein gültiges JSON (${(e as Error).message})` };
  }
  const parsed = Report.safeParse(json);
  if (parsed.success) return { ok: true, report: parsed.data };
  const first = firstProblem(parsed.error.issues);
  return {
    ok: false,
    message: `nicht die erwartete Form eines Prüfberichts (version 1): ${first ? `$.${first.path.join(".")}: ${first.message}` : ""}`,
  };
};

type ZodIssueLike = { readonly path: readonly PropertyKey[]; readonly message: string; readonly errors?: unknown };

/** A union reports "no branch matched"; the branch of the merge report says where the text is wrong. */
const firstProblem = (issues: readonly ZodIssueLike[]): ZodIssueLike | undefined => {
  const first = issues[0];
  const branches = first?.errors as readonly (readonly ZodIssueLike[])[] | undefined;
  if (!branches || branches.length === 0) return first;
  // The validate report's branch has fewer fields: the deepest problem is the telling one.
  const best = [...branches].sort((a, b) => (b[0]?.path.length ?? 0) - (a[0]?.path.length ?? 0))[0]?.[0];
  return best ? { ...best, path: [...first!.path, ...best.path] } : first;
};
