/** A value as German prints it in running text: „…“. */
export const q = (s: string | null | undefined): string => `„${s ?? ""}“`;

/** Allowed values quoted and joined with commas: values may hold commas themselves, never quotes. */
export const choices = (allowed: readonly string[]): string =>
  allowed
    .filter((a) => a !== "")
    .map(q)
    .join(", ");
