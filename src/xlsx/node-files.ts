// The only module of src/xlsx that touches the file system (STYLE.md): everything else gets bytes.
import { createHash, randomBytes } from "node:crypto";
import { constants as fsConstants, createWriteStream, existsSync, promises as fs } from "node:fs";
import { basename, dirname, extname, join, resolve, sep } from "node:path";
import type { Writable } from "node:stream";
import type { UnreadableReason } from "../core";

export interface FoundInput {
  /** The path as given, or as found inside a given folder, as text for messages and reports. */
  readonly path: string;
  /**
   * The path to open when its bytes are not valid UTF-8 (a Latin-1 name from an old file server):
   * the bytes of the name are the name, so the file is opened by them, not by a lossy decoding.
   */
  readonly fsPath?: Buffer;
  /** Set when the file cannot be read as a workbook: listed as unreadable with this reason, never skipped silently. */
  readonly unreadable?: UnreadableReason;
}

/** Why an entry of a folder was not read: listed, never silent. */
export type SkipReason = "subfolder" | "not-a-spreadsheet";

export interface InputListing {
  readonly inputs: readonly FoundInput[];
  /** Arguments that name nothing readable (missing path), for a usage error. */
  readonly missing: readonly string[];
  /** Entries of searched folders that are not read, each with the reason. */
  readonly skipped: readonly { readonly path: string; readonly reason: SkipReason }[];
}

/** Workbooks and templates (a template saved with data in it is still the office's table); OpenDocument
 * (LibreOffice) is read through the same reader as Excel's formats. */
const WORKBOOK = new Set([".xlsx", ".xlsm", ".xltx", ".xltm", ".ods", ".fods", ".ots"]);
const OTHER: Readonly<Record<string, UnreadableReason>> = {
  ".xls": "format-xls",
  ".xlt": "format-xls",
  ".xlsb": "format-xlsb",
  ".csv": "format-csv",
  ".tsv": "format-csv",
  ".numbers": "format-numbers",
};

/**
 * Excel's lock files (~$Name.xlsx: a few bytes naming who has the file open) and hidden files and
 * folders (.DS_Store, ._Name.xlsx from macOS, .git) are never office reports. A folder named ~$…
 * is no lock file and is searched like any other.
 */
const ignored = (name: string, isDirectory: boolean): boolean =>
  name.startsWith(".") || (!isDirectory && name.startsWith("~$"));

const classify = (path: string, fsPath?: Buffer): FoundInput | null => {
  const ext = extname(path).toLowerCase();
  const withBytes = fsPath ? { fsPath } : {};
  // A file without an extension may still be a workbook: the sniffer decides and names the reason.
  if (WORKBOOK.has(ext) || ext === "") return { path, ...withBytes };
  const other = Object.hasOwn(OTHER, ext) ? OTHER[ext] : undefined;
  return other ? { path, ...withBytes, unreadable: other } : null;
};

/** A name as text, and its bytes when they are not UTF-8 (decoded as Latin-1 for messages, opened by bytes). */
const entryName = (raw: Buffer): { text: string; bytes?: Buffer } => {
  const utf8 = raw.toString("utf8");
  return Buffer.from(utf8, "utf8").equals(raw) ? { text: utf8 } : { text: raw.toString("latin1"), bytes: raw };
};

const nodeKey = (st: { dev: number; ino: number }): string => `${st.dev}:${st.ino}`;

interface WalkState {
  readonly recursive: boolean;
  readonly found: FoundInput[];
  readonly skipped: { path: string; reason: SkipReason }[];
  /** Folders on the current path (device and inode): a link back to one of them is a loop. */
  readonly ancestors: Set<string>;
}

const walk = async (dir: string, dirBytes: Buffer, state: WalkState): Promise<void> => {
  const entries = await fs.readdir(dirBytes, { withFileTypes: true, encoding: "buffer" });
  for (const e of entries) {
    const name = entryName(e.name as unknown as Buffer);
    const p = join(dir, name.text);
    const pBytes = Buffer.concat([dirBytes, Buffer.from(sep), e.name as unknown as Buffer]);
    const fsPath = name.bytes || dirBytes.toString("utf8") !== dir ? pBytes : undefined;
    // Links are followed: a report saved as a link (or a linked folder of one office) is still a report.
    const st = e.isSymbolicLink() ? await fs.stat(pBytes).catch((err: unknown) => err as NodeJS.ErrnoException) : e;
    if (st instanceof Error) {
      if (!ignored(name.text, false))
        state.found.push({ path: p, ...(fsPath ? { fsPath } : {}), unreadable: reasonForError(st) });
      continue;
    }
    if (ignored(name.text, st.isDirectory())) continue;
    if (st.isDirectory()) {
      if (!state.recursive) {
        state.skipped.push({ path: p, reason: "subfolder" });
        continue;
      }
      const real = await fs.stat(pBytes);
      const key = nodeKey(real);
      if (state.ancestors.has(key)) {
        state.found.push({ path: p, ...(fsPath ? { fsPath } : {}), unreadable: "symlink-loop" });
        continue;
      }
      state.ancestors.add(key);
      await walk(p, pBytes, state);
      state.ancestors.delete(key);
    } else {
      const c = classify(p, fsPath);
      if (c === null) state.skipped.push({ path: p, reason: "not-a-spreadsheet" });
      // Fifos, devices and sockets with a workbook's name are named and never opened.
      else state.found.push(st.isFile() || c.unreadable ? c : { ...c, unreadable: "special-file" });
    }
  }
};

/**
 * Expands files and folders into the inputs to read, sorted by path so that the result never
 * depends on the order the file system lists them in. Duplicates (same file, also through links
 * and hard links) are read once. Every entry of a searched folder is either read, listed as
 * unreadable, or listed as skipped with the reason; only lock files and hidden names are ignored.
 */
