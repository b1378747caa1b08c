// Tokens of the shell subset. Words are read into parts (literals and expansions) here, so the
// parser never looks at quotes; `$(...)` and backquotes call back into the parser.
import type { Redir, RedirOp, ShellList, Word } from './ast';
import { readDollar } from './lexDollar';
import { ParseError, PartsBuilder } from './lexParts';

/** Control operators, including the newline that ends a command. */
export type Op = ';' | ';;' | '&' | '&&' | '|' | '||' | '(' | ')' | '\n';

/** One token; `plain` is the text of a word made only of unquoted literal characters. */
export type Token =
  | { kind: 'word'; word: Word; plain?: string; start: number; end: number }
  | { kind: 'op'; op: Op; start: number; end: number }
  | { kind: 'redir'; fd?: number; op: RedirOp | '<<-'; start: number; end: number }
  | { kind: 'eof'; start: number; end: number };

/** Parses the body of `$(...)` (until `)`) or of backquotes (until `limit`). */
export type SubstParser = (start: number, limit: number | undefined) => { body: ShellList; end: number };

/** How a run of characters is read: a bare word, inside "...", a here-document body, or a `${...}` argument. */
export type ReadMode = 'word' | 'dquote' | 'heredoc' | 'brace' | 'braceSlash';

const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const OPS: [string, Op | RedirOp | '<<-' | '>|'][] = [
  ['&>>', '&>>'], ['<<-', '<<-'], ['&&', '&&'], ['||', '||'], [';;', ';;'], ['>>', '>>'], ['<<', '<<'], ['>&', '>&'],
  ['<&', '<&'], ['&>', '&>'], ['<>', '<>'], ['>|', '>|'], [';', ';'], ['&', '&'], ['|', '|'], ['(', '('], [')', ')'],
  ['\n', '\n'], ['>', '>'], ['<', '<'],
];
/** The characters an operator begins with. */
const OP_STARTS = new Set(OPS.map(([text]) => text.charAt(0)));
const REDIR_OPS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '<<', '<<-', '<>', '>|']);

interface PendingHeredoc {
  redir: Redir;
  delimiter: string;
  strip: boolean;
  quoted: boolean;
}

/** Reads tokens on demand from `src` between `pos` and `limit`. */
export class Lexer {
  pos: number;
  /** Arithmetic expansions read inside each other (`$(( $(( ... )) ))`), bounded like command nesting. */
  arithDepth = 0;
  private readonly heredocs: PendingHeredoc[] = [];

  constructor(readonly src: string, readonly subst: SubstParser, start = 0, readonly limit = src.length) {
    this.pos = start;
  }

  /** Registers a here-document whose body starts after the next newline. */
  addHeredoc(redir: Redir, delimiter: string, strip: boolean, quoted: boolean): void {
    this.heredocs.push({ redir, delimiter, strip, quoted });
  }

  next(): Token {
    this.skipBlank();
    const start = this.pos;
    if (start >= this.limit) return { kind: 'eof', start, end: start };
    // Most tokens are words: the checks for a redirection's descriptor and for an operator are made
    // only when the first character can begin one.
    const first = this.src.charCodeAt(start);
    const digits = first >= 48 && first <= 57 ? /^\d+(?=[<>])/.exec(this.src.slice(start, Math.min(this.limit, start + 12))) : null;
    let fd: number | undefined;
    if (digits) {
      fd = Number(digits[0]);
      this.pos += digits[0].length;
    }
    if (OP_STARTS.has(this.src.charAt(this.pos))) for (const [text, op] of OPS) {
      if (!this.src.startsWith(text, this.pos) || this.pos + text.length > this.limit) continue;
      this.pos += text.length;
      if (REDIR_OPS.has(op)) {
        const redirOp = op === '>|' ? '>' : (op as RedirOp | '<<-');
        return { kind: 'redir', fd, op: redirOp, start, end: this.pos };
      }
      if (op === '\n') this.readHeredocBodies();
      return { kind: 'op', op: op as Op, start, end: this.pos };
    }
    const builder = new PartsBuilder();
    this.readParts(builder, 'word', false);
    const plain = builder.parts.every((p) => p.kind === 'lit' && !p.quoted)
      ? builder.parts.map((p) => (p.kind === 'lit' ? p.text : '')).join('')
      : undefined;
    return { kind: 'word', word: { parts: builder.parts, offset: start }, plain, start, end: this.pos };
  }

