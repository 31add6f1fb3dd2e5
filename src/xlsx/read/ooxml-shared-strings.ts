import type { ZipEntry } from "../zip-guard";
import type { XmlHandler } from "./xml-scanner";
import { decodeOoxmlEscapes } from "./xml-text";
import type { ZipParts } from "./zip-parts";

/** Excel 2007's beta format named the items `sstItem`; SheetJS reads such files, so do we. */
const ITEM_2006 = "sstItem";

/**
 * The shared string table: each `<si>` is the text of its `<t>` elements, rich-text runs
 * concatenated, phonetic runs (`<rPh>`, furigana) skipped, as Excel shows the cell.
 */
export const readSharedStrings = (parts: ZipParts, entry: ZipEntry): string[] => {
  const strings: string[] = [];
  let inItem = false;
  let phonetic = 0;
  let current = "";
  const handler: XmlHandler & { wantText: boolean } = {
    wantText: false,
    open(name) {
      if (name === "si" || name === ITEM_2006) {
        inItem = true;
        current = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && inItem && phonetic === 0) handler.wantText = true;
    },
    close(name) {
      if (name === "t") handler.wantText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" || name === ITEM_2006) {
        strings.push(decodeOoxmlEscapes(current));
        inItem = false;
      }
    },
    text(t) {
      current += t;
    },
  };
  parts.parse(entry, handler);
  return strings;
};
