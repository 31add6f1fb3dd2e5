import type { ZipEntry } from "../zip-guard";
import { builtinFormat } from "./builtin-formats";
import { collectElements } from "./ooxml-package";
import type { ZipParts } from "./zip-parts";

/** The number format code of each cell style (index = the cell's `s`), undefined for General. */
export type CellFormats = readonly (string | undefined)[];

/**
 * cellXfs → number format codes: the workbook's own numFmts first, then the built-in ids. Like
 * exceljs, the format counts whether or not `applyNumberFormat` is set (Excel shows it either way).
 */
export const readCellFormats = (parts: ZipParts, entry: ZipEntry): CellFormats => {
  const found = collectElements(parts, entry, { numFmt: ["numFmtId", "formatCode"], xf: ["numFmtId"] });
  const custom = new Map<number, string>();
  for (const e of found)
    if (e.name === "numFmt" && e.parent === "numFmts")
      custom.set(Number(e.attributes.numFmtId), e.attributes.formatCode ?? "");
  return found
    .filter((e) => e.name === "xf" && e.parent === "cellXfs")
    .map((e) => {
      const id = Number(e.attributes.numFmtId ?? 0);
      if (!Number.isInteger(id) || id === 0) return undefined;
      const code = custom.get(id) ?? builtinFormat(id);
      return code === "" ? undefined : code;
    });
};
