// The only module of src/xlsx that touches the file system (STYLE.md): everything else gets bytes.
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream, promises as fs } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import type { UnreadableReason } from "../core";

export interface FoundInput {
  /** The path as given, or as found inside a given folder. */
  readonly path: string;
  /** Set when the file is a spreadsheet of another format: listed as unreadable, never skipped silently. */
  readonly otherFormat?: UnreadableReason;
}

export interface InputListing {
  readonly inputs: readonly FoundInput[];
  /** Arguments that name nothing readable (missing path), for a usage error. */
  readonly missing: readonly string[];
}

// OpenDocument (LibreOffice) is read through the same reader as Excel's formats (issue 17).
const WORKBOOK = new Set([".xlsx", ".xlsm", ".ods", ".fods"]);
const OTHER: Readonly<Record<string, UnreadableReason>> = {
  ".xls": "format-xls",
  ".xlsb": "format-xlsb",
  ".csv": "format-csv",
  ".numbers": "format-numbers",
};

/** Excel's lock files (~$Name.xlsx) and hidden files are never office reports. */
const ignored = (name: string): boolean => name.startsWith("~$") || name.startsWith(".");

const classify = (path: string): FoundInput | null => {
  const ext = extname(path).toLowerCase();
  if (WORKBOOK.has(ext)) return { path };
  const other = Object.hasOwn(OTHER, ext) ? OTHER[ext] : undefined;
  return other ? { path, otherFormat: other } : null;
};

const walk = async (dir: string, recursive: boolean): Promise<FoundInput[]> => {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const found: FoundInput[] = [];
  for (const e of entries) {
    if (ignored(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (recursive) found.push(...(await walk(p, recursive)));
    } else if (e.isFile()) {
      const c = classify(p);
      if (c) found.push(c);
    }
  }
  return found;
};

/**
 * Expands files and folders into the inputs to read, sorted by path so that the result never
 * depends on the order the file system lists them in. Duplicates (same real path) are read once.
 */
export const listInputs = async (args: readonly string[], options: { recursive?: boolean } = {}): Promise<InputListing> => {
  const inputs: FoundInput[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (stat === null) missing.push(arg);
    else if (stat.isDirectory()) inputs.push(...(await walk(arg, options.recursive ?? false)));
    else inputs.push(classify(arg) ?? { path: arg });
  }
  const seen = new Set<string>();
  const unique = inputs.filter((i) => {
    const key = resolve(i.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { inputs: unique, missing };
};

/** Reads a whole input, refusing files over the limit before reading them. */
export const readInputBytes = async (path: string, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: UnreadableReason; detail: string }> => {
  try {
    const stat = await fs.stat(path);
    if (stat.size > maxBytes) return { ok: false, reason: "file-too-big", detail: `${stat.size} > ${maxBytes} bytes` };
    return { ok: true, bytes: new Uint8Array(await fs.readFile(path)) };
  } catch (e) {
    return { ok: false, reason: "io", detail: (e as Error).message };
  }
};

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/**
 * Writes through a temporary file in the same folder and a rename, so a crash or a kill leaves the
 * previous file or none, never half a workbook. The temporary file is removed when anything fails.
 */
export const writeFileAtomic = (path: string, bytes: Uint8Array): Promise<void> =>
  viaTemporaryFile(path, async (tmp) => {
    const handle = await fs.open(tmp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });

/**
 * The same guarantee as writeFileAtomic for output produced as a stream (too large to hold as one
 * buffer): `produce` writes into the temporary file and ends the stream; only then is it synced
 * and renamed. A failure of either side removes the temporary file and rethrows.
 */
export const writeStreamAtomic = (path: string, produce: (out: Writable) => Promise<void>): Promise<void> =>
  viaTemporaryFile(path, async (tmp) => {
    const out = createWriteStream(tmp, { flags: "wx", highWaterMark: 1 << 20 });
    const closed = new Promise<void>((done) => out.once("close", done));
    // A write error (disk full) must end the wait even if the producer never hears of it.
    const failed = new Promise<never>((_, reject) => out.once("error", reject));
    failed.catch(() => undefined);
    try {
      await Promise.race([produce(out).then(() => (out.writableFinished ? undefined : new Promise<void>((done) => out.end(done)))), failed]);
      await Promise.race([closed, failed]);
    } catch (e) {
      out.destroy();
      await closed;
      throw e;
    }
    // fsync applies to the file, whichever descriptor asks: the stream has closed its own.
    const handle = await fs.open(tmp, "r+");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });

/** Runs `fill` on a fresh temporary file beside `path`, then renames it over `path`; removes it on any failure. */
const viaTemporaryFile = async (path: string, fill: (tmp: string) => Promise<void>): Promise<void> => {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.mkdir(dirname(path), { recursive: true });
    await fill(tmp);
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
};

export const samePath = (a: string, b: string): boolean => resolve(a) === resolve(b);

export const writeTextAtomic = (path: string, text: string): Promise<void> => writeFileAtomic(path, new TextEncoder().encode(text));

export const readTextFile = (path: string): Promise<string> => fs.readFile(path, "utf8");