  /** Reads characters into `out` until the end of the construct that `mode` describes. */
  readParts(out: PartsBuilder, mode: ReadMode, quoted: boolean, limit = this.limit): void {
    const src = this.src;
    while (this.pos < limit) {
      const c = src[this.pos] ?? '';
      if (mode === 'word' && META.has(c)) return;
      if (mode === 'dquote' && c === '"') return;
      if ((mode === 'brace' || mode === 'braceSlash') && c === '}') return;
      if (mode === 'braceSlash' && c === '/') return;
      if (c === '\\') {
        this.readEscape(out, mode, quoted, limit);
      } else if (c === "'" && (mode === 'word' || mode === 'brace' || mode === 'braceSlash')) {
        const end = src.indexOf("'", this.pos + 1);
        if (end < 0 || end >= limit) throw new ParseError('unterminated single quote', this.pos);
        out.lit(src.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"' && (mode === 'word' || mode === 'brace' || mode === 'braceSlash')) {
        const open = this.pos++;
        const before = out.parts.length;
        this.readParts(out, 'dquote', true, limit);
        if (src[this.pos] !== '"' || this.pos >= limit) throw new ParseError('unterminated double quote', open);
        this.pos++;
        if (out.parts.length === before) out.lit('', true);
      } else if (c === '`') {
        const end = findBackquote(src, this.pos + 1, limit);
        if (end < 0) throw new ParseError('unterminated backquote', this.pos);
        const { body } = this.subst(this.pos + 1, end);
        out.parts.push({ kind: 'subst', body, quoted: quoted || mode === 'dquote' || mode === 'heredoc' });
        this.pos = end + 1;
      } else if (c === '$' && src[this.pos + 1] === "'" && this.pos + 1 < limit && (mode === 'word' || mode === 'brace' || mode === 'braceSlash')) {
        this.readAnsiC(out, limit);
      } else if (c === '$') {
        readDollar(this, out, quoted || mode === 'dquote' || mode === 'heredoc', limit);
      } else {
        out.lit(c, quoted || mode === 'dquote' || mode === 'heredoc');
        this.pos++;
      }
    }
  }

  /** `$'...'` (ash with its bash extensions): a quoted string whose backslash escapes are decoded. */
  private readAnsiC(out: PartsBuilder, limit: number): void {
    const src = this.src;
    let end = this.pos + 2;
    while (end < limit && src[end] !== "'") end += src[end] === '\\' ? 2 : 1;
    if (end >= limit) throw new ParseError('unterminated single quote', this.pos);
    out.lit(decodeAnsiC(src.slice(this.pos + 2, end)), true);
    this.pos = end + 1;
  }

  private readEscape(out: PartsBuilder, mode: ReadMode, quoted: boolean, limit: number): void {
    const next = this.src[this.pos + 1];
    if (next === undefined || this.pos + 1 >= limit) {
      out.lit('\\', true);
      this.pos++;
    } else if (next === '\n') {
      this.pos += 2;
    } else if (mode === 'word' || mode === 'brace' || mode === 'braceSlash' || '$`\\'.includes(next) || (mode === 'dquote' && next === '"')) {
      out.lit(next, true);
      this.pos += 2;
    } else {
      out.lit('\\' + next, true);
      this.pos += 2;
    }
  }

  private skipBlank(): void {
    const src = this.src;
    while (this.pos < this.limit) {
      const c = src[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\\' && src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') {
        const nl = src.indexOf('\n', this.pos);
        this.pos = nl < 0 || nl > this.limit ? this.limit : nl;
      } else return;
    }
  }

  private readHeredocBodies(): void {
    for (const doc of this.heredocs.splice(0)) {
      const out = new PartsBuilder();
      const start = this.pos;
      while (this.pos < this.limit) {
        const nl = this.src.indexOf('\n', this.pos);
        const lineEnd = nl < 0 || nl >= this.limit ? this.limit : nl;
        let lineStart = this.pos;
        if (doc.strip) while (this.src[lineStart] === '\t' && lineStart < lineEnd) lineStart++;
        const line = this.src.slice(lineStart, lineEnd).replace(/\r$/, '');
        if (line === doc.delimiter) {
          this.pos = Math.min(this.limit, lineEnd + 1);
          break;
        }
        const stop = Math.min(this.limit, lineEnd + 1);
        if (doc.quoted) {
          out.lit(this.src.slice(lineStart, stop), true);
          this.pos = stop;
        } else {
          this.pos = lineStart;
          this.readParts(out, 'heredoc', true, stop);
        }
      }
      if (out.parts.length === 0) out.lit('', true);
      doc.redir.target = { parts: out.parts, offset: start };
    }
  }
}

function findBackquote(src: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '`') return i;
  }
  return -1;
}

const ANSI_C: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/**
 * The escapes of `$'...'` as busybox's ash decodes them: `\a \b \f \n \r \t \v \\ \' \"`, up to
 * three octal digits, `\x` and up to two hex digits; any other backslash stays as written (`\e`,
 * `\u` are not decoded). A NUL ends nothing but is dropped, as a C string cannot hold it.
 */
export function decodeAnsiC(body: string): string {
  return body.replace(/\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|([\s\S]))/g, (whole, octal: string | undefined, hex: string | undefined, other: string | undefined) => {
    if (octal !== undefined || hex !== undefined) {
      const code = octal !== undefined ? parseInt(octal, 8) & 0xff : parseInt(hex ?? '0', 16);
      return code === 0 ? '' : String.fromCharCode(code);
    }
    return (other !== undefined ? ANSI_C[other] : undefined) ?? whole;
  });
}
