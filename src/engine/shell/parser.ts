// Recursive-descent parser for the shell subset. Syntax it cannot read becomes an `unsupported`
// node plus a warning, so a script runs up to that point and then behaves like a server.
import type { AndOr, Pipeline, Redir, RedirOp, ShellCommand, ShellList, ShellProgram } from './ast';
import { Lexer, type Op, type Token } from './lexer';
import { ParseError } from './lexParts';
import { parseCompound } from './parseCompound';
import { parseSimple } from './parseSimple';
import { describeInternalError } from './signals';
import type { ShellWarning } from './types';

const MAX_DEPTH = 64;
const RESERVED = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in']);

/** The functions a script defines and the unknown commands it calls, which may be among them. */
export interface FunctionNames {
  defined: Set<string>;
  called: { name: string; warning: ShellWarning }[];
  /** The script runs `eval` or `.`: what they define is known only at run time. */
  dynamic: boolean;
}

/** Parses a script once into a program; never throws, whatever the input. */
export function parseShell(script: string): { program: ShellProgram; warnings: ShellWarning[] } {
  const warnings: ShellWarning[] = [];
  const functions: FunctionNames = { defined: new Set(), called: [], dynamic: false };
  try {
    const program = { body: new Parser(script, 0, undefined, warnings, 0, functions).parseTop() };
    // A call to a function the script defines is no unsupported command.
    // With `eval` or `.` in the script, any name may be a function by then: run time tells.
    const defined = functions.called.filter((c) => functions.dynamic || functions.defined.has(c.name)).map((c) => c.warning);
    return { program, warnings: defined.length === 0 ? warnings : warnings.filter((w) => !defined.includes(w)) };
  } catch (error) {
    const message = `the simulator failed to read this script (${describeInternalError(error)}): the container runs forever`;
    warnings.push({ message, offset: 0 });
    return { program: { body: { items: [unsupportedItem(message, 0)] } }, warnings };
  }
}

/** A parser over `src` from `start` up to `limit`; exported for the simple-command reader. */
export class Parser {
  readonly lexer: Lexer;
  private peeked: Token | undefined;

  constructor(readonly src: string, start: number, limit: number | undefined, readonly warnings: ShellWarning[], public depth: number,
    readonly functions: FunctionNames = { defined: new Set(), called: [], dynamic: false }) {
    if (depth > MAX_DEPTH) throw new ParseError('commands nested too deeply', start);
    this.lexer = new Lexer(src, (s, l) => this.parseSubstitution(s, l), start, limit ?? src.length);
  }

  peek(): Token {
    this.peeked ??= this.lexer.next();
    return this.peeked;
  }

