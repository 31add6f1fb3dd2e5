// Commands as data: a command is a name, its arguments and its options, and the types of the values its
// action receives come from that declaration. Adding an option is one entry; a typo in its name, or
// reading a flag as text, is a compile error instead of a silent `undefined`.
import { type Command, Option } from "commander";

/** An option taking a value (`--out <datei>`); required ones are never undefined. */
export interface ValueOption {
  readonly kind: "value";
  readonly flags: string;
  readonly description: string;
  readonly required?: boolean;
}

/** A switch (`--json`): false unless given. */
export interface FlagOption {
  readonly kind: "flag";
  readonly flags: string;
  readonly description: string;
}

/** An option that may be given more than once (`--linked-master a=x --linked-master b=y`): every value, in order; none is []. */
export interface RepeatedOption {
  readonly kind: "repeated";
  readonly flags: string;
  readonly description: string;
}

export type OptionSpec = ValueOption | FlagOption | RepeatedOption;

export interface ArgumentSpec {
  readonly name: string;
  readonly description?: string;
  /** Takes every remaining word (files and folders). */
  readonly variadic?: boolean;
}

type OptionValue<S extends OptionSpec> = S extends FlagOption
  ? boolean
  : S extends RepeatedOption
    ? readonly string[]
    : S extends { readonly required: true }
      ? string
      : string | undefined;

export type OptionValues<O extends Readonly<Record<string, OptionSpec>>> = {
  readonly [K in keyof O]: OptionValue<O[K]>;
};

export type ArgumentValues<A extends readonly ArgumentSpec[]> = {
  readonly [I in keyof A]: A[I] extends { readonly variadic: true } ? string[] : string;
};

export interface CommandSpec<A extends readonly ArgumentSpec[], O extends Readonly<Record<string, OptionSpec>>, C> {
  readonly name: string;
  readonly description: string;
  readonly arguments: A;
  readonly options: O;
  /**
   * Runs the command with its parsed words; returns the exit code. A method, not a function property:
   * its parameter is then bivariant, so every declared command fits `AnyCommandSpec` in one list.
   */
  run(input: {
    readonly args: ArgumentValues<A>;
    readonly options: OptionValues<O>;
    readonly context: C;
  }): Promise<number>;
}

/** Any declared command that runs with context C. */
export type AnyCommandSpec<C> = CommandSpec<readonly ArgumentSpec[], Readonly<Record<string, OptionSpec>>, C>;

/**
 * Declares commands that run with context C. Curried so that C is named once while TypeScript infers the
 * literal types of each command's arguments and options.
 */
export const commandsWith =
  <C>() =>
  <const A extends readonly ArgumentSpec[], const O extends Readonly<Record<string, OptionSpec>>>(
    spec: CommandSpec<A, O, C>,
  ): CommandSpec<A, O, C> =>
    spec;

export const valueOption = (flags: string, description: string): ValueOption => ({ kind: "value", flags, description });
export const requiredOption = (flags: string, description: string) =>
  ({ kind: "value", flags, description, required: true }) as const;
export const flagOption = (flags: string, description: string): FlagOption => ({ kind: "flag", flags, description });
export const repeatedOption = (flags: string, description: string): RepeatedOption => ({
  kind: "repeated",
  flags,
  description,
});

/** The same shared option with a description that fits this command. */
export const describedAs = <S extends OptionSpec>(spec: S, description: string): S => ({ ...spec, description });

const commanderOption = (spec: OptionSpec): Option => {
  const option = new Option(spec.flags, spec.description);
  if (spec.kind === "flag") option.default(false);
  // Each occurrence adds its value; a new array each time, so no run shares the default's.
  if (spec.kind === "repeated")
    option.argParser((value: string, before: readonly string[]) => [...before, value]).default([]);
  if (spec.kind === "value" && spec.required === true) option.makeOptionMandatory();
  return option;
};

/**
 * Adds a declared command to a commander program. Values are read back by each option's own attribute
 * name, so the key in the declaration may differ from commander's camel-cased flag.
 */
export const addCommand = <A extends readonly ArgumentSpec[], O extends Readonly<Record<string, OptionSpec>>, C>(
  program: Command,
  spec: CommandSpec<A, O, C>,
  context: C,
  setExit: (code: number) => void,
): void => {
  const command = program.command(spec.name).description(spec.description);
  for (const a of spec.arguments) command.argument(a.variadic ? `<${a.name}...>` : `<${a.name}>`, a.description ?? "");
  const declared = Object.entries(spec.options).map(([key, s]) => ({ key, option: commanderOption(s) }));
  for (const d of declared) command.addOption(d.option);
  command.action(async (...words: unknown[]) => {
    const args = words.slice(0, spec.arguments.length) as unknown as ArgumentValues<A>;
    const parsed = command.opts<Record<string, unknown>>();
    const options = Object.fromEntries(declared.map((d) => [d.key, parsed[d.option.attributeName()]]));
    setExit(await spec.run({ args, options: options as OptionValues<O>, context }));
  });
};
