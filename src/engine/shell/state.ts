// The state of one running shell: variables, positional parameters, options, background jobs
// and the step counter that bounds work between two advances of simulated time.
import { SharedMap, SharedSet, type SharedTable } from './shared';
import type { FunctionDefinition, ShellProgram } from './ast';
import type { Io, LineLog } from './io';
import type { PatternBudget } from './pattern/nfa';
import { ForeverSignal } from './signals';
import type { ShellEffect, ShellHost } from './types';

/** A generator that may ask for simulated time and ends with a value (an exit status by default). */
export type Run<T = number> = Generator<ShellEffect, T, void>;

/** Steps allowed without simulated time advancing. */
export const MAX_STEPS = 10_000;

/** Pattern work (automaton state visits) one command may do, the work inside its expansions included. */
export const PATTERN_WORK_PER_COMMAND = 3_000_000;

/** The operations commands need from the interpreter, injected to keep the modules acyclic. */
export interface Interpreter {
  /** Runs a parsed program in `state` (the caller decides whether that is a subshell). */
  runProgram(state: ShellState, program: ShellProgram, io: Io): Run;
  /**
   * Runs an argv, as a simple command would after expansion; `shellIo` is the io before its
   * redirections. `asCommand`: the caller is the shell's own command loop, so `exit` returns with
   * `ShellState.exiting` set instead of throwing (see there).
   */
  execute(state: ShellState, argv: string[], io: Io, offset: number, shellIo?: Io, asCommand?: boolean): Run;
  /** execute, with the status instead of a run when the command is over as soon as it starts. */
  startCommand(state: ShellState, argv: string[], io: Io, offset: number, shellIo?: Io, asCommand?: boolean): number | Run;
  /** Calls a function defined in the shell with `args` as its positional parameters. */
  callFunction(state: ShellState, definition: FunctionDefinition, args: string[], io: Io): Run;
  /** Runs script text in this shell itself (`eval`, `.`); what it cannot run is reported at `offset`. */
  runText(state: ShellState, text: string, io: Io, offset: number): Run;
}

/** A background job: its generator, paused at its first effect, and what that effect was. */
export interface Job {
  pid: number;
  run: Run;
  /** The job's own signal dispositions (it is a child process). */
  proc: ProcessSignals;
  pending: { kind: 'done'; status: number } | { kind: 'sleep'; until: number } | { kind: 'forever'; signal: ForeverSignal };
}

/** A trap set with `trap ACTION SIGNAL`: its action text ('' ignores the signal) and where the `trap` command was. */
export interface Trap {
  action: string;
  offset: number;
}

/** A trap action that ran for a signal, and when: what the kubelet's causes cite. */
export interface TrapRun {
  signal: number;
  action: string;
  at: number;
}

/**
 * One process's signal dispositions: the shell and the `{ }` groups inside it share them, a
 * subshell, `$(...)`, a background job or a nested `sh -c` gets its own (ash.c › forkchild:
 * clear_traps resets handlers and keeps ignored signals).
 */
export interface ProcessSignals {
  /** Trap actions by signal number (0 is EXIT). */
  traps: Map<number, Trap>;
  /** Trapped signals received whose action has not run yet, oldest first. */
  pending: number[];
  /** Signals ignored when the process started (a background job: INT and QUIT): `trap` cannot change them. */
  hardIgnored: Set<number>;
  /** True while a trap action runs: pending signals wait for it to finish instead of nesting. */
  inTrap: boolean;
  /** The status before the running trap action, which `exit` without an operand uses. */
  savedStatus?: number;
  /** Trap actions that ran, oldest first. */
  ran: TrapRun[];
  /** The next program run takes over this process (the container's argv, or `exec`): a shell script run then shares these dispositions. */
  vacant: boolean;
}

/** Fresh dispositions: no traps, nothing pending. */
export function newSignals(hardIgnored: Iterable<number> = []): ProcessSignals {
  return { traps: new Map(), pending: [], hardIgnored: new Set(hardIgnored), inTrap: false, ran: [], vacant: false };
}

/** A child process's dispositions: handlers reset, ignored signals stay ignored. */
export function forkSignals(parent: ProcessSignals): ProcessSignals {
  const child = newSignals(parent.hardIgnored);
  for (const [signal, trap] of parent.traps) if (trap.action === '') child.traps.set(signal, trap);
  return child;
}

/** The `set` options the subset models. */
export interface ShellOptions {
  errexit: boolean;
  xtrace: boolean;
  nounset: boolean;
  noglob: boolean;
  pipefail: boolean;
  /** Started with `-c`: shown in `$-`, not a `set` option. */
  command: boolean;
}

