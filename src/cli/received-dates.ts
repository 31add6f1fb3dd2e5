import { stat } from "node:fs/promises";
import type { InputListing } from "../xlsx/node";

/** A modification time as the local calendar day the coordinator sees in the file manager. */
const localDay = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/**
 * When each office file arrived, as far as the file system says: its modification date (a file
 * saved by the office and copied into the inbox keeps it). Rücklauf judges on time or late by it.
 */
export const receivedDates = async (listing: InputListing): Promise<Map<string, string>> => {
  const out = new Map<string, string>();
  for (const input of listing.inputs) {
    if (input.unreadable !== undefined) continue;
    try {
      out.set(input.path, localDay((await stat(input.fsPath ?? input.path)).mtime));
    } catch {
      // Gone since it was listed: its read says so; no date to judge.
    }
  }
  return out;
};
