// Reading what follows a `$`: parameters, `${...}` forms, `$((...))` and `$(...)`.
import type { ParamOp, Word } from './ast';
import type { Lexer } from './lexer';
import { PartsBuilder, ParseError } from './lexParts';

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL = '?#@*$!-';
/** `$((` inside `$((` that are read as words (they hold substitutions); past it, a syntax error. */
const MAX_ARITH_NESTING = 64;
const OPS: ParamOp[] = [':-', ':=', ':+', ':?', '##', '%%', '-', '=', '+', '?', '#', '%'];

/** Reads an expansion starting at the `$` under `lexer.pos` into `out`. */
export function readDollar(lexer: Lexer, out: PartsBuilder, quoted: boolean, limit: number): void {
  const src = lexer.src;
  const start = lexer.pos;
  const c = src[start + 1] ?? '';
  if (start + 1 >= limit) {
    out.lit('$', quoted);
    lexer.pos++;
  } else if (c === '{') {
    readBraced(lexer, out, quoted, limit);
  } else if (c === '(' && src[start + 2] === '(') {
    const end = findArithEnd(src, start + 3, limit);
    if (end < 0) throw new ParseError('unterminated $((', start);
    const expr = src.slice(start + 3, end);
    if (/\$[({]|`/.test(expr)) {
      // Its substitutions run first, then the text they give is evaluated (ash expands it as a word).
      const inner = new PartsBuilder();
      if (++lexer.arithDepth > MAX_ARITH_NESTING) throw new ParseError('arithmetic nested too deeply', start);
      lexer.pos = start + 3;
      lexer.readParts(inner, 'heredoc', true, end);
      lexer.arithDepth--;
      out.parts.push({ kind: 'arith', expr, quoted, word: { parts: inner.parts, offset: start + 3 } });
    } else out.parts.push({ kind: 'arith', expr, quoted });
    lexer.pos = end + 2;
  } else if (c === '(') {
    const { body, end } = lexer.subst(start + 2, undefined);
    out.parts.push({ kind: 'subst', body, quoted });
    lexer.pos = end;
  } else if (NAME_START.test(c)) {
    let end = start + 2;
    while (end < limit && NAME_CHAR.test(src[end] ?? '')) end++;
    out.parts.push({ kind: 'param', name: src.slice(start + 1, end), quoted });
    lexer.pos = end;
  } else if (/[0-9]/.test(c) || SPECIAL.includes(c)) {
    out.parts.push({ kind: 'param', name: c, quoted });
    lexer.pos = start + 2;
  } else {
    out.lit('$', quoted);
    lexer.pos++;
  }
}

function readBraced(lexer: Lexer, out: PartsBuilder, quoted: boolean, limit: number): void {
  const src = lexer.src;
  const start = lexer.pos;
  let pos = start + 2;
  let length = false;
  if (src[pos] === '#' && src[pos + 1] !== '}' && pos + 1 < limit) {
    length = true;
    pos++;
  }
  let end = pos;
  const first = src[pos] ?? '';
  if (NAME_START.test(first)) {
    while (end < limit && NAME_CHAR.test(src[end] ?? '')) end++;
  } else if (/[0-9]/.test(first)) {
    while (end < limit && /[0-9]/.test(src[end] ?? '')) end++;
  } else if (SPECIAL.includes(first) && first !== '') {
    end++;
  }
  const name = src.slice(pos, end);
  if (name === '') throw new ParseError('bad substitution', start);
  if (length) {
    if (src[end] !== '}') throw new ParseError('bad substitution', start);
    out.parts.push({ kind: 'param', name, op: 'length', quoted });
    lexer.pos = end + 1;
    return;
  }
  if (src[end] === '}' && end < limit) {
    out.parts.push({ kind: 'param', name, quoted });
    lexer.pos = end + 1;
    return;
  }
  const op = OPS.find((o) => src.startsWith(o, end));
  if (op === undefined && (src[end] === ':' || src[end] === '/')) {
    readSubstringOrReplace(lexer, out, name, quoted, limit, start, end);
    return;
  }
  if (op === undefined) throw new ParseError('bad substitution', start);
  lexer.pos = end + op.length;
  const arg = new PartsBuilder();
  // A pattern's characters are quoted only by quotes of its own: `"${f##*/}"` still strips up to
  // the last `/`, `${x#"$p"}` removes $p's text literally (ash's EXP_CASE inside ${}).
  const pattern = op === '#' || op === '##' || op === '%' || op === '%%';
  lexer.readParts(arg, 'brace', quoted && !pattern, limit);
  if (src[lexer.pos] !== '}' || lexer.pos >= limit) throw new ParseError('unterminated ${', start);
  lexer.pos++;
  const word: Word = { parts: arg.parts, offset: end + op.length };
  out.parts.push({ kind: 'param', name, op, arg: word, quoted });
}

/**
 * `${NAME:OFFSET[:LENGTH]}` and `${NAME/PATTERN[/STRING]}`, `${NAME//...}` (ash with its bash
 * extensions). The pattern ends at its first `/` outside quotes; only its own quotes make its
 * characters literal, as for `#`.
 */
function readSubstringOrReplace(lexer: Lexer, out: PartsBuilder, name: string, quoted: boolean, limit: number, start: number, end: number): void {
  const src = lexer.src;
  const substring = src[end] === ':';
  const op: ParamOp = substring ? 'substring' : src[end + 1] === '/' ? '//' : '/';
  lexer.pos = end + (op === '//' ? 2 : 1);
  const argStart = lexer.pos;
  const arg = new PartsBuilder();
  lexer.readParts(arg, substring ? 'brace' : 'braceSlash', substring && quoted, limit);
  let replacement: Word | undefined;
  if (!substring && src[lexer.pos] === '/' && lexer.pos < limit) {
    lexer.pos++;
    const replaced = new PartsBuilder();
    const from = lexer.pos;
    lexer.readParts(replaced, 'brace', quoted, limit);
    replacement = { parts: replaced.parts, offset: from };
  }
  if (src[lexer.pos] !== '}' || lexer.pos >= limit) throw new ParseError('unterminated ${', start);
  lexer.pos++;
  out.parts.push({ kind: 'param', name, op, arg: { parts: arg.parts, offset: argStart }, ...(replacement ? { replacement } : {}), quoted });
}

function findArithEnd(src: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return src[i + 1] === ')' && i + 1 < limit ? i : -1;
      depth--;
    }
  }
  return -1;
}
