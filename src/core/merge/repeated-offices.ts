import { compareText } from "../compare";
import { fileIssue } from "../make-issue";
import type { MergeInput } from "./merge-types";

/**
 * Two files from the same office (a corrected version sent again, a colleague's copy) are named in
 * both files' reports rather than merged silently; which row wins is still decided per measure.
 */
export const flagRepeatedOffices = (inputs: readonly MergeInput[]): MergeInput[] => {
  const byOffice = new Map<string, string[]>();
  for (const i of inputs) {
    const office = i.result.office;
    if (office === null) continue;
    byOffice.set(office, [...(byOffice.get(office) ?? []), i.result.file]);
  }
  return inputs.map((i) => {
    const office = i.result.office;
    const files = office === null ? [] : (byOffice.get(office) ?? []);
    if (office === null || files.length < 2) return i;
    const others = files.filter((f) => f !== i.result.file).sort(compareText);
    const issue = fileIssue("file/same-office", { office, others });
    return { ...i, result: { ...i.result, issues: [issue, ...i.result.issues] } };
  });
};
