import { z } from "zod";
import { CELL_READING_ISSUES } from "./cell-reading-issues";
import { CELL_RULE_ISSUES } from "./cell-rule-issues";
import { DECISION_ISSUES } from "./decision-issues";
import { FILE_ISSUES } from "./file-issues";
import { TABLE_ISSUES } from "./table-issues";

/**
 * Every problem the tool can report, one entry per code, in families after frictionless: file,
 * header, column, row, cell. A new code is one entry in one of these families.
 */
export const ISSUES = {
  ...FILE_ISSUES,
  ...TABLE_ISSUES,
  ...CELL_READING_ISSUES,
  ...CELL_RULE_ISSUES,
  ...DECISION_ISSUES,
} as const;

export type IssueCode = keyof typeof ISSUES;
export const IssueCode = z.enum(Object.keys(ISSUES) as [IssueCode, ...IssueCode[]]);

/** The parameters of one code, as its schema defines them. */
export type IssueParams<C extends IssueCode> = z.output<(typeof ISSUES)[C]["params"]>;
