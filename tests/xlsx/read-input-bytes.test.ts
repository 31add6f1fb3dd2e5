import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputBytes, reasonForError } from "../../src/xlsx/node";

// Issue 19, items 3 and 5: only regular files, a limit counted while reading, exact reasons.
describe("readInputBytes", () => {
  const dir = mkdtempSync(join(tmpdir(), "read-bytes-"));

  it.each([
    ["a missing file", () => join(dir, "fehlt.xlsx"), "not-found"],
    ["a folder", () => dir, "is-directory"],
    ["a character device", () => "/dev/zero", "special-file"],
    ["a name with a NUL byte", () => join(dir, "a\u0000b.xlsx"), "name-invalid"],
    [
      "a procfs file whose stat size is 0 but whose content is over the limit",
      () => "/proc/self/status",
      "file-too-big",
    ],
  ])("%s", async (_name, path, reason) => {
    const r = await readInputBytes(path(), 16);
    expect(r.ok ? "ok" : r.reason).toBe(reason);
  });

  it("reads a regular file up to the limit", async () => {
    writeFileSync(join(dir, "klein.xlsx"), "PK12345678");
    const r = await readInputBytes(join(dir, "klein.xlsx"), 10);
    expect(r.ok && Buffer.from(r.bytes).toString()).toBe("PK12345678");
  });

  it.each([
    ["ENOENT", "not-found"],
    ["ENOTDIR", "not-found"],
    ["EACCES", "permission"],
    ["EPERM", "permission"],
    ["EISDIR", "is-directory"],
    ["ELOOP", "symlink-loop"],
    ["ENAMETOOLONG", "name-invalid"],
    ["EIO", "io"],
    ["EBUSY", "io"],
  ])("%s is worded as %s", (code, reason) => {
    expect(reasonForError(Object.assign(new Error(code), { code }))).toBe(reason);
  });
});
