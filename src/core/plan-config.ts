import { z } from "zod";
import { ColumnKey } from "./columns/catalogue";
import { Correspondence } from "./correspondence";
import { MoneyColumns } from "./money/money-columns";
import { makeMeasureId } from "./measure-id-template";
import { DEFAULT_ID_PATTERN } from "./normalise/id-pattern";
import { RuleSettings } from "./rules/rule-id";

const Code = z.string().trim().min(1);
const Synonyms = z.array(z.string().trim().min(1)).default([]);

export const FieldOfAction = z.object({
  code: Code.describe("first part of a measure ID, e.g. '3' for 3.2.1"),
  name: z.string().trim().min(1),
  synonyms: Synonyms,
});
export type FieldOfAction = z.infer<typeof FieldOfAction>;

export const Office = z.object({
  code: Code,
  name: z.string().trim().min(1),
  kind: z.enum(["amt", "eigenbetrieb", "stabsstelle", "extern"]).default("amt"),
  businessArea: z.string().trim().min(1).optional().describe("Geschäftsbereich"),
  synonyms: Synonyms,
});
export type Office = z.infer<typeof Office>;

/** What a status means for counting: done, ongoing (Daueraufgabe), dropped (leaves the denominator), … */
export const StatusCategory = z.enum([
  "notStarted",
  "planned",
  "inProgress",
  "done",
  "ongoing",
  "postponed",
  "dropped",
]);
export type StatusCategory = z.infer<typeof StatusCategory>;

export const Status = z.object({
  value: Code,
  label: z.string().trim().min(1),
  category: StatusCategory,
  synonyms: Synonyms,
  /** Spellings read as this status that offices also use for another one ("laufend": in Umsetzung or Daueraufgabe?): read, with a warning. */
  ambiguousSynonyms: Synonyms,
  progress: z
    .object({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) })
    .refine((p) => p.min <= p.max, { message: "min must not exceed max" })
    .describe("expected progress in percent"),
});
export type Status = z.infer<typeof Status>;

export const BudgetCategory = z.object({
  value: Code,
  label: z.string().trim().min(1),
  needsCoverageProposal: z.boolean(),
  synonyms: Synonyms,
});
export type BudgetCategory = z.infer<typeof BudgetCategory>;

export const SimpleChoice = z.object({ value: Code, label: z.string().trim().min(1), synonyms: Synonyms });
export type SimpleChoice = z.infer<typeof SimpleChoice>;

/** Another plan a measure can refer to, and how that plan's measure IDs look (to find them in its master). */
export const LinkedPlan = SimpleChoice.extend({ idPattern: z.string().optional() });
export type LinkedPlan = z.infer<typeof LinkedPlan>;

export const ColumnSpec = z.object({
  key: ColumnKey,
  label: z.string().trim().min(1).describe("German header in the canonical layout"),
  synonyms: Synonyms,
  required: z.boolean().default(false),
  width: z.number().positive().optional(),
  /** A value merged over several rows (Excel's "merge cells" down a column) belongs to every row it spans. */
  fillMerged: z.boolean().optional(),
  /** How a message names a value the drop-down does not offer: "kein zulässiger Umsetzungsstand". */
  notAllowed: z.string().trim().min(1).optional(),
  /** The column's noun after "passt nicht", with its article: "zum Umsetzungsstand", "zur Ampelfarbe". */
  dative: z.string().trim().min(1).optional(),
});
export type ColumnSpec = z.infer<typeof ColumnSpec>;

/** A regular expression given as text in the JSON: it must compile. */
const RegexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" },
);

/** How the plan's measure IDs look, and whether their first part names the field of action. */
export const MeasureIds = z
  .object({
    pattern: RegexSource.default(DEFAULT_ID_PATTERN),
    form: z.string().trim().min(1).default("Handlungsfeld.Ziel.Maßnahme").describe("the parts in words"),
    example: z.string().trim().min(1).default("3.2.1"),
    /** Its first group is the field's `code` at the start of an ID; null: IDs say nothing about the field. */
    fieldCode: RegexSource.nullable().default("^([^.]+)"),
    /** How to write a new ID: {field} the field's code, {goal} and {measure} numbers, ":2" pads to two digits. */
    template: z.string().trim().min(1).default("{field}.{goal}.{measure}"),
    /** What the field's code is called, in the dative: "der Nummer", "dem Kennbuchstaben". */
    codeNoun: z.string().trim().min(1).default("der Nummer"),
  })
  .refine((ids) => new RegExp(ids.pattern).test(ids.example), {
    message: "the example does not match the pattern",
    path: ["example"],
  });