export const listInputs = async (
  args: readonly string[],
  options: { recursive?: boolean } = {},
): Promise<InputListing> => {
  const state: WalkState = { recursive: options.recursive ?? false, found: [], skipped: [], ancestors: new Set() };
  const missing: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (stat === null) missing.push(arg);
    else if (stat.isDirectory()) {
      state.ancestors.add(nodeKey(stat));
      await walk(arg, Buffer.from(arg), state);
      state.ancestors.delete(nodeKey(stat));
    } else {
      const c = classify(arg) ?? { path: arg };
      state.found.push(stat.isFile() || c.unreadable ? c : { ...c, unreadable: "special-file" });
    }
  }
  const seen = new Set<string>();
  const unique: FoundInput[] = [];
  for (const i of state.found) {
    const st = i.unreadable ? null : await fs.stat(i.fsPath ?? i.path).catch(() => null);
    const key = st && st.ino !== 0 ? nodeKey(st) : resolve(i.path);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(i);
  }
  unique.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  state.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { inputs: unique, missing, skipped: state.skipped };
};

export type ReadBytesResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: UnreadableReason; detail: string };

/** The reason a file system error gives, so that a missing file is not worded as a permission problem. */
export const reasonForError = (e: unknown): UnreadableReason => {
  switch ((e as NodeJS.ErrnoException).code) {
    case "ENOENT":
    case "ENOTDIR":
      return "not-found";
    case "EACCES":
    case "EPERM":
      return "permission";
    case "EISDIR":
      return "is-directory";
    case "ELOOP":
      return "symlink-loop";
    case "ENAMETOOLONG":
    case "EINVAL":
    case "ERR_INVALID_ARG_VALUE":
    case "ERR_INVALID_ARG_TYPE":
      return "name-invalid";
    default:
      return "io";
  }
};

const READ_CHUNK = 1 << 20;

/**
 * Reads a whole input, but only a regular file and never more than `maxBytes`. A fifo, device or
 * socket named like a workbook is refused (a fifo would block the run, /dev/zero never ends); the
 * file is opened non-blocking so that opening a fifo cannot hang, and checked on the open handle so
 * that a swap after a stat cannot slip through. The limit is counted while reading: `stat` sizes
 * can be 0 (procfs) or change while the file grows.
 */
export const readInputBytes = async (path: string | Buffer, maxBytes: number): Promise<ReadBytesResult> => {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, reason: reasonForError(e), detail: (e as Error).message };
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { ok: false, reason: "is-directory", detail: "directory" };
    if (!stat.isFile())
      return {
        ok: false,
        reason: "special-file",
        detail: stat.isFIFO() ? "fifo" : stat.isSocket() ? "socket" : "device",
      };
    if (stat.size > maxBytes) return { ok: false, reason: "file-too-big", detail: `${stat.size} > ${maxBytes} bytes` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { ok: false, reason: "file-too-big", detail: `> ${maxBytes} bytes` };
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    }
    return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
  } catch (e) {
    return { ok: false, reason: reasonForError(e), detail: (e as Error).message };
  } finally {
    await handle.close();
  }
};

/** Reads a text input (report JSON, plan) through the same guarded path; null bytes are refused. */
export const readInputText = async (
  path: string,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; reason: UnreadableReason; detail: string }> => {
  const read = await readInputBytes(path, maxBytes);
  return read.ok ? { ok: true, text: new TextDecoder("utf-8").decode(read.bytes) } : read;
};

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/**
 * Writes through a temporary file in the same folder and a rename, so a crash or a kill leaves the
 * previous file or none, never half a workbook. The temporary file is removed when anything fails.
 */
export const writeFileAtomic = (path: string, bytes: Uint8Array): Promise<void> =>
  viaTemporaryFile(path, (tmp) => writeNewSynced(tmp, bytes));

/** Creates `tmp` (failing if it exists) and flushes it to disk before the caller links or renames it. */
const writeNewSynced = async (tmp: string, bytes: Uint8Array): Promise<void> => {
  const handle = await fs.open(tmp, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

/** Thrown by writeFileNoReplace when the target exists: the caller picks another name. */
export class TargetExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} exists`);
    this.name = "TargetExistsError";
  }
}

/**
 * Writes a new file, never replacing one: through a temporary file that is hard-linked to the
 * target (which fails if the target exists, even if it appeared a moment ago), then removed. Where
 * hard links are not supported (some network shares), an existence check before the rename.
 */
export const writeFileNoReplace = async (path: string, bytes: Uint8Array): Promise<void> => {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.mkdir(dirname(path), { recursive: true });
    await writeNewSynced(tmp, bytes);
    try {
      await fs.link(tmp, path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw new TargetExistsError(path);
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS" && code !== "EXDEV")
        throw e;
      if (
        await fs.lstat(path).then(
          () => true,
          () => false,
        )
      )
        throw new TargetExistsError(path);
      await fs.rename(tmp, path);
    }
  } finally {
    await fs.rm(tmp, { force: true });
  }
};

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
      await Promise.race([
        produce(out).then(() => (out.writableFinished ? undefined : new Promise<void>((done) => out.end(done)))),
        failed,
      ]);
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

export const writeTextAtomic = (path: string, text: string): Promise<void> =>
  writeFileAtomic(path, new TextEncoder().encode(text));

export const readTextFile = (path: string): Promise<string> => fs.readFile(path, "utf8");

/** `path` if a file is there (a worker script beside the program), else null. */
export const presentFile = (path: string): string | null => (existsSync(path) ? path : null);
