// Word expansion: parameters, command substitution, arithmetic, then field splitting and file
// name globbing for unquoted results.
import { evaluateArith } from './arith';
import type { ShellList, Word, WordPart } from './ast';
import { expandGlob, hasGlob, isPattern } from './glob';
import { Capture, checkWordSize, type Io } from './io';
import { paramPart, paramValue } from './params';
import { ExitSignal } from './signals';
import { chargeData, forkState, MAX_DEPTH, type Run, type ShellState, tooDeep } from './state';

/** What one field of a split counts against the run's data bound, in characters read (it takes some 100 ns). */
export const FIELD_WORK = 128;

/** Expands words into fields (the argv of a simple command, the items of a for loop). */
export function* expandWords(state: ShellState, words: Word[], io: Io): Run<string[]> {
  const fields: string[] = [];
  for (const word of words) {
    const literal = literalText(word);
    if (literal !== undefined) fields.push(literal);
    else fields.push(...(yield* expandWord(state, word, io)));
  }
  return fields;
}

/** The fields of words that all need no expansion (`: `, `sleep 1`, `exit 1`), or undefined. */
export function literalFields(words: Word[]): string[] | undefined {
  const fields: string[] = [];
  for (const word of words) {
    const literal = literalText(word);
    if (literal === undefined) return undefined;
    fields.push(literal);
  }
  return fields;
}

/** The text of a word that needs no expansion at all (the common case, worth a fast path). */
function literalText(word: Word): string | undefined {
  const [part, more] = word.parts;
  if (more !== undefined || part?.kind !== 'lit') return undefined;
  if (part.quoted) return part.text;
  return part.text !== '' && !hasGlob(part.text) && !part.text.startsWith('~') ? part.text : undefined;
}

/** Expands one word into zero or more fields. */
export function* expandWord(state: ShellState, word: Word, io: Io): Run<string[]> {
  const fields: string[] = [];
  let current = '';
  let started = false;
  let globbable = false;
  const separators = ifsPattern(state);
  for (const [index, part] of word.parts.entries()) {
    if (part.kind === 'lit') {
      current += index === 0 && !part.quoted ? expandTilde(state, part.text) : part.text;
      if (part.quoted) started = true;
      else if (part.text !== '') {
        started = true;
        globbable ||= hasGlob(part.text);
      }
      continue;
    }
    if (part.kind === 'param' && part.name === '@' && part.quoted && part.op === undefined) {
      state.positional.forEach((arg, i) => {
        if (i > 0) {
          fields.push(current);
          current = '';
        }
        current += arg;
        started = true;
      });
      continue;
    }
    const value = yield* partValue(state, part, io, word.offset);
    chargeData(state, value.length);
    if (part.quoted) {
      current = checkWordSize(current + value, word.offset);
      started = true;
      continue;
    }
    globbable ||= hasGlob(value);
    // Split as POSIX does: a run of IFS whitespace ends a field that has begun; each other IFS
    // character (with the whitespace around it) ends one, empty or not. The splitter's capture is
    // that character, undefined for whitespace alone; a splitter without a capture has only whitespace.
    const pieces = value.split(separators.pattern);
    // Each field costs far more than a character: a split into many counts its fields too.
    if (pieces.length >= 64) chargeData(state, pieces.length * FIELD_WORK);
    const step = separators.captures ? 2 : 1;
    for (let i = 0; i < pieces.length; i += step) {
      if (i > 0) {
        if (started || (step === 2 && pieces[i - 1] !== undefined)) fields.push(current);
        current = '';
        started = false;
      }
      const piece = pieces[i] as string;
      if (piece !== '') {
        current = checkWordSize(current + piece, word.offset);
        started = true;
      }
    }
  }
  if (started) fields.push(current);
  if (!globbable || state.options.noglob) return fields;
  return fields.flatMap((field) => (isPattern(field) ? expandGlob(state, field) : [field]));
}

/** `~` and `~/...` at the start of a word are $HOME. */
function expandTilde(state: ShellState, text: string): string {
  return /^~(\/|$)/.test(text) ? (state.vars.get('HOME') ?? '/') + text.slice(1) : text;
}

/** Expands a word into one string, without splitting or globbing (assignments, redirection targets). */
export function* expandText(state: ShellState, word: Word, io: Io): Run<string> {
  let text = '';
  for (const [index, part] of word.parts.entries()) {
    if (part.kind === 'lit') text += index === 0 && !part.quoted ? expandTilde(state, part.text) : part.text;
    else {
      const value = yield* partValue(state, part, io, word.offset);
      chargeData(state, value.length);
      text = checkWordSize(text + value, word.offset);
    }
  }
  return text;
}