/** Options by their `set -o` name, and by their letter (`set -e`; pipefail has none). */
export const OPTION_NAMES: readonly Exclude<keyof ShellOptions, 'command'>[] = ['errexit', 'xtrace', 'nounset', 'noglob', 'pipefail'];
export const OPTION_LETTERS: Readonly<Record<string, Exclude<keyof ShellOptions, 'command'>>> = { e: 'errexit', x: 'xtrace', u: 'nounset', f: 'noglob' };

/** A shell's options at start: all off. */
export function defaultOptions(): ShellOptions {
  return { errexit: false, xtrace: false, nounset: false, noglob: false, pipefail: false, command: false };
}

/** Everything a running shell knows; subshells get a copy that shares the host, logs and counter. */
export interface ShellState {
  host: ShellHost;
  interp: Interpreter;
  vars: SharedMap;
  exported: SharedSet;
  arg0: string;
  positional: string[];
  status: number;
  cwd: string;
  options: ShellOptions;
  counter: { steps: number; pattern: PatternBudget };
  jobs: Job[];
  nextPid: number;
  lastJob?: number;
  loopDepth: number;
  /** The status of the last command substitution, which an assignment-only command returns. */
  substStatus?: number;
  /** Shells nested inside this one's process (`sh -c` inside `sh -c`): bounded by MAX_SHELL_DEPTH. */
  shellDepth?: number;
  /** Where the outermost running loop starts: a busy loop is reported there. */
  loopOffset?: number;
  stdout: LineLog;
  stderr: LineLog;
  /** This process's traps and received signals. */
  proc: ProcessSignals;
  /**
   * Set by `exit` run as a command of the shell's own lists: every list, and-or list, condition and
   * loop above it returns this code at once, and the program (or trap action) that runs them ends
   * with it. It does what throwing `ExitSignal` does, which costs far more: V8 unwinds an exception
   * through each generator frame of the interpreter, rethrowing at every try.
   */
  exiting?: number;
  /** The container's PID 1 process (`kill $$`, `kill 1`), shared by every shell of the container. */
  pid1: ProcessSignals;
  /** The functions defined, by name (none yet: undefined), shared with a subshell until one of them defines or unsets one. */
  functions?: SharedTable<FunctionDefinition>;
  /**
   * Levels of this shell running inside itself: function calls, `eval` and `.`, subshells, `$(...)`
   * and nested shells under way, those of the shells it runs inside included. Bounded by MAX_DEPTH.
   */
  depth: number;
  /** Compound commands (`if`, loops, `case`, `{ }`) under way inside each other, counted as `depth` is. Bounded by MAX_COMPOUND_DEPTH. */
  compounds: number;
  /** The function call running in this shell (not in a subshell of it): what `return` ends and `local` saves variables for. */
  frame?: LocalFrame;
}

/** The variables `local` made local in one function call, with what to restore when it returns. */
export interface LocalFrame {
  saved: { name: string; value: string | undefined; exported: boolean }[];
  /** False in a subshell of the call: there `return` ends the subshell, as `exit` does. */
  returns: boolean;
}

/**
 * Levels (ShellState.depth) a shell may run inside itself, and compound commands it may nest
 * (ShellState.compounds) through them all; past either, the process stops being interpreted. Each
 * nests the interpreter's generators: measured in Node, the JavaScript stack runs out at some 320
 * function calls that each run a pipeline (the costliest level), 350 in subshells, 490 `eval`s, 520
 * plain calls, and 1 500 brace groups. So both bounds together take at most half of it, and the
 * trace is the same in Node and a browser worker.
 */
export const MAX_DEPTH = 100;
export const MAX_COMPOUND_DEPTH = 256;

/** The warning at MAX_DEPTH: `what` nested in itself, counted with every other kind of level. */
export function tooDeep(what: string, offset: number): ForeverSignal {
  return new ForeverSignal({
    message: `${what} nested more than ${MAX_DEPTH} deep (function calls, eval, subshells, $(...) and nested shells together): the simulator stops interpreting here and the container keeps running`,
    offset,
  });
}

/** The warning at MAX_COMPOUND_DEPTH. */
export function tooManyCompounds(offset: number): ForeverSignal {
  return new ForeverSignal({
    message: `compound commands (if, loops, case, { }) nested more than ${MAX_COMPOUND_DEPTH} deep through function calls, eval and subshells: the simulator stops interpreting here and the container keeps running`,
    offset,
  });
}

/** Functions one shell may define; past it, the process stops being interpreted. */
export const MAX_FUNCTIONS = 1000;

