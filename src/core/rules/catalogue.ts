import { REPEATED_IDS } from "./cross-row/repeated-ids";
import type { CrossRowRule, RowRule } from "./rule";
import type { RuleId } from "./rule-id";
import { COVERAGE_PROPOSAL } from "./row/coverage-proposal";
import { DATE_IN_PERIOD } from "./row/date-in-period";
import { END_AFTER_START } from "./row/end-after-start";
import { ID_FIELD } from "./row/id-field";
import { OVERDUE } from "./row/overdue";
import { REQUIRED } from "./row/required";
import { STAND_DATE } from "./row/stand-date";
import { STATUS_PROGRESS } from "./row/status-progress";

/** Row rules in the order they report a row's findings. */
export const ROW_RULES = [
  REQUIRED,
  ID_FIELD,
  DATE_IN_PERIOD,
  END_AFTER_START,
  STATUS_PROGRESS,
  COVERAGE_PROPOSAL,
  STAND_DATE,
  OVERDUE,
] as const;

export const CROSS_ROW_RULES = [REPEATED_IDS] as const;

type AnyRule = (typeof ROW_RULES)[number] | (typeof CROSS_ROW_RULES)[number];

/** Every code some rule emits: the rest of the catalogue belongs to the readers and normalisers. */
export type RuleCode = AnyRule["codes"][number];

/** Each id names one rule: a new id without its rule, or a rule under another's id, fails to compile. */
export const RULES: { readonly [K in RuleId]: RowRule | CrossRowRule } = {
  required: REQUIRED,
  "id-field": ID_FIELD,
  "date-in-period": DATE_IN_PERIOD,
  "end-after-start": END_AFTER_START,
  "status-progress": STATUS_PROGRESS,
  "coverage-proposal": COVERAGE_PROPOSAL,
  "stand-date": STAND_DATE,
  overdue: OVERDUE,
  "repeated-ids": REPEATED_IDS,
};
