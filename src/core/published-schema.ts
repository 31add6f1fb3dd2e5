import { z } from "zod";

/** A contract published for other tools: a zod schema and the file that holds its JSON Schema. */
export interface PublishedSchema {
  readonly schema: z.ZodType;
  /** Where the schema lives in the repository, as its `$id` names it. */
  readonly file: string;
  readonly title: string;
  readonly description: string;
}

/**
 * The JSON Schema of what is written, generated from the same zod schema the writers and readers
 * use, so it cannot drift from it. Refinements are checked by the readers; JSON Schema has no way
 * to say them and leaves them out.
 */
export const jsonSchemaOf = (p: PublishedSchema): Record<string, unknown> => ({
  ...z.toJSONSchema(p.schema, { target: "draft-2020-12", io: "output" }),
  $id: `https://aktionsplan-monitor.example/${p.file}`,
  title: p.title,
  description: p.description,
});

/** The schema file's text as checked in: two-space JSON with a final newline. */
export const jsonSchemaText = (p: PublishedSchema): string => `${JSON.stringify(jsonSchemaOf(p), null, 2)}\n`;
