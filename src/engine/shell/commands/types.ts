// What a command implementation receives and returns.
import type { Io } from '../io';
import { ForeverSignal } from '../signals';
import type { Run, ShellState } from '../state';

/** One invocation: the name it was called by, its operands, streams and the shell. */
export interface CommandCall {
  name: string;
  args: string[];
  io: Io;
  /** The streams before this command's own redirections (`exec >f` makes its redirections permanent here). */
  shellIo: Io;
  state: ShellState;
  offset: number;
  /** Run by the shell's command loop, which stops at `ShellState.exiting` (only `exit` looks at it). */
  asCommand?: boolean;
}

/** A command returns its exit status directly, or a generator when it may wait on simulated time. */
export type CommandImpl = (call: CommandCall) => number | Run;

/** Writes `message` and a newline to stderr and returns `status`. */
export function fail(call: CommandCall, message: string, status = 1): number {
  call.io.err.write(`${message}\n`);
  return status;
}

/** Parsed command-line options. */
export interface Options {
  flags: Set<string>;
  values: Map<string, string>;
  /** Every option value in the order given, as [name, value] (`grep -e A -e B`); `values` keeps the last of each. */
  given: [string, string][];
  operands: string[];
  /** The first option that takes a value but ended the arguments without one (its value reads as ''). */
  missing?: string;
}

/**
 * Reads short options (combined like `-rf`), options taking a value (listed in `withValue`, as
 * `-O file` or `-Ofile`) and long options mapped to short ones in `long` (`--fail` -> `f`,
 * `--output=F`). A long option mapped to `=NAME` takes a value stored under NAME. Unknown long
 * options are kept as flags under their own name.
 */
export function parseOptions(args: string[], withValue = '', long: Record<string, string> = {}): Options {
  const options: Options = { flags: new Set(), values: new Map(), given: [], operands: [] };
  const setValue = (name: string, value: string): void => {
    options.values.set(name, value);
    options.given.push([name, value]);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      options.operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s);
      const short = long[name] ?? name;
      if (short.startsWith('=')) setValue(short.slice(1), inline ?? args[++i] ?? '');
      else if (withValue.includes(short) && short.length === 1) setValue(short, inline ?? args[++i] ?? '');
      else options.flags.add(short);
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      options.operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j] ?? '';
      if (withValue.includes(c)) {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
        if (value === undefined) options.missing ??= c;
        setValue(c, value ?? '');
        break;
      }
      options.flags.add(c);
    }
  }
  return options;
}

/** The warning for an option the subset does not implement: the process runs on, as for an unsupported command. */
export function unsupportedOption(call: Pick<CommandCall, 'name' | 'offset'>, option: string): ForeverSignal {
  return new ForeverSignal({ message: `${call.name} ${option} is not supported: the container runs forever from here`, offset: call.offset });
}

/**
 * parseOptions for a command that implements only the short options in `supported` (plus those
 * taking a value, in `withValue`) and the long options in `long`. Any other option throws the
 * run-forever warning: an option silently ignored would print output busybox never prints.
 */
export function parseSupported(call: CommandCall, supported: string, withValue = '', long: Record<string, string> = {}): Options {
  const options = parseOptions(call.args, withValue, long);
  const longTargets = new Set(Object.values(long));
  for (const flag of options.flags) {
    if (flag.length === 1 ? !supported.includes(flag) : !longTargets.has(flag)) throw unsupportedOption(call, flag.length === 1 ? `-${flag}` : `--${flag}`);
  }
  return options;
}

/** A text's lines, without the empty one after a final newline. */
export function lines(text: string): string[] {
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
}
