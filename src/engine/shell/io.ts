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
  out: Sink;
  err: Sink;
}

/** Writes complete lines to the log, holding a partial line (from `echo -n`, printf) until its newline or exit. */
export class LineLog implements Sink {
  private pending = '';
  constructor(private readonly log: (line: string) => void) {}

  write(text: string): void {
    const lines = (this.pending + text).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.log(line);
  }

  flush(): void {
    if (this.pending !== '') this.log(this.pending);
    this.pending = '';
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
    if ((this.fs.read(this.path)?.length ?? 0) + text.length > MAX_TEXT) throw tooLarge(this.offset);
    this.fs.write(this.path, text, true);
  }
}

/** /dev/null. */
export const NULL_SINK: Sink = { write: () => undefined };

/** The signal for output that outgrows the simulator's bound. */
export function tooLarge(offset: number): ForeverSignal {
  return new ForeverSignal({ message: 'output grew beyond 1 MiB: the simulator stops interpreting here and the container keeps running', offset });
}