/** A subshell: same host, logs and step counter; its own variables, directory and options. */
export function forkState(state: ShellState): ShellState {
  return {
    ...state,
    vars: state.vars.fork(),
    exported: state.exported.fork(),
    functions: state.functions?.fork(),
    positional: [...state.positional],
    options: { ...state.options },
    jobs: [],
    proc: forkSignals(state.proc),
    // `return` in a subshell ends the subshell, as `exit` would; `local` there saves for nothing.
    frame: state.frame ? { saved: [], returns: false } : undefined,
  };
}

/**
 * Steps the busy loops of one whole run may take across all its processes (a probe that loops
 * without sleep runs its loop at every period); once spent, a busy loop is cut off after
 * LATE_BUSY_STEPS steps.
 */
export const BUSY_STEPS_PER_RUN = 1_000_000;
export const LATE_BUSY_STEPS = 20;

/** A value at least this long counts against the run's data bound; shorter ones are bounded by the steps that make them. */
export const DATA_CHARGE_FROM = 1024;

/** Tells the host of `length` characters of data a command goes through (see ShellHost.dataWork). */
export function chargeData(state: ShellState, length: number): void {
  if (length >= DATA_CHARGE_FROM) state.host.dataWork?.(length);
}

/** Counts one step of work; past MAX_STEPS without sleeping the process is cut off as a busy loop. */
export function tick(state: ShellState, offset: number): void {
  const steps = ++state.counter.steps;
  if (steps <= LATE_BUSY_STEPS) return;
  const run = state.host.busySteps;
  if (steps <= MAX_STEPS && (run === undefined || run.left > 0)) return;
  if (run) run.left -= steps;
  throw new ForeverSignal({ message: steps <= MAX_STEPS ? LATE_BUSY_MESSAGE : BUSY_MESSAGE, offset: state.loopOffset ?? offset });
}

const BUSY_MESSAGE = `loop without sleep cut off after ${MAX_STEPS} steps: the container keeps running (busy loop)`;
const LATE_BUSY_MESSAGE = `loop without sleep cut off after ${LATE_BUSY_STEPS} steps, as every one once this run's loops without sleep have taken ${BUSY_STEPS_PER_RUN.toLocaleString('en-US')} steps: the container keeps running (busy loop)`;

/**
 * Waits `ms` of simulated time. The step counter restarts only once the time has passed: a
 * background job parked at its first sleep must not let a foreground busy loop run on.
 * `interruptible` (the `wait` builtin of PID 1) lets a trapped signal resume it early.
 */
export function* sleepFor(state: ShellState, ms: number, interruptible = false): Run<void> {
  if (!(ms > 0)) return;
  const from = state.host.now();
  yield interruptible ? { kind: 'sleep', ms: Math.ceil(ms), interruptible } : { kind: 'sleep', ms: Math.ceil(ms) };
  // A wait cut short by a signal at the same instant has not let time pass: the busy-loop bound still counts.
  if (state.host.now() > from) state.counter.steps = 0;
}

/** An absolute, normalised path for `path` relative to the working directory. */
export function resolvePath(state: ShellState, path: string): string {
  const full = path.startsWith('/') ? path : `${state.cwd}/${path}`;
  const out: string[] = [];
  for (const segment of full.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return '/' + out.join('/');
}

/** A fresh pattern budget for one command: PATTERN_WORK_PER_COMMAND at most, and never more than the enclosing command and the run have left. */
export function openPatternBudget(state: ShellState): PatternBudget & { start: number } {
  const start = Math.max(0, Math.min(PATTERN_WORK_PER_COMMAND, state.counter.pattern.left, state.host.patternWork?.left ?? Infinity));
  return { left: start, start };
}

/** Charges what a command's budget used to the enclosing command and to the run. */
export function closePatternBudget(state: ShellState, budget: PatternBudget & { start: number }): void {
  const used = budget.start - Math.max(0, budget.left);
  state.counter.pattern.left -= used;
  if (state.host.patternWork) state.host.patternWork.left -= used;
  budget.start = budget.left;
}

/** A command whose pattern outgrew its budget: busybox-style message, a warning in the trace, status 2. */
export function patternTooComplex(state: ShellState, io: Io, name: string, offset: number): number {
  io.err.write(`${name}: pattern too complex\n`);
  state.host.warn?.({
    message: `${name}: pattern too complex: matching ran past the simulator's bound on the work inside one command (${PATTERN_WORK_PER_COMMAND.toLocaleString('en-US')} steps) or one run; the command exits with status 2`,
    offset,
  });
  return 2;
}
