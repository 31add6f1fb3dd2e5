import { z } from "zod";
import { countDe } from "./count-de";

/**
 * How letters address offices and whom they name as contact: German needs the office's article in
 * every case ("das Sozialamt", "dem Jugendamt", "des Büros der Integrationsbeauftragten"), and no
 * rule derives it reliably from the name, so the plan configuration carries it.
 */
export const CaseForms = z.object({
  nom: z.string().trim().min(1).describe("Nominativ mit Artikel: „das Sozialamt“"),
  acc: z.string().trim().min(1).describe("Akkusativ mit Artikel: „an das Sozialamt“ ohne „an“"),
  dat: z.string().trim().min(1).describe("Dativ mit Artikel: „dem Sozialamt“"),
  gen: z.string().trim().min(1).describe("Genitiv mit Artikel: „des Sozialamts“"),
});
export type CaseForms = z.infer<typeof CaseForms>;

export const OfficeAddress = z.object({
  forms: CaseForms.optional(),
  /** Where the Rückmeldung goes: the To of the e-mail draft. */
  email: z.email().optional(),
  /** The letter's salutation; default "Sehr geehrte Damen und Herren,". */
  salutation: z.string().trim().min(1).optional(),
});
export type OfficeAddress = z.infer<typeof OfficeAddress>;

/** Whom offices ask: a person with phone and e-mail, at the coordinating office. */
export const Contact = z.object({
  name: z.string().trim().min(1),
  /** Office code (see offices) or name of the contact's unit. */
  office: z.string().trim().min(1).optional(),
  phone: z.string().trim().min(1).optional(),
  email: z.email().optional(),
});
export type Contact = z.infer<typeof Contact>;

export const Correspondence = z.object({
  contact: Contact.optional(),
  /** Per office code: case forms, e-mail, salutation. */
  offices: z.record(z.string(), OfficeAddress).default({}),
});
export type Correspondence = z.infer<typeof Correspondence>;

export type GrammarCase = keyof CaseForms;

/**
 * Forms for an office the configuration does not describe, from its name's head noun where that is
 * certain ("…amt", "Amt für …", "Büro …" are neuter, "Eigenbetrieb …" masculine); else the bare
 * name, which reads as a label ("Stadtbezirk Nord") rather than a wrong article.
 */
export const guessedForms = (name: string): CaseForms => {
  const neuterAmt = /^(\S*amt)(\s.*)?$/i.exec(name);
  if (neuterAmt && /^\S*amt$/i.test(neuterAmt[1]!)) {
    const [, head, rest = ""] = neuterAmt;
    return { nom: `das ${name}`, acc: `das ${name}`, dat: `dem ${name}`, gen: `des ${head}s${rest}` };
  }
  const buero = /^Büro(\s.*)$/.exec(name);
  if (buero) return { nom: `das ${name}`, acc: `das ${name}`, dat: `dem ${name}`, gen: `des Büros${buero[1]}` };
  const betrieb = /^Eigenbetrieb(\s.*)$/.exec(name);
  if (betrieb)
    return { nom: `der ${name}`, acc: `den ${name}`, dat: `dem ${name}`, gen: `des Eigenbetriebs${betrieb[1]}` };
  return { nom: name, acc: name, dat: name, gen: name };
};

/** The office's name in a grammatical case, with its article: from the configuration, else guessed. */
export const officeIn = (
  correspondence: Correspondence | undefined,
  offices: readonly { code: string; name: string }[],
  name: string,
  c: GrammarCase,
): string => {
  const code = offices.find((o) => o.name === name)?.code;
  const forms = code === undefined ? undefined : correspondence?.offices[code]?.forms;
  return (forms ?? guessedForms(name))[c];
};

/** The configured address of an office by its name, if any. */
export const officeAddress = (
  correspondence: Correspondence | undefined,
  offices: readonly { code: string; name: string }[],
  name: string,
): OfficeAddress | undefined => {
  const code = offices.find((o) => o.name === name)?.code;
  return code === undefined ? undefined : correspondence?.offices[code];
};

/** "1 Warnung", "2 Warnungen", "0 Warnungen": the noun agrees with the number, always written out. */
export const countOf = (n: number, one: string, many: string): string => `${countDe(n)} ${n === 1 ? one : many}`;

/** Whom a letter names for questions, ready for sentences: "an <acc>", signed with name (and unit). */
export interface LetterContact {
  readonly name: string;
  /** After "an": "das Büro der Integrations- und Ausländerbeauftragten" or "Frau Anna Beispiel". */
  readonly acc: string;
  /** The unit under a person's name in the signature, or null when the contact is the unit itself. */
  readonly unit: string | null;
  readonly phone: string | null;
  readonly email: string | null;
}

interface PlanLike {
  readonly offices: readonly { code: string; name: string }[];
  readonly correspondence?: Correspondence | undefined;
}

/**
 * The contact of a letter: the plan configuration's contact (with phone and e-mail), else the
 * round's contact (a name), else null. A contact that is an office of the plan takes its case forms.
 */
export const letterContact = (plan: PlanLike, roundContact: string | null): LetterContact | null => {
  const byCodeOrName = (s: string) => plan.offices.find((o) => o.code === s || o.name === s)?.name ?? null;
  const configured = plan.correspondence?.contact;
  if (configured) {
    const unit = configured.office ? (byCodeOrName(configured.office) ?? configured.office) : null;
    const isUnit = unit !== null && configured.name === unit;
    const acc =
      isUnit || byCodeOrName(configured.name)
        ? officeIn(plan.correspondence, plan.offices, byCodeOrName(configured.name) ?? configured.name, "acc")
        : configured.name;
    return {
      name: configured.name,
      acc,
      unit: isUnit ? null : unit,
      phone: configured.phone ?? null,
      email: configured.email ?? null,
    };
  }
  if (roundContact === null) return null;
  const office = byCodeOrName(roundContact);
  return {
    name: roundContact,
    acc: office ? officeIn(plan.correspondence, plan.offices, office, "acc") : roundContact,
    unit: null,
    phone: null,
    email: null,
  };
};
