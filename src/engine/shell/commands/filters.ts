// Line filters that stream at the end of a pipeline: cat, tee and grep read line by line, so a
// long-running left side still reaches the log (and tee's file) as it writes.
import type { ShellCommand } from '../ast';
import { commandName } from '../commandNames';
import { expandWords } from '../expand';
import type { Io, Sink } from '../io';
import { openOutput } from '../redirect';
import { PatternTooComplex } from '../pattern/nfa';
import { closePatternBudget, openPatternBudget, patternTooComplex, type Run, type ShellState } from '../state';
import { parseGrep } from './grepMatch';

/** A streaming stage: write into `sink`; `finish` flushes a last partial line and gives the status. */
export interface LineFilter {
  sink: Sink;
  finish(): number;
}

/** A streaming filter for `command`, or undefined when it must run as an ordinary stage. */
export function* makeLineFilter(state: ShellState, command: ShellCommand, out: Sink, io: Io): Run<LineFilter | undefined> {
  if (command.kind !== 'simple' || command.assigns.length > 0 || command.redirs.length > 0) return undefined;
  const first = command.words[0]?.parts;
  if (first?.length !== 1 || first[0]?.kind !== 'lit') return undefined;
  const name = commandName(first[0].text);
  if (name !== 'cat' && name !== 'tee' && name !== 'grep') return undefined;
  const args = (yield* expandWords(state, command.words, io)).slice(1);
  if (name === 'cat') return args.every((a) => a === '-') ? lineFilter((line) => out.write(line), () => 0) : undefined;
  if (name === 'tee') {
    // Any other option runs as an ordinary stage, which knows what to do with it.
    if (!args.every((a) => !a.startsWith('-') || a === '-' || ['-a', '--append', '-i', '-ai', '-ia'].includes(a))) return undefined;
    const append = args.some((a) => a === '-a' || a === '--append' || a === '-ai' || a === '-ia');
    let status = 0;
    const sinks = [out];
    for (const file of args.filter((a) => !a.startsWith('-'))) {
      const sink = openOutput(state, file, append, io, command.offset);
      if (typeof sink === 'number') status = 1;
      else sinks.push(sink);
    }
    return lineFilter((line) => sinks.forEach((s) => s.write(line)), () => status);
  }
  // Not inside a simple command of its own: the filter keeps its own pattern budget for the stream.
  const budget = openPatternBudget(state);
  const grep = parseGrep(args, budget);
  if (!grep || 'error' in grep || 'option' in grep || !grep.streams || grep.files.length > 0) {
    closePatternBudget(state, budget);
    return undefined;
  }
  let matched = false;
  let tooComplex = false;
  return lineFilter((line) => {
    if (tooComplex) return;
    try {
      if (!grep.match(line.replace(/\n$/, ''))) return;
    } catch (signal) {
      if (!(signal instanceof PatternTooComplex)) throw signal;
      tooComplex = true;
      return;
    }
    matched = true;
    if (!grep.quiet) out.write(line);
  }, () => {
    closePatternBudget(state, budget);
    if (tooComplex) return patternTooComplex(state, io, 'grep', command.offset);
    return matched ? 0 : 1;
  });
}

/** Calls `onLine` with each complete line (newline included) and the final partial one. */
function lineFilter(onLine: (line: string) => void, status: () => number): LineFilter {
  let pending = '';
  return {
    sink: {
      write(text) {
        const parts = (pending + text).split('\n');
        pending = parts.pop() ?? '';
        for (const part of parts) onLine(`${part}\n`);
      },
    },
    finish() {
      if (pending !== '') onLine(pending);
      pending = '';
      return status();
    },
  };
}
