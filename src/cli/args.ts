// Argument parsing shared by the commands: FILE, options that take a value, flags, and seconds or
// Go durations (`90`, `1.5`, `2m`).
import { parseGoDuration } from '../engine/manifest/duration';

/** A command line split into its file, valued options and flags. */
export interface ParsedArgs {
  file?: string;
  values: Record<string, string>;
  flags: Set<string>;
}

/** Splits `args`; an error names the argument in the words the commands print before their usage. */
export function parseArgs(args: string[], valued: readonly string[], flags: readonly string[] = []): ParsedArgs | { error: string } {
  const parsed: ParsedArgs = { values: {}, flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (flags.includes(a)) parsed.flags.add(a);
    else if (valued.includes(a)) {
      const v = args[++i];
      if (v === undefined) return { error: `${a} needs a value` };
      parsed.values[a] = v;
    } else if (a.startsWith('-')) return { error: `unknown option ${a}` };
    else if (parsed.file === undefined) parsed.file = a;
    else return { error: `unexpected argument ${a}` };
  }
  return parsed;
}

/** Seconds (`90`, `1.5`) or a Go duration (`2m`) in ms; undefined when absent or not a duration. */
export function parseSeconds(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  return /^\d+(\.\d+)?$/.test(v) ? Math.round(Number(v) * 1000) : parseGoDuration(v);
}