  take(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  isOp(op: Op): boolean {
    const token = this.peek();
    return token.kind === 'op' && token.op === op;
  }

  isWord(plain: string): boolean {
    const token = this.peek();
    return token.kind === 'word' && token.plain === plain;
  }

  expectWord(plain: string): void {
    if (!this.isWord(plain)) throw this.unexpected(`expected "${plain}"`);
    this.take();
  }

  unexpected(hint?: string): ParseError {
    const token = this.peek();
    const what = token.kind === 'eof' ? 'end of script'
      : token.kind === 'op' ? (token.op === '\n' ? 'newline' : `"${token.op}"`)
      : `"${this.src.slice(token.start, token.end)}"`;
    return new ParseError(`unexpected ${what}${hint ? `, ${hint}` : ''}`, token.start);
  }

  skipNewlines(): void {
    while (this.isOp('\n')) this.take();
  }

  /** Reads the whole script; a syntax error ends the program with an `unsupported` item. */
  parseTop(): ShellList {
    const items: AndOr[] = [];
    try {
      this.parseList([], items);
      if (this.peek().kind !== 'eof') throw this.unexpected();
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      const message = `the simulator cannot interpret this shell syntax (${error.message}): the container runs forever from here`;
      this.warnings.push({ message, offset: error.offset });
      items.push(unsupportedItem(message, error.offset));
    }
    return { items };
  }

  /** And-or lists until one of `stops` (reserved words, ')' or ';;') stands where a command would start; `items` collects them as they are read. */
  parseList(stops: string[], items: AndOr[] = []): ShellList {
    this.skipNewlines();
    for (;;) {
      const token = this.peek();
      if (token.kind === 'eof') break;
      if (token.kind === 'word' && token.plain !== undefined && stops.includes(token.plain)) break;
      if (token.kind === 'op' && ((token.op === ')' && stops.includes(')')) || (token.op === ';;' && stops.includes(';;')))) break;
      const item = this.parseAndOr();
      items.push(item);
      if (this.isOp(';') || this.isOp('&')) {
        item.background = this.isOp('&');
        this.take();
        this.skipNewlines();
      } else if (this.isOp('\n')) {
        this.skipNewlines();
      } else break;
    }
    return { items };
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    while (this.isOp('&&') || this.isOp('||')) {
      const token = this.take();
      this.skipNewlines();
      rest.push({ op: token.kind === 'op' && token.op === '||' ? '||' : '&&', pipeline: this.parsePipeline() });
    }
    return { first, rest, background: false };
  }

  private parsePipeline(): Pipeline {
    const offset = this.peek().start;
    const negated = this.isWord('!');
    if (negated) this.take();
    const commands = [this.parseCommand()];
    while (this.isOp('|')) {
      this.take();
      this.skipNewlines();
      commands.push(this.parseCommand());
    }
    return { negated, commands, offset };
  }

  /** One command; compound commands may be followed by redirections. */
  parseCommand(): ShellCommand {
    const token = this.peek();
    if (token.kind === 'op' && token.op === '(') {
      this.take();
      const body = this.enter(() => this.parseList([')']));
      if (!this.isOp(')')) throw this.unexpected('expected ")"');
      this.take();
      return { kind: 'group', body, subshell: true, redirs: this.parseRedirs(), offset: token.start };
    }
    if (token.kind === 'op') throw this.unexpected();
    if (token.kind === 'eof') throw this.unexpected();
    if (token.kind === 'word' && token.plain !== undefined) {
      if (RESERVED.has(token.plain)) throw this.unexpected();
      const compound = parseCompound(this, token.plain, token.start);
      if (compound) return compound;
    }
    return parseSimple(this);
  }

  /** Records an unsupported construct after letting `skip` consume it. */
  unsupported(what: string, offset: number, skip: () => void): ShellCommand {
    skip();
    const message = `${what}: the container runs forever from here`;
    this.warnings.push({ message, offset });
    return { kind: 'unsupported', message, offset };
  }

  /** Redirections after a compound command. */
  parseRedirs(): Redir[] {
    const redirs: Redir[] = [];
    while (this.peek().kind === 'redir') redirs.push(this.parseRedir());
    return redirs;
  }

  /** One redirection and its target (or here-document body, read at the next newline). */
  parseRedir(): Redir {
    const token = this.take();
    if (token.kind !== 'redir') throw this.unexpected();
    const target = this.take();
    if (target.kind !== 'word') throw new ParseError('missing redirection target', token.start);
    const input = token.op.startsWith('<');
    const op: RedirOp = token.op === '<<-' ? '<<' : token.op;
    const redir: Redir = { fd: token.fd ?? (input ? 0 : 1), op, target: target.word, offset: token.start };
    if (token.op === '<<' || token.op === '<<-') {
      const raw = this.src.slice(target.start, target.end);
      const quoted = /["'\\]/.test(raw);
      redir.target = { parts: [{ kind: 'lit', text: '', quoted: true }], offset: target.end };
      this.lexer.addHeredoc(redir, raw.replace(/["'\\]/g, ''), token.op === '<<-', quoted);
    }
    return redir;
  }

  /** Runs a reader one nesting level deeper, so that nesting (and the stack) stays bounded. */
  enter<T>(read: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new ParseError('commands nested too deeply', this.peek().start);
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  private parseSubstitution(start: number, limit: number | undefined): { body: ShellList; end: number } {
    const inner = new Parser(this.src, start, limit, this.warnings, this.depth + 1, this.functions);
    const body = inner.parseList(limit === undefined ? [')'] : []);
    const token = inner.take();
    if (limit === undefined) {
      if (token.kind !== 'op' || token.op !== ')') throw new ParseError('unterminated $(', start - 2);
      return { body, end: token.end };
    }
    if (token.kind !== 'eof') throw new ParseError(`unexpected "${this.src.slice(token.start, token.end)}"`, token.start);
    return { body, end: limit + 1 };
  }
}

/** An and-or list made of one `unsupported` command. */
export function unsupportedItem(message: string, offset: number): AndOr {
  return { first: { negated: false, commands: [{ kind: 'unsupported', message, offset }], offset }, rest: [], background: false };
}
