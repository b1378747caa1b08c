// Readers for compound commands: if, while/until, for, case, { } groups, and `function NAME`.
import type { CaseClause, ShellCommand, ShellList, Word } from './ast';
import { ParseError } from './lexParts';
import type { Parser } from './parser';
import { parseFunctionRest } from './parseSimple';

/** The compound command starting with reserved word `word`, or undefined for a simple command. */
export function parseCompound(p: Parser, word: string, offset: number): ShellCommand | undefined {
  switch (word) {
    case 'if': return p.enter(() => parseIf(p, offset));
    case 'while': case 'until': return p.enter(() => parseLoop(p, offset, word === 'until'));
    case 'for': return p.enter(() => parseFor(p, offset));
    case '{': return p.enter(() => {
      p.take();
      const body = listOf(p, ['}']);
      p.expectWord('}');
      return { kind: 'group', body, subshell: false, redirs: p.parseRedirs(), offset };
    });
    case 'case': return p.enter(() => parseCase(p, offset));
    // bash's form, which ash takes too (ASH_BASH_COMPAT): `function NAME [()] BODY`.
    case 'function': {
      p.take();
      const name = p.take();
      if (name.kind !== 'word' || name.plain === undefined) throw new ParseError('bad function name', name.start);
      return parseFunctionRest(p, name.plain, offset, p.isOp('('));
    }
    default: return undefined;
  }
}

function parseIf(p: Parser, offset: number): ShellCommand {
  const clauses: { cond: ShellList; body: ShellList }[] = [];
  let otherwise: ShellList | undefined;
  p.take();
  for (;;) {
    const cond = listOf(p, ['then']);
    p.expectWord('then');
    clauses.push({ cond, body: listOf(p, ['elif', 'else', 'fi']) });
    if (!p.isWord('elif')) break;
    p.take();
  }
  if (p.isWord('else')) {
    p.take();
    otherwise = listOf(p, ['fi']);
  }
  p.expectWord('fi');
  return { kind: 'if', clauses, otherwise, redirs: p.parseRedirs(), offset };
}

function parseLoop(p: Parser, offset: number, until: boolean): ShellCommand {
  p.take();
  const cond = listOf(p, ['do']);
  p.expectWord('do');
  const body = listOf(p, ['done']);
  p.expectWord('done');
  return { kind: 'loop', until, cond, body, redirs: p.parseRedirs(), offset };
}

function parseFor(p: Parser, offset: number): ShellCommand {
  p.take();
  const nameToken = p.take();
  const name = nameToken.kind === 'word' ? nameToken.plain : undefined;
  if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new ParseError('bad for loop variable', nameToken.start);
  }
  p.skipNewlines();
  let items: Word[] | undefined;
  if (p.isWord('in')) {
    p.take();
    items = [];
    for (let token = p.peek(); token.kind === 'word'; token = p.peek()) {
      items.push(token.word);
      p.take();
    }
  }
  if (p.isOp(';')) p.take();
  p.skipNewlines();
  p.expectWord('do');
  const body = listOf(p, ['done']);
  p.expectWord('done');
  return { kind: 'for', name, items, body, redirs: p.parseRedirs(), offset };
}

/** A list that sh requires to hold at least one command (`if then` is a syntax error). */
function listOf(p: Parser, stops: string[]): ShellList {
  const list = p.parseList(stops);
  if (list.items.length === 0) throw p.unexpected();
  return list;
}

/**
 * `case WORD in [(]PATTERN[|PATTERN]...) LIST ;; ... esac` (ash.c › parsecase): newlines may come
 * before `in` and between clauses; the last clause may leave out its `;;`, and a clause's list may
 * be empty.
 */
function parseCase(p: Parser, offset: number): ShellCommand {
  p.take();
  const subject = p.take();
  if (subject.kind !== 'word') throw new ParseError('expected a word after "case"', subject.start);
  p.skipNewlines();
  p.expectWord('in');
  p.skipNewlines();
  const clauses: CaseClause[] = [];
  while (!p.isWord('esac')) {
    if (p.isOp('(')) p.take();
    const patterns: Word[] = [];
    for (;;) {
      const token = p.take();
      if (token.kind !== 'word') throw new ParseError('expected a pattern in "case"', token.start);
      patterns.push(token.word);
      if (!p.isOp('|')) break;
      p.take();
    }
    if (!p.isOp(')')) throw p.unexpected('expected ")"');
    p.take();
    const list = p.parseList(['esac', ';;']);
    clauses.push(list.items.length > 0 ? { patterns, body: list } : { patterns });
    if (!p.isOp(';;')) break;
    p.take();
    p.skipNewlines();
  }
  p.expectWord('esac');
  return { kind: 'case', word: subject.word, clauses, redirs: p.parseRedirs(), offset };
}
