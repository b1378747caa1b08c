// The parsed programs of script texts (a container's `sh -c` script, what `eval`, `.` and a
// nested `sh -c` run), kept so that a restart or a loop running the same text parses it once.
// Bounded in size, since a parsed text takes some hundred times its length in memory; and a text
// not cached counts against the run's data bound (ShellHost.dataWork), since parsing is work.
import type { ShellProgram } from './ast';
import { parseShell } from './parser';
import type { ShellHost, ShellWarning } from './types';

/**
 * What parsing one character costs against the run's data bound, which is counted in characters
 * read: parsing takes some 250 ns a character and reading one about 1 ns, and a parsed program
 * kept by a running container holds some 150 bytes a character. So a run parses 2 MiB of text at most.
 */
export const PARSE_WORK_PER_CHAR = 512;

/** Texts longer than this are parsed each time they run. */
const MAX_CACHED_TEXT = 65_536;
/** The characters of all cached texts together; past it the cache starts again empty. */
const MAX_CACHED_CHARS = 262_144;
const MAX_CACHED_TEXTS = 256;

/** A parsed text: its program and the parser's warnings. */
export interface ParsedText {
  program: ShellProgram;
  warnings: ShellWarning[];
}

const parsed = new Map<string, ParsedText>();
let cachedChars = 0;

/** The program of a script text, parsed once while it stays cached; throws the host's ForeverSignal past the run's data bound. */
export function parseText(host: ShellHost, text: string): ParsedText {
  const cached = parsed.get(text);
  if (cached) return cached;
  host.dataWork?.(text.length * PARSE_WORK_PER_CHAR);
  const result = parseShell(text);
  if (text.length <= MAX_CACHED_TEXT) {
    if (cachedChars + text.length > MAX_CACHED_CHARS || parsed.size >= MAX_CACHED_TEXTS) {
      parsed.clear();
      cachedChars = 0;
    }
    parsed.set(text, result);
    cachedChars += text.length;
  }
  return result;
}
