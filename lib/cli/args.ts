import { parseArgs } from 'node:util';

/** Command-line arguments split into positionals and the named options a command accepts. */
export interface ParsedArgs {
  positionals: string[];
  /** Value of each string option given; true for each flag given. */
  options: Record<string, string | boolean | undefined>;
}

/**
 * Parses the arguments after the command name. `strings` are options taking a value
 * (--slug wuzhou-2024), `flags` options without one (--draft). Returns a message in Chinese
 * instead of throwing when an option is unknown or lacks its value.
 */
export function readArgs(
  args: readonly string[],
  strings: readonly string[] = [],
  flags: readonly string[] = [],
): ParsedArgs | { error: string } {
  const options = Object.fromEntries([
    ...strings.map((name) => [name, { type: 'string' as const }]),
    ...flags.map((name) => [name, { type: 'boolean' as const }]),
  ]);
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    const values: ParsedArgs['options'] = {};
    for (const [name, value] of Object.entries(parsed.values)) {
      if (typeof value === 'string' || typeof value === 'boolean') values[name] = value;
    }
    return { positionals: parsed.positionals, options: values };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? '';
    if (strings.some((name) => option === `--${name}`)) return { error: `参数 ${option} 后面缺少取值，例如 ${option} 值` };
    const known = [...strings, ...flags].map((name) => `--${name}`).join('、') || '无';
    return { error: `无法识别参数 ${option}：可用的参数为 ${known}` };
  }
}

/** The string value of an option, or undefined. */
export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.options[name];
  return typeof value === 'string' ? value : undefined;
}