/** `*`, `?`, `[` and `\\` of quoted text escaped, so the pattern matches them as themselves. */
function quotePattern(text: string): string {
  return text.replace(/[*?[\\]/g, '\\$&');
}

/**
 * Expands a word into a shell pattern, without splitting or globbing (a case pattern, ash's
 * EXP_CASE): what was quoted matches itself, what was not keeps its `*`, `?` and `[...]`.
 */
export function* expandPattern(state: ShellState, word: Word, io: Io): Run<string> {
  let text = '';
  for (const [index, part] of word.parts.entries()) {
    if (part.kind === 'lit') text += part.quoted ? quotePattern(part.text) : index === 0 ? expandTilde(state, part.text) : part.text;
    else {
      const value = yield* partValue(state, part, io, word.offset);
      chargeData(state, value.length);
      text = checkWordSize(text + (part.quoted ? quotePattern(value) : value), word.offset);
    }
  }
  return text;
}

function* partValue(state: ShellState, part: Exclude<WordPart, { kind: 'lit' }>, io: Io, offset: number): Run<string> {
  switch (part.kind) {
    case 'param':
      return yield* paramPart(state, part, io, function* (kind) {
        const word = kind === 'replacement' ? part.replacement : part.arg;
        if (!word) return '';
        return kind === 'pattern' ? yield* expandPattern(state, word, io) : yield* expandText(state, word, io);
      }, offset);
    case 'subst':
      return yield* substitute(state, part.body, io, offset);
    case 'arith':
      return arithmetic(state, part.word ? yield* expandText(state, part.word, io) : part.expr, io);
  }
}

/** `$(...)`: runs the body in a subshell and takes its output without trailing newlines. */
function* substitute(state: ShellState, body: ShellList, io: Io, offset: number): Run<string> {
  if (state.depth >= MAX_DEPTH) throw tooDeep('$(...)', offset);
  const capture = new Capture(offset);
  const child = forkState(state);
  child.depth++;
  try {
    state.substStatus = yield* state.interp.runProgram(child, { body }, { stdin: '', out: capture, err: io.err });
  } finally {
    // The subshell is over: the variables it shared go back to the parent alone.
    child.vars.release();
    child.exported.release();
    child.functions?.release();
  }
  return capture.text.replace(/\n+$/, '');
}

function arithmetic(state: ShellState, expr: string, io: Io): string {
  const text = expr.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*|[0-9?#$!])\}?/g, (_, name: string) => paramValue(state, name) ?? '');
  const result = evaluateArith(text, (name) => state.vars.get(name), (name, value) => state.vars.set(name, value));
  if (typeof result === 'string') return result;
  io.err.write(`sh: ${result.error}\n`);
  throw new ExitSignal(2);
}

/** How to split on one IFS value: `captures` when the pattern captures a non-whitespace delimiter. */
interface Splitter {
  pattern: RegExp;
  captures: boolean;
}

const DEFAULT_IFS: Splitter = { pattern: /[ \t\n]+/, captures: false };
let lastIfs: { ifs: string; splitter: Splitter } = { ifs: ' \t\n', splitter: DEFAULT_IFS };

function ifsPattern(state: ShellState): Splitter {
  const ifs = state.vars.get('IFS');
  if (ifs === undefined || ifs === ' \t\n') return DEFAULT_IFS;
  if (ifs === lastIfs.ifs) return lastIfs.splitter;
  const cls = (chars: string) => `[${chars.replace(/[\\\]^-]/g, '\\$&')}]`;
  const blank = [...ifs].filter((c) => ' \t\n'.includes(c)).join('');
  const other = [...ifs].filter((c) => !' \t\n'.includes(c)).join('');
  let splitter: Splitter;
  if (ifs === '') splitter = { pattern: /(?!)/, captures: false };
  else if (other === '') splitter = { pattern: new RegExp(`${cls(blank)}+`), captures: false };
  else if (blank === '') splitter = { pattern: new RegExp(`(${cls(other)})`), captures: true };
  else splitter = { pattern: new RegExp(`${cls(blank)}*(${cls(other)})${cls(blank)}*|${cls(blank)}+`), captures: true };
  lastIfs = { ifs, splitter };
  return splitter;
}