export type MeasureIds = z.infer<typeof MeasureIds>;

export const ReportingRound = z.object({
  name: z.string().trim().min(1),
  cutoff: z.iso.date().describe("Stichtag"),
  deadline: z.iso.date().describe("Abgabefrist"),
  contact: z.string().trim().min(1).optional(),
});
export type ReportingRound = z.infer<typeof ReportingRound>;

export const PlanConfig = z
  .object({
    id: Code,
    title: z.string().trim().min(1),
    period: z
      .object({ first: z.number().int().min(1990).max(2100), last: z.number().int().min(1990).max(2100) })
      .refine((p) => p.first <= p.last, { message: "first year must not be after last year" }),
    measureIds: MeasureIds.default(MeasureIds.parse({})),
    fields: z.array(FieldOfAction).min(1),
    offices: z.array(Office).min(1),
    statuses: z.array(Status).min(1),
    /** Budget-relevance answers: needed only by a plan with the column Haushaltsrelevanz. */
    budget: z.array(BudgetCategory).default([]),
    /** Answers too vague to map to one budget category (a bare "Ja"): a warning, never a guess. */
    ambiguousBudget: Synonyms,
    coverageStates: z.array(SimpleChoice).default([]),
    /** What a Deckungsvorschlag cell holds when it says that, not how, a measure is paid for: no proposal. */
    unnamedCoverageProposals: z
      .array(z.string().trim().min(1))
      .default([
        "ja",
        "j",
        "x",
        "ok",
        "vorhanden",
        "liegt vor",
        "vorliegend",
        "erledigt",
        "erfolgt",
        "gegeben",
        "yes",
        "siehe Sachstand",
        "s. Sachstand",
        "siehe oben",
        "s. o.",
      ]),
    linkedPlans: z.array(LinkedPlan).default([]),
    columns: z.array(ColumnSpec).min(1),
    rounds: z.array(ReportingRound).default([]),
    // Letters to the offices (issue 16): case forms, e-mail addresses, the contact person.
    correspondence: Correspondence.optional(),
    // Amounts for the Finanzausschuss (issue 16): read, checked and summed only where declared.
    money: MoneyColumns.optional(),
    /** Rules switched off or given another severity, by rule id (`src/core/rules/rule-id.ts`). */
    rules: RuleSettings,
  })
  .superRefine((plan, ctx) => {
    const keys = plan.columns.map((c) => c.key);
    for (const required of ["measureId", "status"] as const) {
      if (!keys.includes(required))
        ctx.addIssue({ code: "custom", path: ["columns"], message: `column '${required}' is required` });
    }
    const madeId = makeMeasureId(plan, plan.fields[0]?.code ?? "", 1, 1);
    if (!new RegExp(plan.measureIds.pattern).test(madeId))
      ctx.addIssue({
        code: "custom",
        path: ["measureIds", "template"],
        message: `the template makes '${madeId}', which does not match the pattern`,
      });
    if (keys.includes("budget") && plan.budget.length === 0)
      ctx.addIssue({ code: "custom", path: ["budget"], message: "the column 'budget' needs its categories" });
    // A misspelt office code would silently lose its case forms and address (issue 16).
    const codes = new Set(plan.offices.map((o) => o.code));
    for (const code of Object.keys(plan.correspondence?.offices ?? {}))
      if (!codes.has(code))
        ctx.addIssue({
          code: "custom",
          path: ["correspondence", "offices", code],
          message: `unknown office code '${code}'`,
        });
    const seen = new Set<string>();
    plan.columns.forEach((c, i) => {
      if (seen.has(c.key))
        ctx.addIssue({ code: "custom", path: ["columns", i, "key"], message: `duplicate column key '${c.key}'` });
      seen.add(c.key);
    });
  });
export type PlanConfig = z.infer<typeof PlanConfig>;
/** What a configuration file may omit (defaults fill it). */
export type PlanConfigInput = z.input<typeof PlanConfig>;
