import { Command } from "commander";
import {
  addCommand,
  commandsWith,
  flagOption,
  repeatedOption,
  requiredOption,
  valueOption,
} from "../../src/cli/command-spec";
import { COMMANDS } from "../../src/cli/commands";
import { cli } from "../helpers/run-cli";

const declare = commandsWith<{ readonly seen: unknown[] }>();

const parse = async (words: string[]) => {
  const context = { seen: [] as unknown[] };
  const probe = declare({
    name: "probe",
    description: "test",
    arguments: [{ name: "first" }, { name: "rest", variadic: true }],
    options: {
      out: requiredOption("--out <datei>", "Ausgabe"),
      // The key differs from commander's attribute name ("businessArea" vs "geschaeftsbereich").
      businessArea: valueOption("--geschaeftsbereich <name>", "Geschäftsbereich"),
      json: flagOption("--json", "JSON"),
    },
    run: async ({ args: [first, rest], options, context: c }) => {
      c.seen.push({ first, rest, ...options });
      return 7;
    },
  });
  let exit = -1;
  const program = new Command("t").exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  addCommand(program, probe, context, (code) => (exit = code));
  await program.parseAsync(["node", "t", "probe", ...words]);
  return { exit, seen: context.seen };
};

describe("commands declared as data", () => {
  it("hands the action typed values under the declared keys, flags false unless given", async () => {
    const r = await parse(["a", "b", "c", "--out", "x.xlsx", "--geschaeftsbereich", "GB 1"]);
    expect(r.exit).toBe(7);
    expect(r.seen).toEqual([{ first: "a", rest: ["b", "c"], out: "x.xlsx", businessArea: "GB 1", json: false }]);
    const withFlag = await parse(["a", "b", "--out", "x.xlsx", "--json"]);
    expect(withFlag.seen).toEqual([{ first: "a", rest: ["b"], out: "x.xlsx", businessArea: undefined, json: true }]);
  });

  it("collects an option given more than once, in order; none given is an empty list", async () => {
    const seen: unknown[] = [];
    const repeated = declare({
      name: "links",
      description: "test",
      arguments: [],
      options: { link: repeatedOption("--link <plan=datei>", "Bezug") },
      run: async ({ options, context: c }) => {
        const links: readonly string[] = options.link;
        c.seen.push(links);
        return 0;
      },
    });
    for (const words of [["--link", "a=x.xlsx", "--link", "b=y.xlsx"], []]) {
      const program = new Command("t").exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
      addCommand(program, repeated, { seen }, () => {});
      await program.parseAsync(["node", "t", "links", ...words]);
    }
    expect(seen).toEqual([["a=x.xlsx", "b=y.xlsx"], []]);
  });

  it("refuses a missing required option before the action runs", async () => {
    await expect(parse(["a", "b"])).rejects.toThrow(/--out/);
  });

  it("declares shared options once: the same flag means the same in every command", () => {
    const byFlag = new Map<string, Set<string>>();
    for (const c of COMMANDS)
      for (const o of Object.values(c.options)) {
        const kinds = byFlag.get(o.flags) ?? new Set<string>();
        kinds.add(o.kind);
        byFlag.set(o.flags, kinds);
      }
    const inconsistent = [...byFlag].filter(([, kinds]) => kinds.size > 1).map(([flag]) => flag);
    expect(inconsistent).toEqual([]);
    const plans = COMMANDS.map((c) => c.options.plan?.description);
    expect(new Set(plans).size).toBe(1);
  });

  it("lists every declared option of every command in its --help", async () => {
    for (const c of COMMANDS) {
      const r = await cli([c.name, "--help"]);
      expect(r.code).toBe(0);
      for (const o of Object.values(c.options)) expect(r.stdout).toContain(o.flags.split(" ")[0]!);
    }
  });
});
