// The syntax tree of the shell subset. Every node keeps the character offset where it starts so
// that warnings and cut-offs can point at the script text.

/**
 * A piece of a word: literal text or an expansion, remembering whether it was quoted. An
 * arithmetic expansion that holds `$(...)`, backquotes or `${...}` also keeps them as a word,
 * expanded before the expression is evaluated.
 */
export type WordPart =
  | { kind: 'lit'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; op?: ParamOp; arg?: Word; replacement?: Word; quoted: boolean }
  | { kind: 'subst'; body: ShellList; quoted: boolean }
  | { kind: 'arith'; expr: string; quoted: boolean; word?: Word };

/**
 * The operators of `${NAME<op>WORD}` (and `#` before the name for the length); ash's bash-like
 * `${NAME:OFFSET[:LENGTH]}` (`substring`, WORD holding both) and `${NAME/PATTERN/STRING}` (`/`,
 * `//` for every match; STRING in `replacement`).
 */
export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | '#' | '##' | '%' | '%%' | 'length' | 'substring' | '/' | '//';

/** A shell word before expansion. */
export interface Word {
  parts: WordPart[];
  offset: number;
}

/** `>`, `>>`, `<`, `>&`, `<&`, `&>`, `&>>` or a here-document (`<<`). */
export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<>';

/** One redirection; a here-document carries its body instead of a target. */
export interface Redir {
  fd: number;
  op: RedirOp;
  target: Word;
  offset: number;
}

/** `NAME=value` before a command (or alone). */
export interface Assignment {
  name: string;
  value: Word;
}

/** A command: simple, compound, or a construct the subset does not interpret. */
export type ShellCommand =
  | { kind: 'simple'; assigns: Assignment[]; words: Word[]; redirs: Redir[]; offset: number }
  | { kind: 'if'; clauses: { cond: ShellList; body: ShellList }[]; otherwise?: ShellList; redirs: Redir[]; offset: number }
  | { kind: 'loop'; until: boolean; cond: ShellList; body: ShellList; redirs: Redir[]; offset: number }
  | { kind: 'for'; name: string; items?: Word[]; body: ShellList; redirs: Redir[]; offset: number }
  | { kind: 'group'; body: ShellList; subshell: boolean; redirs: Redir[]; offset: number }
  | { kind: 'case'; word: Word; clauses: CaseClause[]; redirs: Redir[]; offset: number }
  | FunctionDefinition
  | { kind: 'unsupported'; message: string; offset: number };

/** `NAME() BODY` (or `function NAME BODY`): defines NAME; its redirections are the body's, applied at each call. */
export interface FunctionDefinition {
  kind: 'function';
  name: string;
  body: ShellCommand;
  offset: number;
}

/** One `PATTERN[|PATTERN]...) LIST ;;` of a case command; an empty list has no body. */
export interface CaseClause {
  patterns: Word[];
  body?: ShellList;
}

/** Commands joined by `|`, optionally negated with `!`. */
export interface Pipeline {
  negated: boolean;
  commands: ShellCommand[];
  offset: number;
}

/** Pipelines joined by `&&` and `||`. */
export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  background: boolean;
}

/** A sequence of and-or lists separated by `;`, `&` or newlines. */
export interface ShellList {
  items: AndOr[];
}

/** A parsed script. */
export interface ShellProgram {
  body: ShellList;
}
