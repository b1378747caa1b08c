// Where a command's output goes: the container log (line by line), a file, a capture buffer
// (command substitution, pipes) or nowhere.
import { ForeverSignal } from './signals';
import type { ShellFs } from './types';

/** The largest text a capture or a file may hold; beyond it the simulation stops interpreting. */
export const MAX_TEXT = 1 << 20;

/** Something a command writes to. */
export interface Sink {
  write(text: string): void;
}

/** A command's standard streams. */
export interface Io {
  stdin: string;
  /**
   * How much of `stdin` has been read, shared by every command reading the same input (a
   * redirection, a pipeline stage): `read` takes a line at a time, and what reads after it gets the
   * rest, as from one open file. Absent: nothing reads it in parts.
   */
  consumed?: { at: number };
  out: Sink;
  err: Sink;
}

/** The part of stdin no command has read yet, taken whole: a later reader finds the end. */
export function takeInput(io: Io): string {
  const consumed = io.consumed;
  if (!consumed) return io.stdin;
  const rest = consumed.at === 0 ? io.stdin : io.stdin.slice(consumed.at);
  consumed.at = io.stdin.length;
  return rest;
}

/** The input of a redirection or a pipeline stage: read from its start, in parts or whole. */
export function inputOf(text: string): { stdin: string; consumed: { at: number } } {
  return { stdin: text, consumed: { at: 0 } };
}

/** Log bytes one process may write (stdout and stderr together); beyond, it stops being interpreted. */
export const MAX_LOG_BYTES = 256 * 1024;

/**
 * Writes complete lines to the log, holding a partial line (from `echo -n`, printf) until its
 * newline or exit. `written` is shared by a process's stdout and stderr: past MAX_LOG_BYTES the
 * write throws, so a flood (`while :; do printf '%900000s' x; done`) ends after one mebibyte.
 */
export class LineLog implements Sink {
  private pending = '';
  constructor(private readonly log: (line: string) => void, private readonly written: { bytes: number } = { bytes: 0 }) {}

  write(text: string): void {
    this.written.bytes += text.length;
    if (this.written.bytes > MAX_LOG_BYTES) {
      throw new ForeverSignal({ message: 'log output grew beyond 256 KiB: the simulator stops interpreting here and the container keeps running', offset: 0 });
    }
    const lines = (this.pending + text).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.log(line);
  }

  flush(): void {
    const pending = this.pending;
    this.pending = '';
    try {
      if (pending !== '') this.log(pending);
    } catch (signal) {
      // The process is ending anyway: a log bound reached by its last partial line changes nothing.
      if (!(signal instanceof ForeverSignal)) throw signal;
    }
  }
}

/** Collects output in memory, bounded by MAX_TEXT. */
export class Capture implements Sink {
  text = '';
  constructor(private readonly offset: number) {}

  write(text: string): void {
    if (this.text.length + text.length > MAX_TEXT) throw tooLarge(this.offset);
    this.text += text;
  }
}

/** Appends to a file through the host's file system. */
export class FileSink implements Sink {
  constructor(private readonly fs: ShellFs, private readonly path: string, private readonly offset: number) {}

  write(text: string): void {
    if ((this.fs.size(this.path) ?? 0) + text.length > MAX_TEXT) throw tooLarge(this.offset);
    if (this.fs.write(this.path, text, true) === 'nospace') {
      throw new ForeverSignal({ message: 'the volume is full (16 MiB): the simulator stops interpreting here and the container keeps running', offset: this.offset });
    }
  }
}

/** /dev/null. */
export const NULL_SINK: Sink = { write: () => undefined };

/** The signal for output that outgrows the simulator's bound. */
export function tooLarge(offset: number): ForeverSignal {
  return new ForeverSignal({ message: 'output grew beyond 1 MiB: the simulator stops interpreting here and the container keeps running', offset });
}

/** Past MAX_TEXT, a word being expanded (a variable's value, an argument) stops the process like a flood does. */
export function checkWordSize(text: string, offset: number): string {
  if (text.length <= MAX_TEXT) return text;
  throw wordTooLarge(offset);
}

/** The signal for a word or variable that outgrows MAX_TEXT. */
export function wordTooLarge(offset: number): ForeverSignal {
  return new ForeverSignal({ message: 'a word or variable grew beyond 1 MiB: the simulator stops interpreting here and the container keeps running', offset });
}
