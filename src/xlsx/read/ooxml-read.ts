import type { PackageRead } from "../read-workbook";
import type { GridCaps } from "../sheet-grid";
import { findWorkbookPart, relationshipsOf } from "./ooxml-package";
import { readSharedStrings } from "./ooxml-shared-strings";
import { readSheetPart } from "./ooxml-sheet";
import { readCellFormats } from "./ooxml-styles";
import { readWorkbookPart } from "./ooxml-workbook";
import type { ZipParts } from "./zip-parts";

/**
 * An OOXML package (.xlsx, .xlsm, .xltx, Strict or transitional, any prefix or part names): the
 * workbook part found through the package relationships or content types, its sheets, shared
 * strings and styles through its own relationships. Worksheets are read in workbook order; chart,
 * dialog and macro sheets have no cells and are left out.
 */
export const readOoxmlPackage = (parts: ZipParts, caps: GridCaps): PackageRead => {
  const main = findWorkbookPart(parts);
  if (!main.ok)
    return main.binary
      ? { ok: false, reason: "format-xlsb", detail: "binary workbook part (.xlsb)" }
      : { ok: false, reason: "not-a-workbook", detail: `no xl/workbook.xml among ${parts.entries.length} entries` };
  const workbookName = main.part.name;
  const rels = relationshipsOf(parts, workbookName);
  const workbook = readWorkbookPart(parts, main.part);
  const partOf = (kind: string) => {
    const rel = rels.find((r) => r.kind === kind);
    return rel ? parts.find(rel.part) : undefined;
  };
  const sstPart = partOf("sharedStrings");
  const stylesPart = partOf("styles");
  const strings = sstPart ? readSharedStrings(parts, sstPart) : [];
  const formats = stylesPart ? readCellFormats(parts, stylesPart) : [];
  const ctx = { strings, formats, date1904: workbook.date1904, caps };
  const sheets = [];
  for (const sheet of workbook.sheets) {
    const rel = rels.find((r) => r.id === sheet.rid);
    if (rel?.kind !== "worksheet") continue;
    const entry = parts.find(rel.part);
    if (!entry) continue;
    const { grid, ...info } = readSheetPart(parts, entry, sheet.name, ctx);
    sheets.push({ grid, info: { name: sheet.name, state: sheet.state, ...info } });
  }
  if (sheets.length === 0)
    return {
      ok: false,
      reason: "no-worksheets",
      detail: `no worksheet among ${workbook.sheets.length} sheets of ${workbookName}`,
    };
  return { ok: true, sheets };
};
