// Runs the syntax tree against simulated time: lists, and-or chains, compound commands and
// simple commands. Every command and loop iteration counts a step (see `tick`).
import type { AndOr, FunctionDefinition, Pipeline, ShellCommand, ShellList } from './ast';
import { parseText } from './parseCache';
import { expandPattern, expandText, expandWords, literalFields } from './expand';
import { globMatch } from './glob';
import type { Io } from './io';
import { startJob } from './jobs';
import { runPipe } from './pipeline';
import { applyRedirs } from './redirect';
import { ExitSignal, ForeverSignal, LoopSignal, ReturnSignal } from './signals';
import { PatternTooComplex } from './pattern/nfa';
import { closePatternBudget, forkState, MAX_COMPOUND_DEPTH, tooDeep, tooManyCompounds, type LocalFrame, MAX_DEPTH, MAX_FUNCTIONS, openPatternBudget, patternTooComplex, type Run, type ShellState, type Trap, tick } from './state';
import { SharedTable } from './shared';
import { trapProgram } from './traps';

/** Background jobs one shell may have parked at once. */
const MAX_JOBS = 256;

/** Runs a list; `cond` marks an if/while condition, where `set -e` does not apply. */
export function runList(state: ShellState, list: ShellList, io: Io, cond = false): Run {
  // One command in the foreground (a loop's condition or body, most often): its pipeline's status is the list's.
  const [only, more] = list.items;
  if (only !== undefined && more === undefined && !only.background && only.rest.length === 0) return runPipeline(state, only.first, io, cond);
  return runItems(state, list, io, cond);
}

function* runItems(state: ShellState, list: ShellList, io: Io, cond: boolean): Run {
  for (const item of list.items) {
    if (item.background && state.jobs.length >= MAX_JOBS) {
      // Like a process table that is full: `sleep 1 &` in a loop without end fails instead of piling up.
      io.err.write("sh: can't fork: Resource temporarily unavailable\n");
      state.status = 2;
    } else if (item.background) {
      const child = forkState(state);
      startJob(state, child, backgroundRun(child, item, io));
      state.status = 0;
    } else {
      yield* (item.rest.length === 0 ? runPipeline(state, item.first, io, cond) : runAndOr(state, item, io, cond));
      if (state.exiting !== undefined) return state.exiting;
    }
  }
  return state.status;
}

/**
 * A background job's run in its own process. `( list ) &` forks once (ash.c › evalsubshell with
 * FORK_BG): the list runs in the job's process itself, so a `trap` it sets is the job's.
 */
function backgroundRun(child: ShellState, item: AndOr, io: Io): Run {
  const only = item.rest.length === 0 && item.first.commands.length === 1 && !item.first.negated ? item.first.commands[0] : undefined;
  if (only?.kind !== 'group' || !only.subshell) return runAndOr(child, item, io, true);
  const group = only;
  return (function* (): Run {
    const redirected = yield* applyRedirs(child, group.redirs, io);
    if (typeof redirected === 'number') return redirected;
    return yield* child.interp.runProgram(child, { body: group.body }, redirected);
  })();
}

/** Runs one and-or list. */
export function* runAndOr(state: ShellState, item: AndOr, io: Io, cond: boolean): Run {
  let status = yield* runPipeline(state, item.first, io, cond || item.rest.length > 0);
  for (let i = 0; i < item.rest.length; i++) {
    if (state.exiting !== undefined) return state.exiting;
    const next = item.rest[i];
    if (next === undefined || (next.op === '&&') !== (status === 0)) continue;
    status = yield* runPipeline(state, next.pipeline, io, cond || i < item.rest.length - 1);
  }
  return status;
}

function* runPipeline(state: ShellState, pipeline: Pipeline, io: Io, cond: boolean): Run {
  const [only] = pipeline.commands;
  let status: number;
  if (pipeline.commands.length === 1 && only) {
    const started = only.kind === 'simple' ? startSimple(state, only, io) : runCommand(state, only, io);
    status = typeof started === 'number' ? started : yield* started;
  } else status = yield* runPipe(state, pipeline.commands, io, runCommand);
  if (state.exiting !== undefined) return state.exiting;
  if (pipeline.negated) status = status === 0 ? 1 : 0;
  state.status = status;
  if (status !== 0 && state.options.errexit && !cond && !pipeline.negated) throw new ExitSignal(status);
  return status;
}

