// The command line of `sh`/`bash`: options, `-c SCRIPT [ARG0 [ARGS...]]` or `FILE [ARGS...]`.
import { defaultOptions, OPTION_LETTERS, OPTION_NAMES, type ShellOptions } from './state';

/** What `sh ARGS` asks for; indexes point into the argument list given to parseShellArgs. */
export interface ShellArgs {
  command?: { text: string; index: number };
  file?: { path: string; index: number };
  arg0?: string;
  positional: string[];
  /** The `set` options given (`-e`, `-u`, `-o pipefail`...); letters and names it does not know are passed over. */
  options: ShellOptions;
  error?: string;
}

/** Reads a shell's arguments starting at `start` (just after the shell's own name). */
export function parseShellArgs(args: string[], start: number): ShellArgs {
  const result: ShellArgs = { positional: [], options: defaultOptions() };
  const setName = (name: string | undefined, on: boolean) => {
    const option = OPTION_NAMES.find((n) => n === name);
    if (option) result.options[option] = on;
  };
  let withCommand = false;
  let i = start;
  for (; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--' || arg === '-') {
      i++;
      break;
    }
    if (arg === '-o' || arg === '+o') {
      setName(args[++i], arg === '-o');
      continue;
    }
    if (arg.startsWith('--')) continue;
    if (!/^[-+][A-Za-z]+$/.test(arg)) break;
    for (const c of arg.slice(1)) {
      if (c === 'c') withCommand = true;
      // `-euo pipefail`: an `o` takes the next argument as an option's name.
      else if (c === 'o') setName(args[++i], arg.startsWith('-'));
      else {
        const option = OPTION_LETTERS[c];
        if (option) result.options[option] = arg.startsWith('-');
      }
    }
  }
  result.options.command = withCommand;
  // Fields are assigned rather than spread into a new object: V8's spread path is slow here and
  // this runs at every container start.
  const first = args[i];
  if (withCommand) {
    if (first === undefined) {
      result.error = '-c requires an argument';
      return result;
    }
    result.command = { text: first, index: i };
    const arg0 = args[i + 1];
    if (arg0 !== undefined) result.arg0 = arg0;
    result.positional = args.slice(i + 2);
    return result;
  }
  if (first === undefined) return result;
  result.file = { path: first, index: i };
  result.arg0 = first;
  result.positional = args.slice(i + 1);
  return result;
}

/** Whether a command word names a shell (`sh`, `/bin/bash`, ...). */
export function isShellName(word: string): boolean {
  return /^(\/usr)?(\/local)?(\/s?bin\/)?(sh|bash|ash|dash)$/.test(word);
}
