import { problem } from "../../make-issue";
import { NONE, rowRule } from "../rule";

/** Where the plan's IDs start with the field of action's code, an ID under another field is a slip. */
export const ID_FIELD = rowRule({
  id: "id-field",
  codes: ["cell/id-field-mismatch"],
  needs: ["measureId", "field"],
  check: (r, ctx) => {
    const field = r.field === null ? undefined : ctx.index.fieldByName.get(r.field);
    if (r.measureId === null || !field) return NONE;
    const code = ctx.index.idFieldCode(r.measureId);
    if (code === null || code === field.code) return NONE;
    const { label } = ctx.index.ids;
    const { codeNoun } = ctx.index.plan.measureIds;
    return [
      {
        problem: problem("cell/id-field-mismatch", { label, fieldCode: field.code, field: field.name, codeNoun }),
        field: "measureId",
        value: r.measureId,
      },
    ];
  },
});
