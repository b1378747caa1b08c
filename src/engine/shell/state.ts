// The state of one running shell: variables, positional parameters, options, background jobs
// and the step counter that bounds work between two advances of simulated time.
import type { ShellProgram } from './ast';
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
  /** Runs an argv, as a simple command would after expansion; `shellIo` is the io before its redirections. */
  execute(state: ShellState, argv: string[], io: Io, offset: number, shellIo?: Io): Run;
}

/** A background job: its generator, paused at its first effect, and what that effect was. */
export interface Job {
  pid: number;
  run: Run;
  pending: { kind: 'done'; status: number } | { kind: 'sleep'; until: number } | { kind: 'forever'; signal: ForeverSignal };
}

/** Everything a running shell knows; subshells get a copy that shares the host, logs and counter. */
export interface ShellState {
  host: ShellHost;
  interp: Interpreter;
  vars: Map<string, string>;
  exported: Set<string>;
  arg0: string;
  positional: string[];
  status: number;
  cwd: string;
  options: { errexit: boolean; xtrace: boolean };
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
}

/** A subshell: same host, logs and step counter; its own variables, directory and options. */
export function forkState(state: ShellState): ShellState {
  return {
    ...state,
    vars: new Map(state.vars),
    exported: new Set(state.exported),
    positional: [...state.positional],
    options: { ...state.options },
    jobs: [],
  };
}

/** Counts one step of work; past MAX_STEPS without sleeping the process is cut off as a busy loop. */
export function tick(state: ShellState, offset: number): void {
  if (++state.counter.steps <= MAX_STEPS) return;
  throw new ForeverSignal({
    message: `loop without sleep cut off after ${MAX_STEPS} steps: the container keeps running (busy loop)`,
    offset: state.loopOffset ?? offset,
  });
}

/**
 * Waits `ms` of simulated time. The step counter restarts only once the time has passed: a
 * background job parked at its first sleep must not let a foreground busy loop run on.
 */
export function* sleepFor(state: ShellState, ms: number): Run<void> {
  if (!(ms > 0)) return;
  yield { kind: 'sleep', ms: Math.ceil(ms) };
  state.counter.steps = 0;
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

/** Runs `body` (one simple command) under its own pattern budget, so a `$(grep ...)` inside `echo` counts for both. */
export function* withPatternBudget<T>(state: ShellState, body: () => Run<T>): Run<T> {
  const outer = state.counter.pattern;
  const inner = openPatternBudget(state);
  state.counter.pattern = inner;
  try {
    return yield* body();
  } finally {
    state.counter.pattern = outer;
    closePatternBudget(state, inner);
  }
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
