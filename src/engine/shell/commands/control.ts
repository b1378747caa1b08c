// Builtins that steer the shell: exit, sleep, variables and options, loops, jobs, traps, exec.
import { waitJobs } from '../jobs';
import { ExitSignal, ForeverSignal, LoopSignal, ReturnSignal } from '../signals';
import { OPTION_LETTERS, OPTION_NAMES, resolvePath, type Run, sleepFor } from '../state';
import { killCommand, trapCommand } from '../traps';
import { type CommandCall, type CommandImpl, fail, unsupportedOption } from './types';

/** `sleep` operands: seconds with optional decimals and an s/m/h/d suffix; undefined when invalid. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(text);
  if (!match) return undefined;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] ?? ''] ?? 1;
  return Math.round(Number(match[1]) * unit * 1e6) / 1e3;
}

function* sleep(call: CommandCall): Run {
  if (call.args.length === 0) return fail(call, 'sleep: missing operand');
  let ms = 0;
  for (const arg of call.args) {
    if (arg === 'infinity' || arg === 'inf') throw new ForeverSignal();
    const value = parseDuration(arg);
    if (value === undefined) return fail(call, `sleep: invalid number '${arg}'`);
    ms += value;
  }
  yield* sleepFor(call.state, ms);
  return 0;
}

function exit(call: CommandCall): number {
  const arg = call.args[0];
  // Inside a trap action a bare `exit` keeps the status from before the action (ash.c › exitcmd, savestatus).
  let code = arg === undefined ? call.state.proc.savedStatus ?? call.state.status : Number(arg) % 256;
  if (arg !== undefined && !/^\d+$/.test(arg)) {
    call.io.err.write(`sh: exit: Illegal number: ${arg}\n`);
    code = 2;
  }
  // `exit` reports itself as the last command here: the command loop notes no command that ends the shell.
  const note = call.state.host.noteCommand;
  if (note) note(['exit'].concat(call.args), code);
  if (call.asCommand) {
    call.state.exiting = code;
    return code;
  }
  throw new ExitSignal(code);
}

/**
 * `return [N]` (ash.c › returncmd): ends the function being run with N, or with the status of the
 * last command; outside a function (or in a subshell of one) it ends the shell as `exit` does.
 */
function returnCommand(call: CommandCall): number {
  const arg = call.args[0];
  if (arg !== undefined && !/^\d+$/.test(arg)) {
    // An error in a special builtin ends the shell.
    call.io.err.write(`sh: return: Illegal number: ${arg}\n`);
    throw new ExitSignal(2);
  }
  const code = arg === undefined ? call.state.status : Number(arg) % 256;
  if (call.state.frame?.returns) throw new ReturnSignal(code);
  if (call.asCommand) {
    call.state.exiting = code;
    return code;
  }
  throw new ExitSignal(code);
}

/**
 * `local NAME[=VALUE]...` (ash.c › localcmd, mklocal): the variable's value and export are saved
 * and come back when the function returns; `local NAME` without a value unsets it meanwhile.
 */
function local(call: CommandCall): number {
  const { state } = call;
  const frame = state.frame;
  if (!frame) return fail(call, 'sh: local: not in a function', 2);
  for (const arg of call.args) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return fail(call, `sh: local: ${name}: bad variable name`, 2);
    if (!frame.saved.some((s) => s.name === name)) frame.saved.push({ name, value: state.vars.get(name), exported: state.exported.has(name) });
    if (eq >= 0) state.vars.set(name, arg.slice(eq + 1));
    else state.vars.delete(name);
  }
  return 0;
}

/** `eval ARG...` (ash.c › evalcmd): the arguments joined with spaces, run as script text in this shell. */
function* evalCommand(call: CommandCall): Run {
  const text = call.args.join(' ');
  if (text.trim() === '') return 0;
  return yield* call.state.interp.runText(call.state, text, call.io, call.offset);
}

/**
 * `. FILE [ARG...]` and `source` (ash.c › dotcmd): FILE's text run in this shell, with ARGs as the
 * positional parameters meanwhile. A name without `/` is looked for in $PATH only, as ash does.
 * A file that cannot be read ends the shell with 2 (an error of a special builtin).
 */
function* dot(call: CommandCall): Run {
  const [file, ...args] = call.args;
  if (file === undefined) return 0;
  const { state } = call;
  const candidates = file.includes('/') ? [file] : (state.vars.get('PATH') ?? '').split(':').filter((d) => d !== '').map((d) => `${d}/${file}`);
  const text = candidates.map((path) => state.host.fs.read(resolvePath(state, path))).find((t) => t !== undefined);
  if (text === undefined) {
    call.io.err.write(`sh: ${call.name}: can't open '${file}': No such file or directory\n`);
    throw new ExitSignal(2);
  }
  const positional = state.positional;
  if (args.length > 0) state.positional = args;
  try {
    return yield* state.interp.runText(state, text, call.io, call.offset);
  } finally {
    if (args.length > 0) state.positional = positional;
  }
}

/** export [-p] [NAME[=VALUE]...]: ash's only option is -p. */
function exportVars(call: CommandCall): number {
  const { vars, exported } = call.state;
  for (const arg of call.args) if (arg.startsWith('-') && arg !== '-p' && arg !== '--') throw unsupportedOption(call, arg);
  const names = call.args.filter((a) => !a.startsWith('-'));
  if (names.length === 0) {
    for (const name of [...exported].sort()) call.io.out.write(`export ${name}='${vars.get(name) ?? ''}'\n`);
    return 0;
  }
  for (const arg of names) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (eq >= 0) vars.set(name, arg.slice(eq + 1));
    exported.add(name);
  }
  return 0;
}

