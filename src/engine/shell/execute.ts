// Finding and running a command by name: the subset's commands, shell scripts on the file
// system (a ConfigMap-mounted `run.sh` with a shell #! line), and anything else runs forever.
import { commandName, unsupportedCommandMessage } from './commandNames';
import { COMMANDS } from './commands';
import { runScriptText } from './commands/run';
import type { Io } from './io';
import { ForeverSignal } from './signals';
import { resolvePath, type Run, type ShellState } from './state';

const SHELL_SCRIPT = /^#!\s*\S*\/(?:env\s+)?(?:sh|bash|ash|dash)\b/;

/** Runs an argv as a command; `shellIo` is the io before the command's own redirections. */
export function* execute(state: ShellState, argv: string[], io: Io, offset: number, shellIo: Io = io, asCommand = false): Run {
  const started = startCommand(state, argv, io, offset, shellIo, asCommand);
  return typeof started === 'number' ? started : yield* started;
}

/** execute without a generator of its own: the status of a command that is already done (most builtins), or its run. */
export function startCommand(state: ShellState, argv: string[], io: Io, offset: number, shellIo: Io = io, asCommand = false): number | Run {
  const [word, ...args] = argv;
  if (word === undefined) return 0;
  // The shell's own commands find its functions first, before its builtins (ash.c › find_command);
  // `env`, `exec` and `timeout` run programs, never functions. No special builtin can be one.
  const definition = asCommand ? state.functions?.get(word) : undefined;
  if (definition) return state.interp.callFunction(state, definition, args, io);
  const name = commandName(word);
  const impl = name === undefined ? undefined : COMMANDS[name];
  if (name !== undefined && impl !== undefined) return impl({ name, args, io, shellIo, state, offset, asCommand });
  const script = scriptAt(state, word);
  if (script !== undefined) return runScriptText(state, script, word, args, io);
  throw new ForeverSignal({ message: unsupportedCommandMessage(word), offset });
}

/** The text of a shell script at `word` when it is a path to one. */
export function scriptAt(state: ShellState, word: string): string | undefined {
  if (!word.includes('/')) return undefined;
  const text = state.host.fs.read(resolvePath(state, word));
  return text !== undefined && SHELL_SCRIPT.test(text) ? text : undefined;
}
