import { parseLinkedMasterOption } from "./linked-master";
import { promises as fs } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "./cli-error";

/** A path with the words that name it in a message ("--master", "Eingabe"). */
export interface NamedPath {
  readonly role: string;
  readonly path: string;
  /** The bytes to open when the name is not UTF-8 (see FoundInput.fsPath). */
  readonly fsPath?: Buffer;
}

/** The reference inputs a command names by option, for the clash check. */
export const referenceInputs = (args: {
  master?: string;
  previous?: string;
  planFile?: string;
  linkedMasters?: readonly string[];
}): NamedPath[] => [
  ...(args.master ? [{ role: "--master", path: args.master }] : []),
  ...(args.linkedMasters ?? []).map((o) => ({ role: "--linked-master", path: parseLinkedMasterOption(o).file })),
  ...(args.previous ? [{ role: "--previous", path: args.previous }] : []),
  ...(args.planFile ? [{ role: "--plan", path: args.planFile }] : []),
];

interface Identity {
  /** The real path: links resolved, for a file that does not exist yet its folder's real path. */
  readonly real: string;
  /** Device and inode of an existing file: the same file under two names (hard link, other case). */
  readonly node: string | null;
}

/** The real path of a folder that may not exist yet: the nearest existing ancestor resolved, the rest appended. */
const realFolder = async (dir: string): Promise<string> => {
  try {
    return await fs.realpath(dir);
  } catch {
    const parent = dirname(dir);
    return parent === dir ? dir : join(await realFolder(parent), basename(dir));
  }
};

const identify = async (p: NamedPath): Promise<Identity> => {
  const abs = p.fsPath ?? resolve(p.path);
  const st = await fs.stat(abs).catch(() => null);
  // Some file systems (FAT, some shares) report inode 0 for every file: then the path alone decides.
  const node = st && st.ino !== 0 ? `${st.dev}:${st.ino}` : null;
  const real = await fs.realpath(abs).then(
    (r) => r.toString(),
    async () => join(await realFolder(dirname(resolve(p.path))), basename(p.path)),
  );
  return { real, node };
};

const same = (a: Identity, b: Identity): boolean => a.real === b.real || (a.node !== null && a.node === b.node);

/**
 * The one rule for every command that writes: no output may be any input (through a link, a hard
 * link, another spelling of the path, or another case on a case-insensitive disk: all of these
 * stat to the same device and inode), and no two outputs the same file. Checked before anything is
 * read or written; a clash is a usage error naming both.
 */
export const refuseClashes = async (outputs: readonly NamedPath[], inputs: readonly NamedPath[]): Promise<void> => {
  const outs = await Promise.all(outputs.map(async (o) => ({ o, id: await identify(o) })));
  for (const input of inputs) {
    const id = await identify(input);
    for (const out of outs)
      if (same(out.id, id))
        throw new CliError(
          `${out.o.role} ${out.o.path} ist dieselbe Datei wie ${input.role} ${input.path}; Eingaben werden nie überschrieben. Bitte einen anderen Ausgabenamen wählen.`,
        );
  }
  // Outputs that do not exist yet have no inode: compare their paths as a case-insensitive disk would.
  for (const [i, a] of outs.entries())
    for (const b of outs.slice(i + 1))
      if (same(a.id, b.id) || a.id.real.toLowerCase() === b.id.real.toLowerCase())
        throw new CliError(`${a.o.role} ${a.o.path} und ${b.o.role} ${b.o.path} nennen dieselbe Datei.`);
};

/** True when `folder` is, through any link, the same folder as one of `folders`. */
export const sameFolderAsAny = async (folder: string, folders: readonly string[]): Promise<string | null> => {
  const target = await identify({ role: "", path: folder });
  for (const f of folders) if (same(target, await identify({ role: "", path: f }))) return f;
  return null;
};
