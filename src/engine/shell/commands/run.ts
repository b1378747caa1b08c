// Commands that run other commands: sh/bash, env, timeout.
import { parseText } from '../parseCache';
import { parseShellArgs } from '../shellArgs';
import { ForeverSignal } from '../signals';
import { SharedMap, SharedSet } from '../shared';
import { defaultOptions, forkState, MAX_DEPTH, type Run, type ShellOptions, type ShellState, resolvePath, sleepFor, tooDeep } from '../state';
import { type Io, takeInput } from '../io';
import { parseDuration } from './control';
import type { ShellEffect } from '../types';
import { signalNumber } from '../signalNames';
import { type CommandCall, type CommandImpl, fail, unsupportedOption } from './types';

/** Shells (`sh -c`, `sh FILE`, scripts) one process may nest inside each other. */
export const MAX_SHELL_DEPTH = 64;

/**
 * Runs script text as a new shell process with its own $0 and positional parameters: it gets the
 * parent's exported variables only, fresh options (a parent's `set -e` is not its own) and none
 * of the parent's functions.
 */
export function* runScriptText(
  state: ShellState, text: string, arg0: string, positional: string[], io: Io,
  options: ShellOptions = defaultOptions(),
): Run {
  // A script that runs itself (`sh "$0"`, `sh -c "$S"` with S calling sh again) nests without end.
  if ((state.shellDepth ?? 0) >= MAX_SHELL_DEPTH) {
    io.err.write(`${arg0}: too many nested shells\n`);
    state.host.warn?.({ message: `${arg0}: more than ${MAX_SHELL_DEPTH} shells nested inside each other: the innermost fails with status 2`, offset: 0 });
    return 2;
  }
  if (state.depth >= MAX_DEPTH) throw tooDeep(arg0, 0);
  const child = forkState(state);
  child.depth++;
  child.vars.release();
  child.exported.release();
  const env = new SharedMap();
  for (const name of state.exported) {
    const value = state.vars.get(name);
    if (value !== undefined) env.set(name, value);
  }
  if (!env.has('IFS')) env.set('IFS', ' \t\n');
  child.vars = env;
  child.exported = new SharedSet(state.exported);
  // A shell that replaces the process (the container's own `sh FILE`, or after `exec`) keeps its signals.
  if (state.proc.vacant) {
    state.proc.vacant = false;
    child.proc = state.proc;
  }
  child.arg0 = arg0;
  child.positional = positional;
  child.options = { ...options };
  child.shellDepth = (state.shellDepth ?? 0) + 1;
  // A new shell knows none of its parent's functions (ash exports none).
  child.functions?.release();
  child.functions = undefined;
  child.frame = undefined;
  return yield* state.interp.runProgram(child, parseText(state.host, text).program, io);
}

function* shell(call: CommandCall): Run {
  const parsed = parseShellArgs(call.args, 0);
  if (parsed.error) return fail(call, `${call.name}: ${parsed.error}`, 2);
  let text = parsed.command || parsed.file ? '' : takeInput(call.io);
  if (parsed.command) text = parsed.command.text;
  else if (parsed.file) {
    const content = call.state.host.fs.read(resolvePath(call.state, parsed.file.path));
    if (content === undefined) return fail(call, `${call.name}: can't open '${parsed.file.path}': No such file or directory`, 127);
    text = content;
  }
  const options = parsed.options;
  return yield* runScriptText(call.state, text, parsed.arg0 ?? call.name, parsed.positional, call.io, options);
}

function* env(call: CommandCall): Run {
  const { state } = call;
  let i = 0;
  const values = new Map<string, string>();
  let clear = false;
  let assigning = false;
  for (; i < call.args.length; i++) {
    const arg = call.args[i] ?? '';
    if (!assigning && (arg === '-i' || arg === '-')) clear = true;
    else if (!assigning && arg === '-u') values.set(call.args[++i] ?? '', '\0unset');
    else if (!assigning && arg === '--') assigning = true;
    else if (!assigning && arg.startsWith('-')) throw unsupportedOption(call, arg);
    else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) {
      values.set(arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1));
      assigning = true;
    } else break;
  }
  const child = forkState(state);
  if (clear) {
    child.vars.clear();
    child.exported.clear();
  }
  for (const [name, value] of values) {
    if (value === '\0unset') {
      child.vars.delete(name);
      child.exported.delete(name);
    } else {
      child.vars.set(name, value);
      child.exported.add(name);
    }
  }
  const argv = call.args.slice(i);
  if (argv.length > 0) return yield* state.interp.execute(child, argv, call.io, call.offset);
  for (const name of child.exported) {
    const value = child.vars.get(name);
    if (value !== undefined) call.io.out.write(`${name}=${value}\n`);
  }
  return 0;
}

/**
 * busybox `timeout [-t SECS] [-s SIG] [-k SECS]`: the command is killed with SIG (TERM by default)
 * when the time is up, and the status is 128 + its number (143 for TERM).
 */
function* timeout(call: CommandCall): Run {
  let i = 0;
  let seconds: number | undefined;
  let killSignal = 15;
  for (; i < call.args.length && (call.args[i] ?? '').startsWith('-'); i++) {
    const arg = call.args[i] ?? '';
    if (arg === '--') { i++; break; }
    if (arg === '-t') seconds = parseDuration(call.args[++i] ?? '');
    else if (arg === '-s') {
      const name = call.args[++i] ?? '';
      const n = signalNumber(name);
      if (n === undefined || n === 0) return fail(call, `timeout: bad signal name '${name}'`, 125);
      killSignal = n;
    } else if (arg === '-k') i++;
    else throw unsupportedOption(call, arg);
  }
  if (seconds === undefined) seconds = parseDuration(call.args[i++] ?? '');
  const argv = call.args.slice(i);
  if (seconds === undefined || argv.length === 0) return fail(call, 'timeout: invalid duration or missing command', 125);
  const { state } = call;
  const deadline = state.host.now() + seconds;
  const run = state.interp.execute(state, argv, call.io, call.offset);
  for (;;) {
    let result: IteratorResult<ShellEffect, number>;
    try {
      result = run.next();
    } catch (signal) {
      if (!(signal instanceof ForeverSignal)) throw signal;
      yield* sleepFor(state, deadline - state.host.now());
      return 128 + killSignal;
    }
    if (result.done) return result.value;
    const effect = result.value;
    const remaining = deadline - state.host.now();
    if (effect.kind !== 'sleep' || effect.ms >= remaining) {
      yield* sleepFor(state, remaining);
      run.return(128 + killSignal);
      return 128 + killSignal;
    }
    yield effect;
  }
}

/** Commands that run another command or script. */
export const runCommands: Record<string, CommandImpl> = {
  sh: shell,
  bash: shell,
  ash: shell,
  dash: shell,
  env,
  timeout,
};
