import type { RuleCode } from "../rules/catalogue";
import type { IssueCode } from "./catalogue";

/** The codes no rule emits: readers, normalisers and the merge's steps find them. */
export type StepCode = Exclude<IssueCode, RuleCode>;

/** One step that finds a code, and the modules (under src/) where it does. */
export interface IssueOwner {
  readonly step: string;
  readonly modules: readonly string[];
}

const NORMALISERS: IssueOwner = { step: "cell normalisers", modules: ["core/normalise/"] };
const CHOICES: IssueOwner = {
  step: "reading a drop-down value",
  modules: ["core/normalise/choice.ts", "core/choice-lookups.ts"],
};
const HEADER: IssueOwner = { step: "header detection", modules: ["core/header-detect.ts"] };
const TABLE: IssueOwner = { step: "reading the measure table", modules: ["core/validate-table.ts"] };
const WORKBOOK: IssueOwner = { step: "checking the workbook", modules: ["core/validate-table.ts"] };
const MONEY: IssueOwner = { step: "money columns", modules: ["core/money/money-issues.ts"] };
const TEMPLATE: IssueOwner = { step: "template identity", modules: ["core/merge/template-checks.ts"] };
const XLSX: IssueOwner = { step: "reading the workbook file", modules: ["xlsx/check-workbook.ts"] };

/**
 * Who finds each code no rule emits: one step per code. The rules declare their own codes
 * (`src/core/rules/`); a test checks that together they own every code of the catalogue once, and
 * that each code is made only inside its owner's modules.
 */
export const ISSUE_OWNERS: { readonly [C in StepCode]: IssueOwner } = {
  "cell/enum": CHOICES,
  "cell/unknown-office": CHOICES,
  "cell/ambiguous-budget": CHOICES,
  "cell/ambiguous-synonym": CHOICES,
  "cell/id-format": NORMALISERS,
  "cell/id-not-text": NORMALISERS,
  "cell/date-invalid": NORMALISERS,
  "cell/two-digit-year": NORMALISERS,
  "cell/timeframe-invalid": NORMALISERS,
  "cell/progress-invalid": NORMALISERS,
  "cell/progress-range": NORMALISERS,
  "cell/boolean-invalid": NORMALISERS,
  "cell/formula-like": NORMALISERS,
  "cell/error-value": NORMALISERS,
  "cell/normalised": { step: "row normalisation", modules: ["core/normalise-row.ts"] },
  "cell/amount-invalid": MONEY,
  "cell/year-invalid": MONEY,
  "cell/linked-measure-unknown": { step: "links to another plan", modules: ["core/merge/linked-measures.ts"] },
  "cell/master-deviation": { step: "merge against the master plan", modules: ["core/merge/master-deviations.ts"] },
  "decision/check": { step: "applying decisions", modules: ["core/register/apply-decisions.ts"] },
  "decision/invalid": { step: "checking decisions", modules: ["core/register/check-decisions.ts"] },
  "file/unreadable": { step: "unreadable file", modules: ["core/file-result.ts"] },
  "file/no-worksheets": WORKBOOK,
  "file/no-table": WORKBOOK,
  "file/sheet-not-read": WORKBOOK,
  "file/own-output": XLSX,
  "file/truncated": XLSX,
  "file/same-office": { step: "several files of one office", modules: ["core/merge/repeated-offices.ts"] },
  "file/from-template": TEMPLATE,
  "file/old-template": { step: "template of another plan or round", modules: ["core/merge/old-templates.ts"] },
  "row/not-updated": TEMPLATE,
  "row/totals-skipped": TABLE,
  "column/progress-mixed": TABLE,
  "header/missing": HEADER,
  "header/duplicate": HEADER,
  "header/blank": HEADER,
  "header/unknown": HEADER,
};
