// The parsed programs of script texts (a container's `sh -c` script, what `eval`, `.` and a
// nested `sh -c` run), kept so that a restart or a loop running the same text parses it once.
//
// Parsing is work, so a text counts against the run's data bound (ShellHost.dataWork) unless the
// run's own cache holds it (ShellHost.parsedTexts): the charges depend on the run alone, never on
// what earlier runs left behind, and the same scenario gives the same trace. Behind it, a cache
// shared by the runs of a process spares the parse itself (a keystroke's run reuses the last one's).
// Both are bounded in size, since a parsed text takes some hundred times its length in memory.
import type { ShellProgram } from './ast';
import { parseShell } from './parser';
import type { ShellHost, ShellWarning } from './types';

/**
 * What parsing one character costs against the run's data bound, which is counted in characters
 * read: parsing takes some 250 ns a character and reading one about 1 ns, and a parsed program
 * kept by a running container holds some 150 bytes a character. So a run parses 2 MiB of text at most.
 */
export const PARSE_WORK_PER_CHAR = 512;

/** Texts longer than this are parsed (and charged) each time they run. */
const MAX_CACHED_TEXT = 65_536;
/** A run's cache holds 512 KiB of text, more than a scenario's own scripts can be (its text is at most 128 KiB). */
const MAX_RUN_CHARS = 524_288;
const MAX_SHARED_CHARS = 262_144;
const MAX_CACHED_TEXTS = 4096;

/** A parsed text: its program and the parser's warnings. */
export interface ParsedText {
  program: ShellProgram;
  warnings: ShellWarning[];
}

/** Texts held under a cache's bounds: past them it starts again empty. */
export class TextCache<T> {
  private readonly entries = new Map<string, T>();
  private chars = 0;

  constructor(private readonly maxChars = MAX_RUN_CHARS) {}

  get(text: string): T | undefined {
    return this.entries.get(text);
  }

  /** Keeps `value` for `text` when the text is short enough. */
  set(text: string, value: T): void {
    if (text.length > MAX_CACHED_TEXT) return;
    if (this.chars + text.length > this.maxChars || this.entries.size >= MAX_CACHED_TEXTS) {
      this.entries.clear();
      this.chars = 0;
    }
    this.entries.set(text, value);
    this.chars += text.length;
  }
}

const shared = new TextCache<ParsedText>(MAX_SHARED_CHARS);

/** The program of a script text; throws the host's ForeverSignal past the run's data bound. */
export function parseText(host: ShellHost, text: string): ParsedText {
  const run = host.parsedTexts;
  const known = run?.get(text);
  if (known) return known;
  host.dataWork?.(text.length * PARSE_WORK_PER_CHAR);
  let result = shared.get(text);
  if (!result) {
    result = parseShell(text);
    shared.set(text, result);
  }
  run?.set(text, result);
  return result;
}
