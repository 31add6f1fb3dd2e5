import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ISSUES, type IssueCode } from "../../../src/core";
import { ISSUE_OWNERS } from "../../../src/core/issues/owners";
import { RULES } from "../../../src/core/rules/catalogue";

const SRC = join(__dirname, "../../../src");
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
const sources = walk(SRC)
  .filter((f) => !f.includes("/core/issues/"))
  .map((f) => ({ file: relative(SRC, f), text: readFileSync(f, "utf8") }));

// Where an issue is made: a constructor called with the code, or the code a choice list reports.
const EMIT =
  /(?:problem|makeIssue|fileIssue|sheetIssue|fail)\(\s*"([a-z]+\/[a-z0-9-]+)"|unknownCode: "([a-z]+\/[a-z0-9-]+)"/g;
const emitters = new Map<string, Set<string>>();
for (const { file, text } of sources)
  for (const m of text.matchAll(EMIT)) {
    const code = (m[1] ?? m[2])!;
    emitters.set(code, (emitters.get(code) ?? new Set()).add(file));
  }

const ruleOf = new Map<string, string[]>();
for (const rule of Object.values(RULES))
  for (const code of rule.codes) ruleOf.set(code, [...(ruleOf.get(code) ?? []), rule.id]);
const ruleModules = (id: string) =>
  sources.filter((s) => s.file.startsWith("core/rules/") && s.text.includes(`id: "${id}"`)).map((s) => s.file);

const codes = Object.keys(ISSUES) as IssueCode[];

describe("every issue code has exactly one owner", () => {
  it.each(codes)("%s", (code) => {
    const rules = ruleOf.get(code) ?? [];
    const step = (ISSUE_OWNERS as Partial<Record<IssueCode, { modules: readonly string[] }>>)[code];
    // One owner: one rule, or one step, never both, never none.
    expect(rules.length + (step ? 1 : 0)).toBe(1);
    const modules = step ? step.modules : ruleModules(rules[0]!);
    expect(modules.length).toBeGreaterThan(0);
    const made = [...(emitters.get(code) ?? [])];
    // It is made somewhere, and only inside its owner's modules.
    expect(made.length).toBeGreaterThan(0);
    expect(made.filter((f) => !modules.some((m) => f === m || (m.endsWith("/") && f.startsWith(m))))).toEqual([]);
  });

  it("knows no code outside the catalogue", () => {
    expect([...ruleOf.keys(), ...Object.keys(ISSUE_OWNERS)].filter((c) => !(c in ISSUES))).toEqual([]);
    expect([...emitters.keys()].filter((c) => !(c in ISSUES))).toEqual([]);
  });
});
