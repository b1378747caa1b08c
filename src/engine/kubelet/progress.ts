// Progress notes: where a run is, told to whoever watches it (the browser's worker) so that a run
// stopped for taking too long can say which container and which command it was in.
import type { ShellHost } from '../shell/types';
import type { SimContext } from './context';
import { scriptIndex, warningPosition } from './process';
import type { Instance } from './runtime';

/** Where a run is: the simulated time, the container, and the command that just started. */
export interface ProgressNote {
  t: number;
  container: string;
  /** What of the container runs the command: its own program, or a probe or lifecycle hook. */
  part: 'program' | 'handler';
  /** The command's source text with the rest of its pipeline (up to the next `;`, `&&`, `||`, `&` or line end outside quotes), shortened: a trailing `grep` of a pipeline does its work as the first stage writes. */
  command?: string;
  /** Its place in the scenario text, for a container's own program. */
  line?: number;
  column?: number;
}

const longest = 80;

/** The command starting at `offset` of a script, as written, with the rest of its pipeline. */
export function commandText(script: string, offset: number): string {
  let quote = '';
  let end = offset;
  for (; end < script.length && end - offset < longest + 1; end++) {
    const c = script[end] as string;
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === "'" || c === '"') quote = c;
    else if (c === '\\') end++;
    else if (c === '|' && script[end + 1] === '|') break;
    else if (c === ';' || c === '&' || c === '\n' || c === ')') break;
  }
  const text = script.slice(offset, end).trim();
  return text.length > longest ? `${text.slice(0, longest - 1)}…` : text;
}

/** Tells the run's watcher as each command of this host starts; `argv` is what it runs (a container's program, or a probe's or hook's command). */
export function watchCommands(ctx: SimContext, inst: Instance, host: ShellHost, part: ProgressNote['part'], argv?: string[]): void {
  const progress = ctx.progress;
  if (!progress) return;
  const spec = inst.spec;
  const index = argv ? scriptIndex(argv) : undefined;
  const script = index === undefined ? undefined : argv?.[index];
  host.beginCommand = (offset) => {
    const note: ProgressNote = { t: ctx.sched.now, container: spec.name, part };
    if (script !== undefined && index !== undefined) {
      note.command = commandText(script, offset);
      if (part === 'program') Object.assign(note, warningPosition(spec, index, offset, script));
    }
    progress(note);
  };
}