function set(call: CommandCall): number {
  const { state, args } = call;
  if (args.length === 0) {
    for (const [name, value] of [...state.vars].sort()) call.io.out.write(`${name}='${value}'\n`);
    return 0;
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      state.positional = args.slice(i + 1);
      return 0;
    }
    const on = arg.startsWith('-');
    if (arg === '-o' || arg === '+o') {
      const name = args[++i];
      const option = OPTION_NAMES.find((n) => n === name);
      // Only these are modelled: noclobber, allexport, verbose and the rest would change what runs.
      if (!option) throw unsupportedOption(call, `${arg} ${name ?? ''}`.trim());
      state.options[option] = on;
    } else if (/^[-+][A-Za-z]+$/.test(arg)) {
      for (const c of arg.slice(1)) {
        // `set -euo pipefail`: an `o` takes the next argument as an option's name.
        if (c === 'o') {
          const name = args[++i];
          const option = OPTION_NAMES.find((n) => n === name);
          if (!option) throw unsupportedOption(call, `${arg[0] ?? '-'}o ${name ?? ''}`.trim());
          state.options[option] = on;
          continue;
        }
        const option = OPTION_LETTERS[c];
        if (!option) throw unsupportedOption(call, `${arg[0] ?? '-'}${c}`);
        state.options[option] = on;
      }
    } else {
      state.positional = args.slice(i);
      return 0;
    }
  }
  return 0;
}

function loopControl(kind: 'break' | 'continue'): CommandImpl {
  return (call) => {
    const levels = Number(call.args[0] ?? '1');
    if (!Number.isInteger(levels) || levels < 1) return fail(call, `sh: ${kind}: Illegal number: ${call.args[0] ?? ''}`, 2);
    if (call.state.loopDepth === 0) return 0;
    throw new LoopSignal(kind, Math.min(levels, call.state.loopDepth));
  };
}

function* exec(call: CommandCall): Run {
  if (call.args.length === 0) {
    Object.assign(call.shellIo, call.io);
    return 0;
  }
  // The new program replaces the shell in its process: handlers are gone, ignored signals stay ignored.
  const { proc } = call.state;
  for (const [signal, trap] of proc.traps) if (trap.action !== '') proc.traps.delete(signal);
  proc.pending = [];
  proc.vacant = true;
  throw new ExitSignal(yield* call.state.interp.execute(call.state, call.args, call.io, call.offset));
}

/** cd [-L|-P] [DIR]: there are no symbolic links, so -L and -P change nothing; `cd -` runs forever. */
function cd(call: CommandCall): number {
  const args = call.args.filter((a, i) => !(/^-[LP]+$/.test(a) && call.args.slice(0, i).every((b) => /^-[LP]+$/.test(b))));
  if (args[0] === '-' || (args[0]?.startsWith('-') && args[0] !== '--')) throw unsupportedOption(call, args[0]);
  const target = (args[0] === '--' ? args[1] : args[0]) ?? call.state.vars.get('HOME') ?? '/';
  const path = resolvePath(call.state, target);
  if (!call.state.host.fs.isDir(path)) return fail(call, `sh: cd: can't cd to ${target}: No such file or directory`, 2);
  call.state.cwd = path;
  call.state.vars.set('PWD', path);
  return 0;
}

/** Builtins that control the shell itself. */
export const controlCommands: Record<string, CommandImpl> = {
  ':': () => 0,
  true: () => 0,
  false: () => 1,
  exit,
  sleep,
  export: exportVars,
  set,
  cd,
  exec,
  break: loopControl('break'),
  continue: loopControl('continue'),
  trap: trapCommand,
  kill: killCommand,
  return: returnCommand,
  local,
  eval: evalCommand,
  '.': dot,
  source: dot,
  unset: (call) => {
    // `unset -f NAME` removes functions, `unset [-v] NAME` variables only.
    for (const arg of call.args) if (/^-/.test(arg) && !/^-[fv]+$/.test(arg)) throw unsupportedOption(call, arg);
    const functions = call.args.some((a) => /^-v*fv*$/.test(a));
    const names = call.args.filter((a) => !a.startsWith('-'));
    if (functions) {
      for (const name of names) call.state.functions?.delete(name);
      return 0;
    }
    for (const name of names) {
      call.state.vars.delete(name);
      call.state.exported.delete(name);
    }
    return 0;
  },
  pwd: (call) => {
    // -L and -P print the same path: there are no symbolic links.
    for (const arg of call.args) if (!/^-[LP]+$/.test(arg)) throw unsupportedOption(call, arg);
    call.io.out.write(`${call.state.cwd}\n`);
    return 0;
  },
  shift: (call) => {
    const n = Number(call.args[0] ?? '1');
    if (!Number.isInteger(n) || n < 0 || n > call.state.positional.length) return fail(call, 'sh: shift: can\'t shift that many', 2);
    call.state.positional = call.state.positional.slice(n);
    return 0;
  },
  wait: (call) => waitJobs(call.state, call.args[0] === undefined ? undefined : Number(call.args[0])),
};