/** Runs one command with the given streams. */
export function* runCommand(state: ShellState, command: ShellCommand, io: Io): Run {
  if (command.kind === 'unsupported') throw new ForeverSignal({ message: command.message, offset: command.offset });
  if (command.kind === 'simple') return yield* runSimple(state, command, io);
  if (command.kind === 'function') return defineFunction(state, command);
  // A subshell is a level as a call is; the other compound commands cost far less stack and count apart.
  const fork = command.kind === 'group' && command.subshell;
  if (fork ? state.depth >= MAX_DEPTH : state.compounds >= MAX_COMPOUND_DEPTH) throw fork ? tooDeep('subshells', command.offset) : tooManyCompounds(command.offset);
  if (fork) state.depth++;
  else state.compounds++;
  try {
    return yield* runCompound(state, command, io);
  } finally {
    if (fork) state.depth--;
    else state.compounds--;
  }
}

/** A compound command: its redirections applied, then its lists run. */
function* runCompound(state: ShellState, command: Exclude<ShellCommand, { kind: 'simple' | 'function' | 'unsupported' }>, io: Io): Run {
  const redirected = yield* applyRedirs(state, command.redirs, io);
  if (typeof redirected === 'number') return redirected;
  switch (command.kind) {
    case 'if': {
      for (const clause of command.clauses) {
        const status = yield* runList(state, clause.cond, redirected, true);
        if (state.exiting !== undefined) return state.exiting;
        if (status === 0) return yield* runList(state, clause.body, redirected);
      }
      return command.otherwise ? yield* runList(state, command.otherwise, redirected) : 0;
    }
    case 'loop':
      return yield* runLoop(state, redirected, command.offset, command, command.body);
    case 'for': {
      const items = command.items ? yield* expandWords(state, command.items, redirected) : [...state.positional];
      let index = 0;
      return yield* runLoop(state, redirected, command.offset, () => {
        tick(state, command.offset);
        const item = items[index++];
        if (item === undefined) return false;
        state.vars.set(command.name, item);
        return true;
      }, command.body);
    }
    case 'group': {
      if (!command.subshell) return yield* runList(state, command.body, redirected);
      return yield* state.interp.runProgram(forkState(state), { body: command.body }, redirected);
    }
    case 'case': {
      const body = yield* caseBody(state, command, redirected);
      if (typeof body === 'number') return body;
      return body ? yield* runList(state, body, redirected) : 0;
    }
  }
}

/**
 * The list of the first case clause with a pattern that matches the word (ash.c › evalcase): the
 * word expanded without splitting or globbing, each pattern likewise with its quoted parts
 * literal, tried in order; null when no clause matches or the clause's list is empty (status 0).
 * The matching counts against a pattern budget of its own, as a simple command's does; a pattern
 * that outgrows it fails the case command with status 2.
 */
function* caseBody(state: ShellState, command: Extract<ShellCommand, { kind: 'case' }>, io: Io): Run<ShellList | null | number> {
  const outer = state.counter.pattern;
  const inner = openPatternBudget(state);
  state.counter.pattern = inner;
  try {
    tick(state, command.offset);
    const word = yield* expandText(state, command.word, io);
    for (const clause of command.clauses) {
      for (const pattern of clause.patterns) {
        if (globMatch(yield* expandPattern(state, pattern, io), word, inner)) return clause.body ?? null;
      }
    }
    return null;
  } catch (signal) {
    if (!(signal instanceof PatternTooComplex)) throw signal;
    return patternTooComplex(state, io, 'sh', command.offset);
  } finally {
    state.counter.pattern = outer;
    closePatternBudget(state, inner);
  }
}

