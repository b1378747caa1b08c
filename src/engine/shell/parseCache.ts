// The parsed programs of script texts (a container's `sh -c` script, what `eval`, `.` and a
// nested `sh -c` run), kept so that a restart or a loop running the same text parses it once.
// Bounded in size, since a parsed text takes some hundred times its length in memory.
//
// Parsing is work, so a text counts against the run's data bound (ShellHost.dataWork) unless the
// run has parsed it already and it is still in the run's own accounting (ShellHost.parsedTexts),
// bounded as the cache is. The charges so depend on the run alone, never on what earlier runs of
// the same process left in the cache: the same scenario gives the same trace.
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
/** The characters of all cached texts together; past it the cache starts again empty. */
const MAX_CACHED_CHARS = 262_144;
const MAX_CACHED_TEXTS = 256;

/** A parsed text: its program and the parser's warnings. */
export interface ParsedText {
  program: ShellProgram;
  warnings: ShellWarning[];
}

/** Texts held under the cache's bounds: the process-wide cache of programs, and each run's accounting. */
export class TextCache<T> {
  private readonly entries = new Map<string, T>();
  private chars = 0;

  get(text: string): T | undefined {
    return this.entries.get(text);
  }

  /** Keeps `value` for `text` when the text is short enough, starting again empty past the bounds. */
  set(text: string, value: T): void {
    if (text.length > MAX_CACHED_TEXT) return;
    if (this.chars + text.length > MAX_CACHED_CHARS || this.entries.size >= MAX_CACHED_TEXTS) {
      this.entries.clear();
      this.chars = 0;
    }
    this.entries.set(text, value);
    this.chars += text.length;
  }
}

const parsed = new TextCache<ParsedText>();

/** The program of a script text; throws the host's ForeverSignal past the run's data bound. */
export function parseText(host: ShellHost, text: string): ParsedText {
  const accounting = host.parsedTexts;
  if (accounting && accounting.get(text) === undefined) {
    host.dataWork?.(text.length * PARSE_WORK_PER_CHAR);
    accounting.set(text, true);
  }
  const cached = parsed.get(text);
  if (cached) return cached;
  const result = parseShell(text);
  parsed.set(text, result);
  return result;
}
