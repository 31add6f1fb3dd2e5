import { Zip, ZipDeflate, strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** Unzips a package, lets a test change its parts, and zips it again (fflate, in memory). */
export const rezip = (bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array => {
  const files = unzipSync(bytes);
  change(files);
  return zipSync(files as Zippable);
};

/** Edits the text of one part in place. */
export const editPart = (files: Record<string, Uint8Array>, name: string, edit: (text: string) => string): void => {
  const part = files[name];
  if (!part) throw new Error(`no part ${name}`);
  files[name] = strToU8(edit(strFromU8(part)));
};

/** Zips with fflate's streaming writer, which puts sizes in data descriptors after the data. */
export const zipStreaming = (files: Record<string, Uint8Array>): Uint8Array => {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(files)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD = 0x06054b50;

/** Offsets of every header with this signature whose entry name is `name` (name at `nameAt`). */
const headersOf = (
  zip: Uint8Array,
  signature: number,
  nameAt: number,
  nameLengthAt: number,
  name: string,
): number[] => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const found: number[] = [];
  for (let at = 0; at + nameAt <= zip.length; at++) {
    if (view.getUint32(at, true) !== signature) continue;
    const length = view.getUint16(at + nameLengthAt, true);
    if (strFromU8(zip.subarray(at + nameAt, at + nameAt + length)) === name) found.push(at);
  }
  return found;
};

/** A copy with an entry's header fields overwritten in both its local and its central header. */
export const patchEntry = (
  zip: Uint8Array,
  name: string,
  patch: { size?: number; flags?: number; method?: number },
): Uint8Array => {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const locals = headersOf(out, LOCAL, 30, 26, name);
  const centrals = headersOf(out, CENTRAL, 46, 28, name);
  if (locals.length !== 1 || centrals.length !== 1) throw new Error(`cannot find ${name} once`);
  const [local, central] = [locals[0]!, centrals[0]!];
  if (patch.size !== undefined) {
    view.setUint32(local + 22, patch.size, true);
    view.setUint32(central + 24, patch.size, true);
  }
  if (patch.flags !== undefined) {
    view.setUint16(local + 6, patch.flags, true);
    view.setUint16(central + 8, patch.flags, true);
  }
  if (patch.method !== undefined) {
    view.setUint16(local + 8, patch.method, true);
    view.setUint16(central + 10, patch.method, true);
  }
  return out;
};

/** A copy whose end record claims `count` entries (both the per-disk and the total field). */
export const patchEntryCount = (zip: Uint8Array, count: number): Uint8Array => {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const end = out.length - 22;
  if (view.getUint32(end, true) !== EOCD) throw new Error("end record not at the end");
  view.setUint16(end + 8, count, true);
  view.setUint16(end + 10, count, true);
  return out;
};

/** A minimal zip that claims to be a workbook, with extra parts as given. */
export const fakeWorkbookZip = (parts: Record<string, Uint8Array> = {}, level: 0 | 9 = 9): Uint8Array =>
  zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), ...parts }, { level });