/** A function definition, run: NAME is defined (status 0); past MAX_FUNCTIONS the process stops being interpreted. */
function defineFunction(state: ShellState, definition: FunctionDefinition): number {
  tick(state, definition.offset);
  const functions = (state.functions ??= new SharedTable());
  if (functions.size >= MAX_FUNCTIONS && functions.get(definition.name) === undefined) {
    throw new ForeverSignal({ message: `more than ${MAX_FUNCTIONS} functions defined: the simulator stops interpreting here and the container keeps running`, offset: definition.offset });
  }
  functions.set(definition.name, definition);
  return 0;
}

/**
 * `eval` and `.`: parses the text (once per distinct text, see parseText) and runs it as part of
 * this shell, so its assignments, `exit`, `break` and functions act here. Warnings point at the command.
 */
export function* runText(state: ShellState, text: string, io: Io, offset: number): Run {
  const { program } = parseText(state.host, text);
  // An eval that evals itself, or a file that sources itself, nests like a function calling itself.
  if (state.depth >= MAX_DEPTH) throw tooDeep('eval or .', offset);
  state.depth++;
  try {
    return yield* runList(state, program.body, io);
  } catch (signal) {
    if (signal instanceof ForeverSignal && signal.warning) throw new ForeverSignal({ ...signal.warning, offset });
    throw signal;
  } finally {
    state.depth--;
  }
}

/**
 * Runs a function's body with `args` as the positional parameters (ash.c › evalfun): `$0` stays,
 * `return N` ends it with N, the variables `local` saved are restored after it, and `break` or
 * `continue` reach the caller's loop. `exit` still ends the shell.
 */
export function* callFunction(state: ShellState, definition: FunctionDefinition, args: string[], io: Io): Run {
  if (state.depth >= MAX_DEPTH) throw tooDeep(`function ${definition.name}: calls`, definition.offset);
  const positional = state.positional;
  const frame = state.frame;
  const own: LocalFrame = { saved: [], returns: true };
  state.positional = args;
  state.frame = own;
  state.depth++;
  try {
    return yield* runCommand(state, definition.body, io);
  } catch (signal) {
    if (signal instanceof ReturnSignal) return signal.code;
    throw signal;
  } finally {
    state.depth--;
    state.frame = frame;
    state.positional = positional;
    for (let i = own.saved.length - 1; i >= 0; i--) {
      const { name, value, exported } = own.saved[i] as LocalFrame['saved'][number];
      if (value === undefined) state.vars.delete(name);
      else state.vars.set(name, value);
      if (exported) state.exported.add(name);
      else state.exported.delete(name);
    }
  }
}

/** A loop; `next` says whether to run the body again: a for loop's item, or a while/until loop's condition. */
function* runLoop(state: ShellState, io: Io, offset: number, next: (() => boolean) | Extract<ShellCommand, { kind: 'loop' }>, body: ShellList): Run {
  let status = 0;
  const outer = state.loopOffset;
  state.loopDepth++;
  state.loopOffset ??= offset;
  try {
    for (;;) {
      if (typeof next === 'function') {
        if (!next()) break;
      } else {
        tick(state, next.offset);
        const holds = (yield* runList(state, next.cond, io, true)) === 0;
        if (state.exiting !== undefined || holds === next.until) break;
      }
      try {
        status = yield* runList(state, body, io);
        if (state.exiting !== undefined) return state.exiting;
      } catch (signal) {
        if (!(signal instanceof LoopSignal)) throw signal;
        if (signal.levels > 1) throw new LoopSignal(signal.kind, signal.levels - 1);
        if (signal.kind === 'break') break;
      }
    }
  } finally {
    state.loopDepth--;
    state.loopOffset = outer;
  }
  state.status = status;
  return status;
}

/**
 * A word as `set -x` prints it (ash.c › maybe_single_quote): as it is when every character is
 * one of `+,-./0-9:@A-Z]^_a-z`, else in single quotes, a quote inside as '"'"'.
 */
