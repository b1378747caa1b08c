// The state of one running shell: variables, positional parameters, options, background jobs
// and the step counter that bounds work between two advances of simulated time.
import type { ShellProgram } from './ast';
import type { Io, LineLog } from './io';
import { ForeverSignal } from './signals';
import type { ShellEffect, ShellHost } from './types';

/** A generator that may ask for simulated time and ends with a value (an exit status by default). */
export type Run<T = number> = Generator<ShellEffect, T, void>;

/** Steps allowed without simulated time advancing. */
export const MAX_STEPS = 10_000;

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
  counter: { steps: number };
  jobs: Job[];
  nextPid: number;
  lastJob?: number;
  loopDepth: number;
  /** The status of the last command substitution, which an assignment-only command returns. */
  substStatus?: number;
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
