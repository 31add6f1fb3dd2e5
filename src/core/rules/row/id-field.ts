import { problem } from "../../make-issue";
import { rowRule } from "../rule";

/** Where the plan's IDs start with the field of action's code, an ID under another field is a slip. */
export const ID_FIELD = rowRule({
  id: "id-field",
  codes: ["cell/id-field-mismatch"],
  needs: ["measureId", "field"],
  check: (r, ctx) => {
    const field = r.field === null ? undefined : ctx.index.fieldByName.get(r.field);
    if (r.measureId === null || !field || r.measureId.split(".")[0] === field.code) return [];
    return [
      {
        problem: problem("cell/id-field-mismatch", { fieldCode: field.code, field: field.name }),
        field: "measureId",
        value: r.measureId,
      },
    ];
  },
});
