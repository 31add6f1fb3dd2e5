import { stat } from "node:fs/promises";
import type { InputListing } from "../xlsx/node";

/**
 * A modification time as a calendar day in UTC: the same files give the same workbook in any time
 * zone the merge runs in (a file saved late at night may count a day early or late in Germany).
 */
const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * When each office file arrived, as far as the file system says: its modification date (a file
 * saved by the office and copied into the inbox keeps it). Rücklauf judges on time or late by it.
 */
export const receivedDates = async (listing: InputListing): Promise<Map<string, string>> => {
  const out = new Map<string, string>();
  for (const input of listing.inputs) {
    if (input.unreadable !== undefined) continue;
    try {
      out.set(input.path, utcDay((await stat(input.fsPath ?? input.path)).mtime));
    } catch {
      // Gone since it was listed: its read says so; no date to judge.
    }
  }
  return out;
};