export function traceWord(word: string): string {
  if (!/[^+,\-./0-9:@A-Z\]^_a-z]/.test(word)) return word;
  let out = '';
  let rest = word;
  do {
    const quote = rest.indexOf("'");
    const plain = quote < 0 ? rest : rest.slice(0, quote);
    out += `'${plain}'`;
    rest = rest.slice(plain.length);
    if (!rest.startsWith("'")) break;
    let quotes = 0;
    while (rest[quotes] === "'") quotes++;
    out += `"${rest.slice(0, quotes)}"`;
    rest = rest.slice(quotes);
  } while (rest !== '');
  return out;
}

/** The `set -x` line of a simple command: its assignments, then its words, before its redirections. */
function traceLine(values: [string, string][], argv: string[]): string {
  const parts = values.map(([name, value]) => `${name}=${traceWord(value)}`);
  for (const word of argv) parts.push(traceWord(word));
  return `+ ${parts.join(' ')}\n`;
}

/**
 * runSimple without a generator of its own for the commonest case, literal words and no
 * assignments or redirections: the status when the command is over at once (`:`, `echo`,
 * `exit`), else the rest of its run.
 */
function startSimple(state: ShellState, command: Extract<ShellCommand, { kind: 'simple' }>, io: Io): number | Run {
  const plain = command.assigns.length === 0 && command.redirs.length === 0;
  const argv = plain ? literalFields(command.words) : undefined;
  // runSimple gets what was found, null when the words need expanding, so it does not look again.
  if (!argv || argv.length === 0) return runSimple(state, command, io, plain ? argv ?? null : undefined);
  const outer = state.counter.pattern;
  const inner = openPatternBudget(state);
  state.counter.pattern = inner;
  let started: number | Run;
  try {
    tick(state, command.offset);
    state.host.beginCommand?.(command.offset);
    state.substStatus = undefined;
    if (state.options.xtrace) io.err.write(traceLine([], argv));
    started = state.interp.startCommand(state, argv, io, command.offset, io, true);
  } catch (signal) {
    state.counter.pattern = outer;
    closePatternBudget(state, inner);
    if (!(signal instanceof PatternTooComplex)) throw signal;
    return patternTooComplex(state, io, 'sh', command.offset);
  }
  if (typeof started !== 'number' || (state.exiting === undefined && state.proc.pending.length > 0)) return finishSimple(state, command, io, argv, started, outer, inner);
  state.counter.pattern = outer;
  closePatternBudget(state, inner);
  if (state.exiting === undefined) state.host.noteCommand?.(argv, started);
  return started;
}

/** A started command to its end: its status, noted, then the traps of the signals it received. */
function* afterCommand(state: ShellState, io: Io, argv: string[], started: number | Run): Run {
  const status = typeof started === 'number' ? started : yield* started;
  // `exit` reports itself as the last command, and leaves the received signals to the EXIT trap.
  if (state.exiting !== undefined) return status;
  state.host.noteCommand?.(argv, status);
  if (state.proc.pending.length > 0) {
    state.status = status;
    yield* runTraps(state, io);
  }
  return status;
}

/**
 * The rest of a command startSimple began: its run, then the traps of the signals it received,
 * under its pattern budget (restored and charged as runSimple does, written out to save a frame).
 */
function* finishSimple(state: ShellState, command: Extract<ShellCommand, { kind: 'simple' }>, io: Io, argv: string[], started: number | Run,
  outer: ShellState['counter']['pattern'], inner: ReturnType<typeof openPatternBudget>): Run {
  try {
    try {
      return yield* afterCommand(state, io, argv, started);
    } finally {
      state.counter.pattern = outer;
      closePatternBudget(state, inner);
    }
  } catch (signal) {
    if (!(signal instanceof PatternTooComplex)) throw signal;
    return patternTooComplex(state, io, 'sh', command.offset);
  }
}

