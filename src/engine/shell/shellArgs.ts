// The command line of `sh`/`bash`: options, `-c SCRIPT [ARG0 [ARGS...]]` or `FILE [ARGS...]`.

/** What `sh ARGS` asks for; indexes point into the argument list given to parseShellArgs. */
export interface ShellArgs {
  command?: { text: string; index: number };
  file?: { path: string; index: number };
  arg0?: string;
  positional: string[];
  errexit: boolean;
  xtrace: boolean;
  error?: string;
}

/** Reads a shell's arguments starting at `start` (just after the shell's own name). */
export function parseShellArgs(args: string[], start: number): ShellArgs {
  const result: ShellArgs = { positional: [], errexit: false, xtrace: false };
  let withCommand = false;
  let i = start;
  for (; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--' || arg === '-') {
      i++;
      break;
    }
    if (arg === '-o' || arg === '+o') {
      const name = args[++i];
      if (name === 'errexit') result.errexit = arg === '-o';
      if (name === 'xtrace') result.xtrace = arg === '-o';
      continue;
    }
    if (arg.startsWith('--')) continue;
    if (!/^[-+][A-Za-z]+$/.test(arg)) break;
    for (const c of arg.slice(1)) {
      if (c === 'c') withCommand = true;
      if (c === 'e') result.errexit = arg.startsWith('-');
      if (c === 'x') result.xtrace = arg.startsWith('-');
    }
  }
  const first = args[i];
  if (withCommand) {
    if (first === undefined) return { ...result, error: '-c requires an argument' };
    return { ...result, command: { text: first, index: i }, arg0: args[i + 1], positional: args.slice(i + 2) };
  }
  if (first === undefined) return result;
  return { ...result, file: { path: first, index: i }, arg0: first, positional: args.slice(i + 1) };
}

/** Whether a command word names a shell (`sh`, `/bin/bash`, ...). */
export function isShellName(word: string): boolean {
  return /^(\/usr)?(\/local)?(\/s?bin\/)?(sh|bash|ash|dash)$/.test(word);
}
