import type { Issue } from "../issue";
import type { MergeInput } from "./merge-types";

/**
 * Every input's findings in one list, each with its file. Object.assign, not a spread: V8 (Node 20)
 * gives each `{ ...issue, file }` of objects whose fields vary between null and text a hidden class
 * of its own, about 350 bytes per finding — a third of a gigabyte at a million rows.
 */
export const issuesWithFiles = (inputs: readonly MergeInput[]): (Issue & { readonly file: string })[] =>
  inputs.flatMap((i) => i.result.issues.map((issue) => Object.assign({}, issue, { file: i.result.file })));
