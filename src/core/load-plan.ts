import type { z } from "zod";
import { PlanConfig } from "./plan-config";

export interface PlanConfigError {
  /** JSON path as a user can find it in the file, e.g. "$.statuses[2].label". */
  readonly path: string;
  readonly message: string;
}

export type PlanConfigResult =
  | { readonly ok: true; readonly plan: PlanConfig }
  | { readonly ok: false; readonly errors: readonly PlanConfigError[] };

export const jsonPath = (path: readonly PropertyKey[]): string =>
  `$${path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")}`;

/** Validates an already parsed configuration object. */
export const parsePlanConfig = (data: unknown): PlanConfigResult => {
  const result = PlanConfig.safeParse(data);
  if (result.success) return { ok: true, plan: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i: z.core.$ZodIssue) => ({ path: jsonPath(i.path), message: i.message })),
  };
};

/** Parses the text of a configuration file; a JSON syntax error is reported at "$". */
export const parsePlanConfigText = (text: string): PlanConfigResult => {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, errors: [{ path: "$", message: `invalid JSON: ${(e as Error).message}` }] };
  }
  return parsePlanConfig(data);
};
