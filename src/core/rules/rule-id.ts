import { z } from "zod";
import { Severity } from "../severity";

/** The rules a plan can switch off or reweigh, by the id it names them with in its JSON. */
export const RuleId = z.enum([
  "required",
  "id-field",
  "date-in-period",
  "end-after-start",
  "status-progress",
  "coverage-proposal",
  "stand-date",
  "overdue",
  "repeated-ids",
]);
export type RuleId = z.infer<typeof RuleId>;

export const RuleSetting = z.strictObject({
  enabled: z.boolean().default(true),
  /** Replaces the catalogue's severity of every code the rule emits. */
  severity: Severity.optional(),
});
export type RuleSetting = z.infer<typeof RuleSetting>;

/** `"rules": { "overdue": { "severity": "info" } }` in a plan: unknown ids are rejected, so a typo is not a silent no-op. */
export const RuleSettings = z.partialRecord(RuleId, RuleSetting).default({});
export type RuleSettings = z.infer<typeof RuleSettings>;
