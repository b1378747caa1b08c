// Simple commands: assignments, words and redirections, function definitions, plus the static
// check that names commands outside the subset.
import type { Assignment, FunctionDefinition, Redir, ShellCommand, Word } from './ast';
import { ParseError } from './lexParts';
import { commandName, unsupportedCommandMessage } from './commandNames';
import type { Parser } from './parser';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;
/** Commands whose first operand is itself a command to check. */
const WRAPPERS = new Set(['exec', 'timeout', 'env']);

/** The special builtins, which no function may be named after (ash.c: "bad function name"). */
const SPECIAL_BUILTINS = new Set(['break', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'source', 'times', 'trap', 'unset', 'local']);

/**
 * The rest of a function definition once its name and `(` are read: `)`, newlines, then the body,
 * any command with its redirections (ash.c › simplecmd).
 */
export function parseFunctionRest(p: Parser, name: string, offset: number, parens: boolean): FunctionDefinition {
  if (parens) {
    p.take();
    if (!p.isOp(')')) throw p.unexpected('expected ")"');
    p.take();
  }
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || SPECIAL_BUILTINS.has(name)) throw new ParseError('bad function name', offset);
  p.skipNewlines();
  const body = p.enter(() => p.parseCommand());
  p.functions.defined.add(name);
  return { kind: 'function', name, body, offset };
}

/** Reads a simple command, or a function definition (`NAME() BODY`). */
export function parseSimple(p: Parser): ShellCommand {
  const offset = p.peek().start;
  const assigns: Assignment[] = [];
  const words: Word[] = [];
  const redirs: Redir[] = [];
  for (;;) {
    const token = p.peek();
    if (token.kind === 'redir') {
      redirs.push(p.parseRedir());
    } else if (token.kind === 'word') {
      const assignment = words.length === 0 ? readAssignment(token.word) : undefined;
      if (assignment) assigns.push(assignment);
      else words.push(token.word);
      p.take();
      if (words.length === 1 && assigns.length === 0 && token.plain !== undefined && p.isOp('(')) return parseFunctionRest(p, token.plain, offset, true);
    } else break;
  }
  if (assigns.length === 0 && words.length === 0 && redirs.length === 0) throw p.unexpected();
  checkCommand(p, words);
  return { kind: 'simple', assigns, words, redirs, offset };
}

function readAssignment(word: Word): Assignment | undefined {
  const first = word.parts[0];
  if (first?.kind !== 'lit' || first.quoted) return undefined;
  const match = ASSIGNMENT.exec(first.text);
  if (!match?.[1]) return undefined;
  const rest = first.text.slice(match[0].length);
  const parts = rest === '' ? word.parts.slice(1) : [{ ...first, text: rest }, ...word.parts.slice(1)];
  return { name: match[1], value: { parts, offset: word.offset + match[0].length } };
}

/** Warns about a literal command name outside the subset; paths are left to run time (a script file may exist). */
function checkCommand(p: Parser, words: Word[]): void {
  let index = 0;
  for (;;) {
    const word = words[index];
    const text = word ? plainText(word) : undefined;
    if (word === undefined || text === undefined) return;
    const name = commandName(text);
    if (name === undefined) {
      if (!text.includes('/')) {
        // Unless the script defines a function of that name, read later perhaps.
        const warning = { message: unsupportedCommandMessage(text), offset: word.offset };
        p.warnings.push(warning);
        p.functions.called.push({ name: text, warning });
      }
      return;
    }
    if (name === 'eval' || name === '.' || name === 'source') p.functions.dynamic = true;
    if (!WRAPPERS.has(name)) return;
    index++;
    while (index < words.length && /^(-|\d|[A-Za-z_][A-Za-z0-9_]*=)/.test(plainText(words[index] as Word) ?? '')) index++;
  }
}

function plainText(word: Word): string | undefined {
  let text = '';
  for (const part of word.parts) {
    if (part.kind !== 'lit') return undefined;
    text += part.text;
  }
  return text;
}
