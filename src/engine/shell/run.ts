// Entry points: run a parsed program, or a container's argv (`sh -c SCRIPT`, `sleep 3600`, ...).
import type { ShellProgram } from './ast';
import { commandName, unsupportedCommandMessage } from './commandNames';
import { execute, scriptAt, startCommand } from './execute';
import { type Io, LineLog } from './io';
import { callFunction, runList, runText, runTrapAction } from './interpreter';
import { type ParsedText, parseText } from './parseCache';
import { isShellName, parseShellArgs } from './shellArgs';
import { describeInternalError, ExitSignal, ForeverSignal, LoopSignal } from './signals';
import { PatternTooComplex } from './pattern/nfa';
import { defaultOptions, type Interpreter, newSignals, patternTooComplex, type Run, type ShellState } from './state';
import { SharedMap, SharedSet } from './shared';
import { signalsOf } from './traps';
import type { ShellEffect, ShellHost, ShellProcess, ShellSignals, ShellWarning } from './types';

/** A warning about one element of an argv, located by its index and the offset inside it. */
export type ArgvWarning = ShellWarning & { argIndex: number };

const interpreter: Interpreter = {
  *runProgram(state, program, io) {
    let code: number;
    try {
      code = yield* runList(state, program.body, io);
      if (state.exiting !== undefined) {
        code = state.exiting;
        state.exiting = undefined;
      }
    } catch (signal) {
      if (signal instanceof ExitSignal) code = signal.code;
      else if (signal instanceof LoopSignal) code = state.status;
      else throw signal;
    }
    return yield* runExitTrap(state, io, code);
  },
  execute,
  startCommand,
  callFunction,
  runText,
};

/** The EXIT trap, when the shell ends normally or by `exit` (not when killed, not while it runs forever); its `exit N` sets the code. */
function* runExitTrap(state: ShellState, io: Io, code: number): Run {
  const trap = state.proc.traps.get(0);
  if (!trap || trap.action === '' || state.proc.inTrap) return code;
  state.proc.traps.delete(0);
  state.status = code;
  state.proc.inTrap = true;
  state.proc.savedStatus = code;
  try {
    yield* runTrapAction(state, trap, io);
  } catch (signal) {
    if (signal instanceof ExitSignal) return signal.code;
    throw signal;
  } finally {
    state.proc.inTrap = false;
    state.proc.savedStatus = undefined;
  }
  return code;
}

/** A fresh shell for `host`: its environment exported, plus what a container runtime always sets. */
export function createState(host: ShellHost, arg0 = 'sh', positional: string[] = []): ShellState {
  const vars = new SharedMap([
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['HOSTNAME', host.hostname],
    ['HOME', '/root'],
    ...Object.entries(host.env),
  ]);
  const pwd = vars.get('PWD');
  const written = { bytes: 0 };
  const proc = newSignals();
  const exported = new SharedSet(vars.keys());
  // ash sets IFS at start (not exported), so `OLD=$IFS; IFS=,; ...; IFS=$OLD` restores splitting.
  if (!vars.has('IFS')) vars.set('IFS', ' \t\n');
  return {
    host, interp: interpreter, vars, exported, arg0, positional, status: 0,
    cwd: pwd?.startsWith('/') ? pwd : '/', options: defaultOptions(), counter: { steps: 0, pattern: { left: Infinity } },
    jobs: [], nextPid: 2, loopDepth: 0, stdout: new LineLog((l) => host.log(l), written), stderr: new LineLog((l) => host.log(l), written),
    proc, pid1: proc, functions: undefined, depth: 0, compounds: 0, frame: undefined,
  };
}

/** Runs a parsed script as a container's process; its value is the exit code. */
export function runShell(program: ShellProgram, host: ShellHost): ShellProcess {
  const state = createState(host);
  return runProcess(state, (io) => interpreter.runProgram(state, program, io));
}

/** Runs a container's argv; `sh -c SCRIPT` is parsed once here, and warnings name the argv element. */
export function runArgv(argv: string[], host: ShellHost): { process: ShellProcess; warnings: ArgvWarning[]; signals: ShellSignals } {
  const warnings: ArgvWarning[] = [];
  const env: [string, string][] = [];
  let i = 0;
  if (commandName(argv[0] ?? '') === 'env') {
    for (i = 1; i < argv.length && /^([A-Za-z_][A-Za-z0-9_]*=|-i$)/.test(argv[i] ?? ''); i++) {
      const arg = argv[i] ?? '';
      if (arg !== '-i') env.push([arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]);
    }
  }
  const shell = isShellName(argv[i] ?? '') ? parseShellArgs(argv, i + 1) : undefined;
  if (shell?.command) {
    const state = createState(host, shell.arg0 ?? argv[i] ?? 'sh', shell.positional);
    let parsed: ParsedText;
    try {
      parsed = parseText(host, shell.command.text);
    } catch (signal) {
      // Past the run's data bound before it starts: the process is one that runs forever, with the bound's warning.
      return { process: runProcess(state, () => { throw signal; }), warnings, signals: signalsOf(state.proc) };
    }
    const { program, warnings: found } = parsed;
    const index = shell.command.index;
    warnings.push(...found.map((w) => ({ ...w, argIndex: index })));
    state.options = { ...shell.options };
    for (const [name, value] of env) {
      state.vars.set(name, value);
      state.exported.add(name);
    }
    return { process: runProcess(state, (io) => interpreter.runProgram(state, program, io)), warnings, signals: signalsOf(state.proc) };
  }
  const state = createState(host);
  // `sh FILE` or a script path as the argv: that shell is PID 1 itself, not a child of it.
  state.proc.vacant = true;
  const word = argv[i];
  if (word !== undefined && commandName(word) === undefined && scriptAt(state, word) === undefined) {
    warnings.push({ message: unsupportedCommandMessage(word), offset: 0, argIndex: i });
  }
  return { process: runProcess(state, (io) => execute(state, argv, io, 0)), warnings, signals: signalsOf(state.proc) };
}

/** Drives `body` as PID 1: flushes partial lines at the end, and turns "runs forever" into the effect. */
export function* runProcess(state: ShellState, body: (io: Io) => Run): ShellProcess {
  const io: Io = { stdin: '', out: state.stdout, err: state.stderr };
  let effect: ShellEffect;
  try {
    return yield* body(io);
  } catch (signal) {
    if (signal instanceof ExitSignal) return signal.code;
    if (signal instanceof LoopSignal) return state.status;
    // A pattern outside any simple command (`for f in *`, a redirection's word) fails the script.
    if (signal instanceof PatternTooComplex) return patternTooComplex(state, io, 'sh', 0);
    const warning = signal instanceof ForeverSignal ? signal.warning
      : { message: `the simulator could not run this script (${describeInternalError(signal)}): the container keeps running`, offset: 0 };
    effect = warning ? { kind: 'forever', warning } : { kind: 'forever' };
  } finally {
    state.stdout.flush();
    state.stderr.flush();
  }
  yield effect;
  return 137;
}