/** A simple command under its own pattern budget (so a `$(grep ...)` inside `echo` counts for both); a pattern in its words that outgrows it fails the command. */
function* runSimple(state: ShellState, command: Extract<ShellCommand, { kind: 'simple' }>, io: Io, literal: string[] | null = literalFields(command.words) ?? null): Run {
  try {
    const outer = state.counter.pattern;
    const inner = openPatternBudget(state);
    state.counter.pattern = inner;
    try {
      tick(state, command.offset);
      state.host.beginCommand?.(command.offset);
      state.substStatus = undefined;
      const argv = literal ?? (yield* expandWords(state, command.words, io));
      if (command.assigns.length === 0 && command.redirs.length === 0 && argv.length > 0) {
        // No assignments to set and restore, no redirections: most commands.
        if (state.options.xtrace) io.err.write(traceLine([], argv));
        return yield* afterCommand(state, io, argv, state.interp.startCommand(state, argv, io, command.offset, io, true));
      }
      const values: [string, string][] = [];
      for (const assign of command.assigns) values.push([assign.name, yield* expandText(state, assign.value, io)]);
      const substStatus = state.substStatus ?? 0;
      const redirected = command.redirs.length === 0 ? io : yield* applyRedirs(state, command.redirs, io);
      if (typeof redirected === 'number') return redirected;
      if (state.options.xtrace) io.err.write(traceLine(values, argv));
      if (argv.length === 0) {
        for (const [name, value] of values) state.vars.set(name, value);
        return substStatus;
      }
      const saved = values.map(([name]) => [name, state.vars.get(name), state.exported.has(name)] as const);
      for (const [name, value] of values) {
        state.vars.set(name, value);
        state.exported.add(name);
      }
      let status: number;
      try {
        status = yield* state.interp.execute(state, argv, redirected, command.offset, io, true);
        // `exit` reports itself as the last command, and leaves the received signals to the EXIT trap.
        if (state.exiting !== undefined) return status;
        state.host.noteCommand?.(argv, status);
      } finally {
        for (const [name, value, exported] of saved) {
          if (value === undefined) state.vars.delete(name);
          else state.vars.set(name, value);
          if (!exported) state.exported.delete(name);
        }
      }
      if (state.proc.pending.length > 0) {
        state.status = status;
        yield* runTraps(state, io);
      }
      return status;
    } finally {
      state.counter.pattern = outer;
      closePatternBudget(state, inner);
    }
  } catch (signal) {
    if (!(signal instanceof PatternTooComplex)) throw signal;
    return patternTooComplex(state, io, 'sh', command.offset);
  }
}

/**
 * Runs the actions of the signals received, once the foreground command has returned (ash.c ›
 * dotrap, called between commands): `$?` inside is the interrupted command's status and is
 * restored after; a signal arriving meanwhile runs after the current action, never inside it.
 */
export function* runTraps(state: ShellState, io: Io): Run<void> {
  const proc = state.proc;
  if (proc.inTrap) return;
  const status = state.status;
  proc.inTrap = true;
  proc.savedStatus = status;
  try {
    for (let signal = proc.pending.shift(); signal !== undefined; signal = proc.pending.shift()) {
      const trap = proc.traps.get(signal);
      if (!trap || trap.action === '') continue;
      proc.ran.push({ signal, action: trap.action, at: state.host.now() });
      yield* runTrapAction(state, trap, io);
      state.status = status;
    }
  } finally {
    proc.inTrap = false;
    proc.savedStatus = undefined;
  }
}

/** One trap action in the shell itself (its `exit` ends the shell); what it cannot run is reported at the `trap` command. */
export function* runTrapAction(state: ShellState, trap: Trap, io: Io): Run<void> {
  try {
    yield* runList(state, trapProgram(trap.action).body, io);
  } catch (signal) {
    if (signal instanceof LoopSignal) return;
    if (signal instanceof ForeverSignal && signal.warning) throw new ForeverSignal({ ...signal.warning, offset: trap.offset });
    throw signal;
  }
  // Its `exit` ends the shell from inside whatever ran the trap (a command loop, `wait`, the EXIT trap).
  const code = state.exiting;
  if (code !== undefined) {
    state.exiting = undefined;
    throw new ExitSignal(code);
  }
}
