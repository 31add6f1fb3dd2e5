import type { SheetState } from "../read-workbook";
import type { ZipEntry } from "../zip-guard";
import { collectElements } from "./ooxml-package";
import type { ZipParts } from "./zip-parts";

export interface WorkbookSheet {
  readonly name: string;
  readonly state: SheetState;
  /** The relationship id pointing at the sheet's part. */
  readonly rid: string;
}

export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
}

const stateOf = (s: string | undefined): SheetState =>
  s === "hidden" ? "hidden" : s === "veryHidden" ? "veryHidden" : "visible";
const isTrue = (v: string | undefined): boolean => v === "1" || v === "true" || v === "on";

/** Sheet names, states and order, and the date system; defined names are not needed. */
export const readWorkbookPart = (parts: ZipParts, entry: ZipEntry): WorkbookPart => {
  const found = collectElements(parts, entry, { sheet: ["name", "state", "id"], workbookPr: ["date1904"] });
  const sheets = found
    .filter((e) => e.name === "sheet" && e.parent === "sheets")
    .map((e) => ({ name: e.attributes.name ?? "", state: stateOf(e.attributes.state), rid: e.attributes.id ?? "" }));
  const date1904 = found.some((e) => e.name === "workbookPr" && isTrue(e.attributes.date1904));
  return { sheets, date1904 };
};
